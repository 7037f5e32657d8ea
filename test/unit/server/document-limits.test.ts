import { getIntrospectionQuery, parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolvers } from '../../../src/modules';
import { documentChecker, type DocumentLimits } from '../../../src/server/document-limits';
import { buildBareSchema } from '../../../src/server/schema';
import { CLIENT_PAGE, COSTLY_QUERY, aliasQuery, deepQuery, directiveQuery, tokenQuery } from '../../support/limit-documents';

const LIMITS: DocumentLimits = { maxTokens: 1000, maxDepth: 10, maxAliases: 30, maxCost: 50_000, maxDirectives: 20, introspection: true };
/** What GraphiQL asks for (graphql-js's introspection query with every option GraphiQL may turn on). */
const INTROSPECTION = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildBareSchema(resolvers);
});

function rejection(query: string, limits: Partial<DocumentLimits> = {}) {
  const { errors } = documentChecker(schema, { ...LIMITS, ...limits }).check(query);
  return errors?.map((error) => ({ message: error.message, code: error.extensions.code }));
}

describe('documents within the limits', () => {
  it('accepts a real client page nine fields deep: tickets, their messages and the authors\' departments', () => {
    expect(rejection(CLIENT_PAGE)).toBeUndefined();
  });

  it('returns the parsed document to execute', () => {
    const checked = documentChecker(schema, LIMITS).check('{ viewer { kind } }');
    expect(checked.document?.definitions).toHaveLength(1);
  });

  it('accepts a query exactly as deep as the limit, and fragments do not add a level', () => {
    expect(rejection(deepQuery(10))).toBeUndefined();
    expect(rejection('{ tickets { ...Page } } fragment Page on TicketConnection { edges { ...Edge } } fragment Edge on TicketEdge { node { id } }', { maxDepth: 4 })).toBeUndefined();
  });

  it('accepts exactly as many aliases and directives as the limits, and aliases of __typename for free', () => {
    expect(rejection(aliasQuery(30))).toBeUndefined();
    expect(rejection(directiveQuery(20))).toBeUndefined();
    expect(rejection(`{ viewer { ${Array.from({ length: 40 }, (_, i) => `t${i}: __typename`).join(' ')} } }`)).toBeUndefined();
  });

  it('accepts GraphiQL\'s introspection query while introspection is on', () => {
    expect(rejection(INTROSPECTION)).toBeUndefined();
  });
});

