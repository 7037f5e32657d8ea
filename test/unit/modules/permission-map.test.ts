import { GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { audienceOf } from '../../../src/auth/rules';
import { permissions, resolvers } from '../../../src/modules';
import { buildBareSchema } from '../../../src/server/schema';

const ROOTS = ['Query', 'Mutation', 'Subscription'] as const;

describe('the permission map', () => {
  it('names every root field of the schema, so none is left to the deny-all fallback by accident', async () => {
    const schema = await buildBareSchema(resolvers);
    const map = permissions as Record<string, Record<string, unknown>>;
    const missing = ROOTS.flatMap((root) => {
      const type = schema.getType(root);
      if (!(type instanceof GraphQLObjectType)) return [];
      return Object.keys(type.getFields())
        .filter((field) => !(field in (map[root] ?? {})))
        .map((field) => `${root}.${field}`);
    });
    expect(missing).toEqual([]);
  });

  it('names every object type clients can reach', async () => {
    const schema = await buildBareSchema(resolvers);
    const objectTypes = Object.values(schema.getTypeMap())
      .filter((type): type is GraphQLObjectType => type instanceof GraphQLObjectType && !type.name.startsWith('__'))
      .map((type) => type.name)
      .filter((name) => !(ROOTS as readonly string[]).includes(name));
    expect(objectTypes.filter((name) => !(name in permissions))).toEqual([]);
  });

  it('names no root field that the schema does not have', async () => {
    const schema = await buildBareSchema(resolvers);
    const map = permissions as Record<string, Record<string, unknown>>;
    const stale = ROOTS.flatMap((root) => {
      const fields = (schema.getType(root) as GraphQLObjectType | undefined)?.getFields() ?? {};
      return Object.keys(map[root] ?? {})
        .filter((field) => !(field in fields))
        .map((field) => `${root}.${field}`);
    });
    expect(stale).toEqual([]);
  });

  it('names, for a type guarded field by field, exactly the fields the type has', async () => {
    const schema = await buildBareSchema(resolvers);
    const map = permissions as Record<string, object>;
    const mismatches = Object.entries(map)
      .filter(([type, rules]) => !(ROOTS as readonly string[]).includes(type) && !isRule(rules))
      .flatMap(([type, rules]) => {
        const fields = Object.keys((schema.getType(type) as GraphQLObjectType).getFields()).sort();
        const named = Object.keys(rules).sort();
        return [
          ...fields.filter((field) => !named.includes(field)).map((field) => `${type}.${field} has no rule`),
          ...named.filter((field) => !fields.includes(field)).map((field) => `${type}.${field} is not in the schema`),
        ];
      });
    expect(mismatches).toEqual([]);
  });

  it('says of every rule it uses whom it admits, for the permissions table', () => {
    const rules = Object.entries(permissions as Record<string, object>).flatMap(([type, rules]) =>
      isRule(rules) ? [[type, rules] as const] : Object.entries(rules).map(([field, rule]) => [`${type}.${field}`, rule as object] as const),
    );
    expect(rules.length).toBeGreaterThan(80);
    expect(rules.filter(([, rule]) => !audienceOf(rule)).map(([where]) => where)).toEqual([]);
  });
});

/** A shield rule, as opposed to a map of rules per field. */
function isRule(value: object): boolean {
  return typeof (value as { resolve?: unknown }).resolve === 'function';
}
