import { defaultFieldResolver, GraphQLObjectType, type GraphQLSchema, lexicographicSortSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import type { IMiddlewareTypeMap } from 'graphql-middleware';
import { deny, shield, type IRules } from 'graphql-shield';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { fieldGuards } from '../auth/field-checks';
import { toGlobalId } from '../common/global-id';
import { forbidden } from '../errors/app-error';
import { DateTimeScalar } from '../graphql/scalars';

/**
 * Every type implementing Node exposes its database key as an opaque global id, encoded here
 * once for all types instead of in each resolver.
 */
function encodeNodeIds(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || !type.getInterfaces().some((node) => node.name === 'Node')) continue;
    const idField = type.getFields().id;
    if (!idField) continue;
    const resolveKey = idField.resolve ?? defaultFieldResolver;
    // Synchronous for the usual plain key: a promise per object of a 50-row page is measurable.
    idField.resolve = (source, args, context, info) => {
      const key: unknown = resolveKey(source, args, context, info);
      return key instanceof Promise ? key.then((resolved) => toGlobalId(type.name, String(resolved))) : toGlobalId(type.name, String(key));
    };
  }
}

/**
 * type-graphql insists on a PubSub as soon as there is a subscription, although each of ours
 * brings its own `subscribe` and never reaches this one.
 */
const UNUSED_PUBSUB = {
  publish: () => {
    throw new Error('Subscriptions publish through the outbox');
  },
  subscribe: () => {
    throw new Error('Every subscription has its own subscribe function');
  },
};

/** The schema as type-graphql builds it from the resolvers, before any permission is applied. */
export async function buildBareSchema(resolvers: NonEmptyArray<Function>): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, pubSub: UNUSED_PUBSUB, scalarsMap: [{ type: Date, scalar: DateTimeScalar }], validate: false });
}

/** The executable schema: node ids encoded, and every field behind its permission rule (deny by default); see auth/field-checks.ts. */
export async function buildExecutableSchema(resolvers: NonEmptyArray<Function>, permissions: IRules): Promise<GraphQLSchema> {
  const schema = await buildBareSchema(resolvers);
  encodeNodeIds(schema);
  const shieldMiddleware = shield(permissions, {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: () => forbidden(),
    debug: false,
  }).generate(schema) as IMiddlewareTypeMap;
  return applyMiddleware(schema, fieldGuards(schema, permissions, deny, shieldMiddleware));
}

/** The schema as committed in schema.graphql: sorted, so diffs show real changes only. */
export function printableSchema(schema: GraphQLSchema): GraphQLSchema {
  return lexicographicSortSchema(schema);
}
