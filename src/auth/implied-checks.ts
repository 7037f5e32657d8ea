import { getNamedType, isAbstractType, isObjectType, type GraphQLNamedType, type GraphQLSchema } from 'graphql';
import type { IRules } from 'graphql-shield';
import { audienceOf, AUDIENCES, isViewerOnly } from './rules';

type RuleMap = Record<string, object | Record<string, object>>;

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

function ruleOf(rules: RuleMap, type: string, field: string, fallback: object): object {
  const entry = rules[type];
  if (entry === undefined) return fallback;
  if (typeof (entry as { resolve?: unknown }).resolve === 'function') return entry;
  return (entry as Record<string, object>)[field] ?? fallback;
}

/** Whether everyone `outer` admits, `inner` admits too: both decide by the caller alone. */
function admitsNoOneRefusedBy(outer: object, inner: object): boolean {
  if (!isViewerOnly(outer) || !isViewerOnly(inner)) return false;
  const outerAudience = audienceOf(outer);
  const innerAudience = audienceOf(inner);
  if (!outerAudience || !innerAudience) return false;
  return AUDIENCES.every((kind) => outerAudience[kind] === 'no' || innerAudience[kind] !== 'no');
}

/**
 * The fields ("Type.field") whose rule every path to them has already checked: a viewer-only
 * rule (rules.ts) on a field of a type that only fields with a viewer-only rule admitting no
 * one more return. graphql-shield wraps every field in an async middleware, which for the 50
 * tickets of a queue page means hundreds of promises per request spent asking again who the
 * caller is; these fields can be left unwrapped without letting anyone further in. Root fields
 * are always checked, and so is every rule that looks at the object (a message, a contact).
 */
export function fieldsCheckedOnTheWay(schema: GraphQLSchema, rules: IRules, fallback: object): Set<string> {
  const ruleMap = rules as RuleMap;
  const incoming = new Map<string, object[]>();
  const targetsOf = (type: GraphQLNamedType) => (isAbstractType(type) ? schema.getPossibleTypes(type) : isObjectType(type) ? [type] : []);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const rule = ruleOf(ruleMap, type.name, field.name, fallback);
      for (const target of targetsOf(getNamedType(field.type))) incoming.set(target.name, [...(incoming.get(target.name) ?? []), rule]);
    }
  }
  const checked = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || ROOT_TYPES.has(type.name)) continue;
    const ways = incoming.get(type.name) ?? [];
    if (ways.length === 0) continue;
    for (const field of Object.values(type.getFields())) {
      const rule = ruleOf(ruleMap, type.name, field.name, fallback);
      if (ways.every((way) => admitsNoOneRefusedBy(way, rule))) checked.add(`${type.name}.${field.name}`);
    }
  }
  return checked;
}
