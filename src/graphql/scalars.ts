import { DateTimeResolver } from 'graphql-scalars';
import { GraphQLScalarType } from 'graphql';

/** ISO 8601 in UTC with millisecond precision, named as in the contract. */
export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  name: 'DateTime',
  description: 'ISO 8601 date and time in UTC with millisecond precision, e.g. 2026-11-23T08:15:00.000Z.',
});
