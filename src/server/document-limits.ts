import { LRUCache } from 'lru-cache';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  BREAK,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** How big a GraphQL document may be, over HTTP and graphql-ws alike. */
export interface DocumentLimits {
  /** Lexical tokens graphql-js reads before it gives up parsing. */
  maxTokens: number;
  /** Nesting of fields (fragments do not count as a level; `__schema` is held to {@link INTROSPECTION_MAX_DEPTH}). */
  maxDepth: number;
  /** Aliased fields in one operation, fragments included (`__typename` aliases are free). */
  maxAliases: number;
  /** graphql-armor's cost: 2 per object, 1 per scalar, each selection times its literal `first`. */
  maxCost: number;
  /** Directives in one operation, fragments included. */
  maxDirectives: number;
  /** Whether `__schema` and `__type` may be queried. */
  introspection: boolean;
}

/**
 * The introspection query of graphql-js (which GraphiQL and codegen send) is 15 fields deep.
 * The depth limit of ordinary fields ignores `__schema`, so this second limit keeps a
 * hand-made introspection query from nesting `fields { type { ofType { fields ...` without end,
 * whose answer grows exponentially with its depth.
 */
export const INTROSPECTION_MAX_DEPTH = 15;

export type DocumentCheck = { document: DocumentNode; errors?: undefined } | { document?: undefined; errors: readonly GraphQLError[] };

export interface DocumentChecker {
  /** Parses and validates one document: the very checks, in the same order, for every transport. */
  check(query: string): DocumentCheck;
  /** The same limits in the shape Apollo Server takes them (a second line behind `check`). */
  parseOptions: ParseOptions;
  validationRules: ValidationRule[];
}

/** graphql-armor prefixes its messages with "Syntax Error: " although these are validation failures. */
const reportAsValidationError = (context: ValidationContext | null, error: GraphQLError) =>
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));

/** Report through the validation context, as graphql-js rules do, instead of throwing out of `validate`. */
const reporting = { propagateOnRejection: false, onReject: [reportAsValidationError] };

function selectsSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value !== '__schema') return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/** A rule that applies `rule` only to documents that ask for `__schema` (wherever, fragments included). */
const forIntrospection =
  (rule: ValidationRule): ValidationRule =>
  (context) =>
    selectsSchema(context.getDocument()) ? rule(context) : {};

/** The graphql-armor rules for these limits; they look at the document only, so they run before the schema rules. */
export function limitRules(limits: DocumentLimits): ValidationRule[] {
  return [
    maxDepthRule({ ...reporting, n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true }),
    forIntrospection(maxDepthRule({ ...reporting, n: INTROSPECTION_MAX_DEPTH, flattenFragments: true, ignoreIntrospection: false })),
    maxAliasesRule({ ...reporting, n: limits.maxAliases }),
    costLimitRule({ ...reporting, maxCost: limits.maxCost, depthCostFactor: 1, flattenFragments: true }),
    maxDirectivesRule({ ...reporting, n: limits.maxDirectives }),
  ];
}

function withCode(error: GraphQLError, code: 'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED'): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code },
  });
}

/**
 * Documents that passed, by their text: a client sends the same few documents again and again,
 * and parsing and validating the queue page's took about 1.3 ms of each request. Refused ones
 * are not kept, so junk cannot push the good ones out. Bounded by total text size as well.
 */
function validDocumentCache(): LRUCache<string, DocumentNode> {
  return new LRUCache<string, DocumentNode>({ max: 1_000, maxSize: 5_000_000, sizeCalculation: (_document, query) => query.length || 1 });
}

export function documentChecker(schema: GraphQLSchema, limits: DocumentLimits): DocumentChecker {
  const parseOptions: ParseOptions = { maxTokens: limits.maxTokens };
  const sizeRules = limitRules(limits);
  const schemaRules: ValidationRule[] = limits.introspection ? [...specifiedRules] : [...specifiedRules, NoSchemaIntrospectionCustomRule];
  const passed = validDocumentCache();

  return {
    parseOptions,
    validationRules: sizeRules,
    check(query) {
      const known = passed.get(query);
      if (known) return { document: known };
      const checked = checkDocument(query);
      if (checked.document) passed.set(query, checked.document);
      return checked;
    },
  };

  function checkDocument(query: string): DocumentCheck {
    let document: DocumentNode;
    try {
      document = parse(query, parseOptions);
    } catch (error) {
      if (error instanceof GraphQLError) return { errors: [withCode(error, 'GRAPHQL_PARSE_FAILED')] };
      throw error;
    }
    // The size limits first: some of graphql-js's own rules cost time quadratic in the document.
    const sizeErrors = validate(schema, document, sizeRules);
    if (sizeErrors.length) return { errors: sizeErrors.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED')) };
    const errors = validate(schema, document, schemaRules);
    if (errors.length) return { errors: errors.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED')) };
    return { document };
  }
}
