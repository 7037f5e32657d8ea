import { GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { permissions, resolvers } from '../../../src/modules';
import { createInProcessPubSub } from '../../../src/pubsub/pubsub';
import { buildBareSchema } from '../../../src/server/schema';

const ROOTS = ['Query', 'Mutation', 'Subscription'] as const;

describe('the permission map', () => {
  it('names every root field of the schema, so none is left to the deny-all fallback by accident', async () => {
    const schema = await buildBareSchema(resolvers, createInProcessPubSub());
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
    const schema = await buildBareSchema(resolvers, createInProcessPubSub());
    const objectTypes = Object.values(schema.getTypeMap())
      .filter((type): type is GraphQLObjectType => type instanceof GraphQLObjectType && !type.name.startsWith('__'))
      .map((type) => type.name)
      .filter((name) => !(ROOTS as readonly string[]).includes(name));
    expect(objectTypes.filter((name) => !(name in permissions))).toEqual([]);
  });

  it('names no root field that the schema does not have', async () => {
    const schema = await buildBareSchema(resolvers, createInProcessPubSub());
    const map = permissions as Record<string, Record<string, unknown>>;
    const stale = ROOTS.flatMap((root) => {
      const fields = (schema.getType(root) as GraphQLObjectType | undefined)?.getFields() ?? {};
      return Object.keys(map[root] ?? {})
        .filter((field) => !(field in fields))
        .map((field) => `${root}.${field}`);
    });
    expect(stale).toEqual([]);
  });
});
