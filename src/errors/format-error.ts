import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError, ErrorCode } from './app-error';

/** Codes that graphql-js or Apollo attach to documents rejected before or during coercion. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export type InternalErrorReporter = (error: unknown) => void;

export interface ClientErrorOptions {
  /**
   * Drop graphql-js's "Did you mean ...?" hints, which let a caller map the schema by typos even
   * with introspection off (what graphql-armor's block-field-suggestions and Apollo's
   * hideSchemaDetailsFromClientErrors do). Meant for production.
   */
  hideSuggestions?: boolean;
}

/** graphql-js puts its suggestions at the end: ` Did you mean "a", "b", or "c"?`, `Did you mean the enum value "X"?`. */
const SUGGESTION = / ?Did you mean .+\?$/s;

function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

/**
 * The one mapping from anything thrown to what a client sees, for HTTP and WebSocket alike.
 * AppErrors keep their message and code; errors of the request itself (parse, validation,
 * variable coercion) keep graphql-js's message; everything else becomes an opaque
 * INTERNAL_SERVER_ERROR, so no stack trace, SQL or driver message can leak.
 */
export function toClientError(error: unknown, reportInternal: InternalErrorReporter, options: ClientErrorOptions = {}): GraphQLFormattedError {
  const graphQLError = error instanceof GraphQLError ? error : undefined;
  const location = { locations: graphQLError?.locations, path: graphQLError?.path };
  const cause = rootCause(error);

  if (cause instanceof AppError) {
    const extensions: Record<string, unknown> = { code: cause.code };
    if (cause.field) extensions.field = cause.field;
    return { message: cause.message, ...location, extensions };
  }
  // Without a path the error never reached a resolver: it is about the request itself.
  if (graphQLError && graphQLError.path === undefined && cause instanceof GraphQLError) {
    const declared = graphQLError.extensions.code ?? cause.extensions.code;
    const code = typeof declared === 'string' ? declared : 'GRAPHQL_VALIDATION_FAILED';
    if (REQUEST_ERROR_CODES.has(code)) {
      const message = options.hideSuggestions ? graphQLError.message.replace(SUGGESTION, '') : graphQLError.message;
      return { message, ...location, extensions: { code } };
    }
  }
  reportInternal(error);
  return { message: 'Internal server error', ...location, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
