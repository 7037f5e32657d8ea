import { GraphQLError, Source } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { AppError, ErrorCode } from '../../../src/errors/app-error';
import { toClientError } from '../../../src/errors/format-error';

const INTERNAL = { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
const SQL = 'insert into "ticket" ("id", "code") values ($1, $2) - duplicate key value violates unique constraint "ticket_code_unique"';
const source = new Source('mutation { createTicket(input: {}) { ticket { id } } }');
const LOCATIONS = [{ line: 1, column: 12 }];

/** A GraphQLError as graphql-js makes it for a resolver at createTicket that threw `originalError`. */
const fromResolver = (originalError?: Error) =>
  new GraphQLError(originalError?.message ?? 'resolver failed', { source, positions: [11], path: ['createTicket'], originalError });

describe('an AppError', () => {
  it('keeps its message, code and field when thrown bare', () => {
    const report = vi.fn();
    expect(toClientError(new AppError(ErrorCode.BAD_USER_INPUT, 'subject is too long', 'subject'), report)).toStrictEqual({
      message: 'subject is too long',
      locations: undefined,
      path: undefined,
      extensions: { code: 'BAD_USER_INPUT', field: 'subject' },
    });
    expect(report).not.toHaveBeenCalled();
  });

  it('keeps its message, code and field, with the locations and path, when a resolver threw it', () => {
    const report = vi.fn();
    const error = fromResolver(new AppError(ErrorCode.BAD_USER_INPUT, 'subject is too long', 'input.subject'));
    expect(error.locations).toStrictEqual(LOCATIONS);
    expect(toClientError(error, report)).toStrictEqual({
      message: 'subject is too long',
      locations: LOCATIONS,
      path: ['createTicket'],
      extensions: { code: 'BAD_USER_INPUT', field: 'input.subject' },
    });
    expect(report).not.toHaveBeenCalled();
  });

  it('has no field in its extensions when it names none', () => {
    const error = fromResolver(new AppError(ErrorCode.NOT_FOUND, 'Ticket not found'));
    expect(toClientError(error, vi.fn())).toStrictEqual({
      message: 'Ticket not found',
      locations: LOCATIONS,
      path: ['createTicket'],
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('is found under more than one GraphQLError', () => {
    const inner = new GraphQLError('inner', { originalError: new AppError(ErrorCode.FORBIDDEN, 'You are not allowed to do this') });
    const outer = new GraphQLError('outer', { path: ['ticket', 'assignee'], originalError: inner });
    expect(toClientError(outer, vi.fn())).toStrictEqual({
      message: 'You are not allowed to do this',
      locations: undefined,
      path: ['ticket', 'assignee'],
      extensions: { code: 'FORBIDDEN' },
    });
  });
});

describe('an error of the request itself (a GraphQLError with no path and no original error)', () => {
  it('keeps its message and is GRAPHQL_VALIDATION_FAILED when it declares no code', () => {
    const report = vi.fn();
    const error = new GraphQLError('Cannot query field "nope" on type "Query".', { source, positions: [11] });
    expect(toClientError(error, report)).toStrictEqual({
      message: 'Cannot query field "nope" on type "Query".',
      locations: LOCATIONS,
      path: undefined,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(report).not.toHaveBeenCalled();
  });

  it.each(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED'])(
    'keeps its message and its declared code %s',
    (code) => {
      const report = vi.fn();
      expect(toClientError(new GraphQLError('Syntax Error: Expected Name, found <EOF>.', { extensions: { code } }), report)).toStrictEqual({
        message: 'Syntax Error: Expected Name, found <EOF>.',
        locations: undefined,
        path: undefined,
        extensions: { code },
      });
      expect(report).not.toHaveBeenCalled();
    },
  );

  it('keeps its message when it wraps another GraphQLError, as variable coercion does', () => {
    const inner = new GraphQLError('DateTime cannot represent an invalid date-time-string nope.');
    const error = new GraphQLError('Variable "$at" got invalid value "nope"; DateTime cannot represent an invalid date-time-string nope.', { originalError: inner });
    expect(toClientError(error, vi.fn())).toStrictEqual({
      message: 'Variable "$at" got invalid value "nope"; DateTime cannot represent an invalid date-time-string nope.',
      locations: undefined,
      path: undefined,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('is masked and reported when it declares a code that is not a request error', () => {
    const report = vi.fn();
    const error = new GraphQLError('Subscription source exploded', { extensions: { code: 'SOMETHING_ELSE' } });
    expect(toClientError(error, report)).toStrictEqual({ ...INTERNAL, locations: undefined, path: undefined });
    expect(report).toHaveBeenCalledWith(error);
  });
});

describe('suggestions ("Did you mean ...?")', () => {
  const messages: Array<[string, string, string]> = [
    ['an unknown field', 'Cannot query field "nme" on type "Agent". Did you mean "name"?', 'Cannot query field "nme" on type "Agent".'],
    ['an unknown argument', 'Unknown argument "frist" on field "Query.tickets". Did you mean "first"?', 'Unknown argument "frist" on field "Query.tickets".'],
    ['several candidates', 'Unknown type "Tiket". Did you mean "Ticket", "TicketEdge", or "TicketEvent"?', 'Unknown type "Tiket".'],
    [
      'an enum value in a variable',
      'Variable "$status" got invalid value "OPN"; Value "OPN" does not exist in "TicketStatus" enum. Did you mean the enum value "OPEN"?',
      'Variable "$status" got invalid value "OPN"; Value "OPN" does not exist in "TicketStatus" enum.',
    ],
  ];

  it.each(messages)('are dropped from %s when hidden', (_what, message, hidden) => {
    const error = new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(toClientError(error, vi.fn(), { hideSuggestions: true }).message).toBe(hidden);
  });

  it.each(messages)('are kept in %s by default', (_what, message) => {
    const error = new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
    expect(toClientError(error, vi.fn()).message).toBe(message);
  });

  it('leave a message without one as it is', () => {
    const error = new GraphQLError('Query depth limit of 10 exceeded, found 40.', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(toClientError(error, vi.fn(), { hideSuggestions: true }).message).toBe('Query depth limit of 10 exceeded, found 40.');
  });
});

describe('any other error', () => {
  const sqlError = () => new Error(SQL);
  const cases: Array<[string, () => unknown, { locations: unknown; path: unknown }]> = [
    ['a plain Error', () => new Error('Cannot read properties of undefined'), { locations: undefined, path: undefined }],
    ['an Error whose message is SQL', sqlError, { locations: undefined, path: undefined }],
    ['a GraphQLError with a path and no AppError underneath', () => new GraphQLError('Int cannot represent non-integer value: 1.5', { path: ['tickets', 'totalCount'] }), { locations: undefined, path: ['tickets', 'totalCount'] }],
    ['a GraphQLError with a path over an SQL Error', () => fromResolver(sqlError()), { locations: LOCATIONS, path: ['createTicket'] }],
    ['a GraphQLError without a path over an SQL Error', () => new GraphQLError(SQL, { originalError: sqlError() }), { locations: undefined, path: undefined }],
    ['a thrown string', () => SQL, { locations: undefined, path: undefined }],
    ['a thrown object', () => ({ message: SQL, stack: 'at db.ts:1' }), { locations: undefined, path: undefined }],
  ];

  it.each(cases)('becomes an opaque INTERNAL_SERVER_ERROR when it is %s', (_what, make, location) => {
    const error = make();
    expect(toClientError(error, vi.fn())).toStrictEqual({ message: 'Internal server error', ...location, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it.each(cases)('is reported as it was thrown when it is %s', (_what, make) => {
    const report = vi.fn();
    const error = make();
    toClientError(error, report);
    expect(report).toHaveBeenCalledTimes(1);
    expect(report.mock.calls[0]?.[0]).toBe(error);
  });

  it.each(cases)('leaks no SQL, message or stack when it is %s', (_what, make) => {
    const json = JSON.stringify(toClientError(make(), vi.fn()));
    expect(json).not.toContain('insert into');
    expect(json).not.toContain('duplicate key');
    expect(json).not.toContain('ticket_code_unique');
    expect(json).not.toContain('Cannot read properties');
    expect(json).not.toContain('non-integer');
    expect(json).not.toContain('stack');
    expect(json).not.toMatch(/\.ts:\d+/);
  });
});
