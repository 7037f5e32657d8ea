import { getNamedType, isAbstractType, isObjectType, type GraphQLFieldResolver, type GraphQLNamedType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import type { IMiddlewareFunction, IMiddlewareTypeMap } from 'graphql-middleware';
import type { IRules } from 'graphql-shield';
import { audienceOf, AUDIENCES, isViewerOnly, syncCheckOf, type SyncCheck, type WithViewer } from './rules';

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

/** A field's check as a plain function around its resolver: no promise unless the resolver makes one. */
function checking(check: SyncCheck): IMiddlewareFunction {
  const middleware = (resolve: GraphQLFieldResolver<unknown, WithViewer>, parent: unknown, args: unknown, context: WithViewer, info: GraphQLResolveInfo) => {
    const verdict = check(parent, context.viewer, info);
    // graphql-js answers a returned Error as the field's error, as graphql-shield does.
    return verdict === true ? resolve(parent, args as Record<string, unknown>, context, info) : verdict;
  };
  // graphql-middleware's type asks for a promise, but it returns whatever the middleware returns
  // (applicator.js), and graphql-js takes values and promises alike.
  return middleware as unknown as IMiddlewareFunction;
}

/**
 * The middleware that guards every field: none where every way in already made the check
 * ({@link fieldsCheckedOnTheWay}), a plain function where the rule has a synchronous check
 * (rules.ts), and graphql-shield's own middleware for the rest (the deny fallback, `allow`).
 */
export function fieldGuards(schema: GraphQLSchema, rules: IRules, fallback: object, shieldMiddleware: IMiddlewareTypeMap): IMiddlewareTypeMap {
  const ruleMap = rules as RuleMap;
  const checkedOnTheWay = fieldsCheckedOnTheWay(schema, rules, fallback);
  const guards: IMiddlewareTypeMap = {};
  for (const [typeName, fields] of Object.entries(shieldMiddleware)) {
    const typeGuards: Record<string, unknown> = {};
    for (const [fieldName, middleware] of Object.entries(fields as Record<string, unknown>)) {
      if (checkedOnTheWay.has(`${typeName}.${fieldName}`)) continue;
      const check = syncCheckOf(ruleOf(ruleMap, typeName, fieldName, fallback));
      typeGuards[fieldName] = check ? checking(check) : middleware;
    }
    guards[typeName] = typeGuards as IMiddlewareTypeMap[string];
  }
  return guards;
}
