import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { fromGlobalId, keyOf, toGlobalId } from '../../src/common/global-id';
import { decodeCursor, encodeCursor, pageSize, toConnection } from '../../src/common/pagination';
import { pgArray } from '../../src/db/sql';
import { AppError, ErrorCode } from '../../src/errors/app-error';
import { toClientError } from '../../src/errors/format-error';
import { OrderDirection, TicketOrderField, afterCursorCondition, sortKeys } from '../../src/modules/tickets/ticket-query';

const UUID = '0b6a4b34-8f3e-4d0f-9b0a-3c7a1d2e4f50';
const codeOf = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    return error instanceof AppError ? { code: error.code, field: error.field } : error;
  }
  return undefined;
};

describe('the client error mapping', () => {
  it('keeps an AppError thrown in a resolver, with its field', () => {
    const error = new GraphQLError('wrapped', { path: ['createTicket'], originalError: new AppError(ErrorCode.BAD_USER_INPUT, 'subject is too long', 'subject') });
    expect(toClientError(error, vi.fn())).toEqual({
      message: 'subject is too long',
      path: ['createTicket'],
      locations: undefined,
      extensions: { code: 'BAD_USER_INPUT', field: 'subject' },
    });
  });

  it('keeps validation errors of the request itself', () => {
    const error = new GraphQLError('Cannot query field "nope" on type "Query".');
    expect(toClientError(error, vi.fn()).extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('masks everything else and reports it, leaking no SQL, driver message or stack', () => {
    const report = vi.fn();
    const driverError = new Error('insert into "ticket" ("id") values ($1) - duplicate key value violates unique constraint');
    const wrapped = new GraphQLError(driverError.message, { path: ['createTicket'], originalError: driverError });
    for (const error of [driverError, wrapped, new GraphQLError('Int cannot represent non-integer value', { path: ['tickets', 'totalCount'] })]) {
      const client = toClientError(error, report);
      expect(client.message).toBe('Internal server error');
      expect(client.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(JSON.stringify(client)).not.toMatch(/insert|duplicate|stack|at .*\.ts/);
    }
    expect(report).toHaveBeenCalledTimes(3);
  });
});

describe('global ids', () => {
  it('round-trip and are specific to their type', () => {
    const id = toGlobalId('Ticket', UUID);
    expect(fromGlobalId(id)).toEqual({ type: 'Ticket', key: UUID });
    expect(keyOf(id, 'Ticket')).toBe(UUID);
    expect(keyOf(id, 'Agent')).toBeUndefined();
    expect(keyOf(toGlobalId('Message', '42'), 'Message')).toBe('42');
  });

  it('reject garbage and keys that are neither uuids nor sequence numbers', () => {
    expect(keyOf('not base64!', 'Ticket')).toBeUndefined();
    expect(keyOf(toGlobalId('Ticket', "1; drop table ticket"), 'Ticket')).toBeUndefined();
    expect(keyOf(toGlobalId('Message', '0'), 'Message')).toBeUndefined();
  });
});

describe('paging', () => {
  it('accepts page sizes from 1 to 100', () => {
    expect(pageSize(undefined, 20)).toBe(20);
    expect(pageSize(100, 20)).toBe(100);
    for (const size of [0, 101, -1]) expect(codeOf(() => pageSize(size, 20))).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('round-trips cursors and refuses malformed ones', () => {
    expect(decodeCursor(encodeCursor(['a', 1]), ['string', 'number'])).toEqual(['a', 1]);
    const notJson = Buffer.from('nope').toString('base64url');
    for (const cursor of ['%%%', notJson, encodeCursor(['a']), encodeCursor([1, 1])]) {
      expect(codeOf(() => decodeCursor(cursor, ['string', 'number']))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it('tells a next page from the one extra row fetched', () => {
    const page = toConnection([1, 2, 3], 2, String, async () => 3);
    expect(page.edges).toEqual([
      { cursor: '1', node: 1 },
      { cursor: '2', node: 2 },
    ]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: '2' });
    expect(toConnection([1], 2, String, async () => 1).pageInfo).toEqual({ hasNextPage: false, endCursor: '1' });
  });

  it('continues after a cursor in the queue order, whose keys run in mixed directions', () => {
    const keys = sortKeys(TicketOrderField.QUEUE, OrderDirection.ASC);
    const condition = afterCursorCondition(keys, encodeCursor([4, '2026-11-23T08:00:00.000Z', '2026-11-23T07:00:00.000Z', UUID]));
    expect(condition.sql).toContain(`(t."priority" < ?::smallint)`);
    expect(condition.sql).toContain(`t."priority" = ?::smallint and coalesce(t."waiting_since", 'infinity'::timestamptz) > ?::timestamptz`);
    expect(condition.sql.match(/ or /g)).toHaveLength(3);
    expect(condition.params).toEqual([4, 4, '2026-11-23T08:00:00.000Z', 4, '2026-11-23T08:00:00.000Z', '2026-11-23T07:00:00.000Z', 4, '2026-11-23T08:00:00.000Z', '2026-11-23T07:00:00.000Z', UUID]);
  });

  it('refuses cursors whose values would not parse as their columns', () => {
    const keys = sortKeys(TicketOrderField.CREATED_AT, OrderDirection.DESC);
    for (const cursor of [encodeCursor(['yesterday', UUID]), encodeCursor(['2026-11-23T08:00:00.000Z', 'x'])]) {
      expect(codeOf(() => afterCursorCondition(keys, cursor))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it('quotes array literals for bound parameters', () => {
    expect(pgArray(['a', 'b"c', 'd\\e'])).toBe('{"a","b\\"c","d\\\\e"}');
    expect(pgArray([])).toBe('{}');
  });
});