describe('documents over a limit', () => {
  it('rejects a 40-deep query as GRAPHQL_VALIDATION_FAILED, saying the limit and the depth found', () => {
    expect(rejection(deepQuery(40))).toEqual([{ message: 'Query depth limit of 10 exceeded, found 40.', code: 'GRAPHQL_VALIDATION_FAILED' }]);
  });

  it('rejects a query one level deeper than the limit', () => {
    expect(rejection(deepQuery(11))).toEqual([{ message: 'Query depth limit of 10 exceeded, found 11.', code: 'GRAPHQL_VALIDATION_FAILED' }]);
  });

  it('counts the depth through fragments', () => {
    const query = '{ tickets { ...Page } } fragment Page on TicketConnection { edges { node { contact { id } } } }';
    expect(rejection(query, { maxDepth: 3 })).toEqual([{ message: 'Query depth limit of 3 exceeded, found 5.', code: 'GRAPHQL_VALIDATION_FAILED' }]);
  });

  it('holds introspection to its own depth, so it cannot nest types without end, even from a fragment', () => {
    let nested = 'name';
    for (let i = 0; i < 6; i += 1) nested = `fields { type { ofType { ${nested} } } }`;
    const expected = [{ message: 'Query depth limit of 15 exceeded, found 21.', code: 'GRAPHQL_VALIDATION_FAILED' }];
    expect(rejection(`{ __schema { types { ${nested} } } }`)).toEqual(expected);
    expect(rejection(`{ ...Schema } fragment Schema on Query { __schema { types { ${nested} } } }`)).toEqual(expected);
  });

  it('rejects one alias more than the limit', () => {
    expect(rejection(aliasQuery(31))).toEqual([{ message: 'Aliases limit of 30 exceeded, found 31.', code: 'GRAPHQL_VALIDATION_FAILED' }]);
  });

  it('rejects 2,000 aliases while parsing, as they are far over the token limit', () => {
    expect(rejection(aliasQuery(2000))).toEqual([
      { message: 'Syntax Error: Document contains more that 1000 tokens. Parsing aborted.', code: 'GRAPHQL_PARSE_FAILED' },
    ]);
  });

  it('rejects 2,000 aliases by the alias limit where the token limit would let them through', () => {
    expect(rejection(aliasQuery(2000), { maxTokens: 10_000 })).toEqual([
      { message: 'Aliases limit of 30 exceeded, found 2000.', code: 'GRAPHQL_VALIDATION_FAILED' },
    ]);
  });

  it('rejects 10,000 messages in one query by cost, although it is only 10 fields deep', () => {
    expect(rejection(COSTLY_QUERY)).toEqual([{ message: expect.stringMatching(/^Query Cost limit of 50000 exceeded, found \d+\.$/), code: 'GRAPHQL_VALIDATION_FAILED' }]);
  });

  it('rejects one directive more than the limit', () => {
    expect(rejection(directiveQuery(21))).toEqual([{ message: 'Directives limit of 20 exceeded, found 21.', code: 'GRAPHQL_VALIDATION_FAILED' }]);
  });

  it('rejects too many tokens as GRAPHQL_PARSE_FAILED', () => {
    expect(rejection(tokenQuery(1000))).toEqual([
      { message: 'Syntax Error: Document contains more that 1000 tokens. Parsing aborted.', code: 'GRAPHQL_PARSE_FAILED' },
    ]);
  });

  it('checks the limits before the schema rules, which cost time quadratic in the document', () => {
    expect(rejection(`{ nope ${deepQuery(12).slice(1)}`)).toEqual([{ message: 'Query depth limit of 10 exceeded, found 12.', code: 'GRAPHQL_VALIDATION_FAILED' }]);
  });
});

describe('documents within the limits that are still wrong', () => {
  it('rejects a syntax error as GRAPHQL_PARSE_FAILED with its location', () => {
    const { errors } = documentChecker(schema, LIMITS).check('{ viewer { kind }');
    expect(errors?.map((error) => ({ code: error.extensions.code, locations: error.locations }))).toEqual([
      { code: 'GRAPHQL_PARSE_FAILED', locations: [{ line: 1, column: 18 }] },
    ]);
  });

  it('rejects an unknown field as GRAPHQL_VALIDATION_FAILED with graphql-js\'s message', () => {
    expect(rejection('{ viewer { knd } }')).toEqual([
      { message: 'Cannot query field "knd" on type "Viewer". Did you mean "kind"?', code: 'GRAPHQL_VALIDATION_FAILED' },
    ]);
  });
});

describe('introspection turned off', () => {
  it('rejects __schema and __type', () => {
    expect(rejection('{ __schema { queryType { name } } }', { introspection: false })?.[0]).toEqual({
      message: 'GraphQL introspection has been disabled, but the requested query contained the field "__schema".',
      code: 'GRAPHQL_VALIDATION_FAILED',
    });
    expect(rejection('{ __type(name: "Ticket") { name } }', { introspection: false })?.[0]).toEqual({
      message: 'GraphQL introspection has been disabled, but the requested query contained the field "__type".',
      code: 'GRAPHQL_VALIDATION_FAILED',
    });
  });

  it('still answers __typename', () => {
    expect(rejection('{ viewer { __typename kind } }', { introspection: false })).toBeUndefined();
  });
});

describe('the rules handed to Apollo', () => {
  it('report a limit as a validation error instead of throwing out of validate', () => {
    const { validationRules } = documentChecker(schema, LIMITS);
    const errors = validate(schema, parse(aliasQuery(31)), [...specifiedRules, ...validationRules]);
    expect(errors.map((error) => error.message)).toEqual(['Aliases limit of 30 exceeded, found 31.']);
  });

  it('include the token limit for parsing', () => {
    const { parseOptions } = documentChecker(schema, LIMITS);
    expect(() => parse(tokenQuery(1000), parseOptions)).toThrow(/more that 1000 tokens/);
  });
});
