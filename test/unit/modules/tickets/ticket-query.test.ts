import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../../src/common/global-id';
import { encodeCursor } from '../../../../src/common/pagination';
import { ErrorCode } from '../../../../src/errors/app-error';
import { TicketPriority } from '../../../../src/modules/tickets/ticket-priority';
import { Channel, type Ticket } from '../../../../src/modules/tickets/ticket.entity';
import type { TicketVisibility } from '../../../../src/modules/tickets/ticket.policy';
import {
  OrderDirection,
  TicketOrderField,
  afterCursorCondition,
  cursorOf,
  filterConditions,
  orderBySql,
  sortKeys,
  ticketCountQuery,
  ticketPageQuery,
  type SortKey,
} from '../../../../src/modules/tickets/ticket-query';
import { TicketStatus } from '../../../../src/modules/tickets/ticket-status';
import { expectAppError } from '../../../support/app-errors';

const UUID = '0b6a4b34-8f3e-4d0f-9b0a-3c7a1d2e4f50';
const DEPARTMENT = 'd0000000-0000-4000-8000-000000000001';
const AGENT = 'a0000000-0000-4000-8000-000000000001';
const CONTACT = 'c0000000-0000-4000-8000-000000000001';
const T1 = '2026-11-23T08:00:00.000Z';
const T2 = '2026-11-23T07:00:00.000Z';
const SLA_DUE = `coalesce(t."sla_next_due_at", 'infinity'::timestamptz)`;
const URGENCY = '(5 - t."priority")';
const WAITING = `coalesce(t."waiting_since", 'infinity'::timestamptz)`;
const SCOPED: TicketVisibility = { kind: 'SCOPED', agentId: AGENT, departmentIds: [DEPARTMENT] };
const SCOPED_SQL = { sql: '(t."assignee_id" = ? or t."department_id" = any(?::uuid[]))', params: [AGENT, `{"${DEPARTMENT}"}`] };


describe('the condition for the rows after a cursor', () => {
  it('in the queue order, is one row comparison of its five keys, all ascending', () => {
    const keys = sortKeys(TicketOrderField.QUEUE, OrderDirection.ASC);
    expect(afterCursorCondition(keys, encodeCursor([T1, 1, T2, T2, UUID]))).toStrictEqual({
      sql: `(${SLA_DUE}, ${URGENCY}, ${WAITING}, t."created_at", t."id") > (?::timestamptz, ?::smallint, ?::timestamptz, ?::timestamptz, ?::uuid)`,
      params: [T1, 1, T2, T2, UUID],
    });
  });

  it('in the queue order, ignores the direction', () => {
    expect(sortKeys(TicketOrderField.QUEUE, OrderDirection.DESC)).toStrictEqual(sortKeys(TicketOrderField.QUEUE, OrderDirection.ASC));
  });

  it('in the queue order, takes "infinity" for a ticket without an SLA deadline or not waiting', () => {
    const condition = afterCursorCondition(sortKeys(TicketOrderField.QUEUE, OrderDirection.ASC), encodeCursor(['infinity', 4, 'infinity', T2, UUID]));
    expect(condition.params).toStrictEqual(['infinity', 4, 'infinity', T2, UUID]);
  });

  it('by creation, newest first, compares with <', () => {
    expect(afterCursorCondition(sortKeys(TicketOrderField.CREATED_AT, OrderDirection.DESC), encodeCursor([T1, UUID]))).toStrictEqual({
      sql: `(t."created_at", t."id") < (?::timestamptz, ?::uuid)`,
      params: [T1, UUID],
    });
  });

  it('by creation, oldest first, compares with >', () => {
    expect(afterCursorCondition(sortKeys(TicketOrderField.CREATED_AT, OrderDirection.ASC), encodeCursor([T1, UUID]))).toStrictEqual({
      sql: `(t."created_at", t."id") > (?::timestamptz, ?::uuid)`,
      params: [T1, UUID],
    });
  });

  it('by update, compares the update time then the id', () => {
    expect(afterCursorCondition(sortKeys(TicketOrderField.UPDATED_AT, OrderDirection.DESC), encodeCursor([T1, UUID]))).toStrictEqual({
      sql: `(t."updated_at", t."id") < (?::timestamptz, ?::uuid)`,
      params: [T1, UUID],
    });
  });

  it('by priority, compares priority, creation and id in one direction', () => {
    expect(afterCursorCondition(sortKeys(TicketOrderField.PRIORITY, OrderDirection.ASC), encodeCursor([2, T1, UUID]))).toStrictEqual({
      sql: `(t."priority", t."created_at", t."id") > (?::smallint, ?::timestamptz, ?::uuid)`,
      params: [2, T1, UUID],
    });
  });

  it('refuses an order whose keys go in different directions, which no row comparison can page', () => {
    const [created, id] = sortKeys(TicketOrderField.CREATED_AT, OrderDirection.DESC) as [SortKey, SortKey];
    expect(() => afterCursorCondition([created, { ...id, descending: false }], encodeCursor([T1, UUID]))).toThrow(/same direction/);
  });

  const createdDesc = sortKeys(TicketOrderField.CREATED_AT, OrderDirection.DESC);
  const queue = sortKeys(TicketOrderField.QUEUE, OrderDirection.ASC);
  it.each([
    ['a timestamp that is a word', createdDesc, ['yesterday', UUID]],
    ['a timestamp without milliseconds', createdDesc, ['2026-11-23T08:00:00Z', UUID]],
    ['a timestamp with an offset', createdDesc, ['2026-11-23T08:00:00.000+02:00', UUID]],
    ['a timestamp with a space', createdDesc, ['2026-11-23 08:00:00.000Z', UUID]],
    ['a timestamp followed by SQL', createdDesc, [`${T1}'; drop table ticket; --`, UUID]],
    ['a uuid that is a word', createdDesc, [T1, 'x']],
    ['an upper-case uuid', createdDesc, [T1, UUID.toUpperCase()]],
    ['a uuid followed by SQL', createdDesc, [T1, `${UUID}' or '1'='1`]],
    ['a priority of 0', queue, [T1, 0, T1, T2, UUID]],
    ['a priority of 5', queue, [T1, 5, T1, T2, UUID]],
    ['a fractional priority', queue, [T1, 1.5, T1, T2, UUID]],
    ['a priority given as text', queue, [T1, '4', T1, T2, UUID]],
    ['an SLA deadline that is a word', queue, ['soon', 4, T1, T2, UUID]],
    ['a waiting time that is a word', queue, [T1, 4, 'never', T2, UUID]],
    ['too few values', queue, [T1, 4, T1, T2]],
    ['the four values of the former queue order', queue, [4, T1, T2, UUID]],
  ])('refuses %s as BAD_USER_INPUT on "after"', (_what, keys, values) => {
    expectAppError(() => afterCursorCondition(keys, encodeCursor(values)), { code: ErrorCode.BAD_USER_INPUT, field: 'after' });
  });

  it.each([
    ['month 13', '2026-13-01T08:00:00.000Z'],
    ['30 February', '2026-02-30T08:00:00.000Z'],
    ['hour 25', '2026-11-23T25:00:00.000Z'],
    ['year 0', '0000-01-01T00:00:00.000Z'],
  ])('refuses a well-shaped timestamp that is no date (%s) as BAD_USER_INPUT on "after", before PostgreSQL fails on it', (_what, timestamp) => {
    expectAppError(() => afterCursorCondition(createdDesc, encodeCursor([timestamp, UUID])), { code: ErrorCode.BAD_USER_INPUT, field: 'after' });
  });

  it('accepts the cursor of any ticket it pages over', () => {
    const ticket = {
      id: UUID,
      priority: TicketPriority.HIGH,
      slaNextDueAt: null,
      waitingSince: null,
      createdAt: new Date(T1),
      updatedAt: new Date(T2),
    } as unknown as Ticket;
    expect(afterCursorCondition(queue, cursorOf(queue, ticket)).params).toStrictEqual(['infinity', 2, 'infinity', T1, UUID]);
    const due = { ...ticket, slaNextDueAt: new Date(T2), waitingSince: new Date(T2), priority: TicketPriority.CRITICAL } as Ticket;
    expect(afterCursorCondition(queue, cursorOf(queue, due)).params).toStrictEqual([T2, 1, T2, T1, UUID]);
    const byUpdate = sortKeys(TicketOrderField.UPDATED_AT, OrderDirection.DESC);
    expect(afterCursorCondition(byUpdate, cursorOf(byUpdate, ticket)).params).toStrictEqual([T2, UUID]);
  });

  it('orders by the same keys, in their directions', () => {
    expect(orderBySql(queue)).toBe(`${SLA_DUE} asc, ${URGENCY} asc, ${WAITING} asc, t."created_at" asc, t."id" asc`);
    expect(orderBySql(createdDesc)).toBe('t."created_at" desc, t."id" desc');
  });
});

describe('the conditions of a ticket filter', () => {
  it('are just the visibility condition without a filter', () => {
    expect(filterConditions(SCOPED, undefined)).toStrictEqual([SCOPED_SQL]);
    expect(filterConditions({ kind: 'NONE' }, null)).toStrictEqual([{ sql: 'false', params: [] }]);
    expect(filterConditions({ kind: 'ALL' }, {})).toStrictEqual([{ sql: 'true', params: [] }]);
  });

  it('ignore empty lists, empty strings and nulls', () => {
    expect(
      filterConditions(SCOPED, {
        statuses: [],
        priorities: [],
        departmentId: '',
        assigneeId: null,
        unassigned: null,
        contactId: null,
        tag: '   ',
        channel: null,
        search: '  ',
        createdAfter: null,
        createdBefore: null,
      }),
    ).toStrictEqual([SCOPED_SQL]);
  });

  it('start with the visibility condition and map every filter field, in order', () => {
    const after = new Date('2026-01-01T00:00:00.000Z');
    const before = new Date('2026-02-01T00:00:00.000Z');
    const conditions = filterConditions({ kind: 'NONE' }, {
      statuses: [TicketStatus.NEW, TicketStatus.OPEN],
      priorities: [TicketPriority.CRITICAL, TicketPriority.LOW],
      departmentId: toGlobalId('Department', DEPARTMENT),
      assigneeId: toGlobalId('Agent', AGENT),
      unassigned: false,
      contactId: toGlobalId('Contact', CONTACT),
      tag: '  VIP ',
      channel: Channel.EMAIL,
      createdAfter: after,
      createdBefore: before,
    });
    expect(conditions).toStrictEqual([
      { sql: 'false', params: [] },
      { sql: 't."status" = any(?::text[])', params: ['{"NEW","OPEN"}'] },
      { sql: 't."priority" = any(?::smallint[])', params: ['{"4","1"}'] },
      { sql: 't."department_id" = ?', params: [DEPARTMENT] },
      { sql: 't."assignee_id" = ?', params: [AGENT] },
      { sql: 't."assignee_id" is not null', params: [] },
      { sql: 't."contact_id" = ?', params: [CONTACT] },
      { sql: 't."tags" @> array[?]::text[]', params: ['vip'] },
      { sql: 't."channel" = ?', params: ['EMAIL'] },
      { sql: 't."created_at" >= ?', params: [after] },
      { sql: 't."created_at" < ?', params: [before] },
    ]);
  });

  it('look for unassigned tickets with unassigned: true', () => {
    expect(filterConditions({ kind: 'ALL' }, { unassigned: true })).toStrictEqual([
      { sql: 'true', params: [] },
      { sql: 't."assignee_id" is null', params: [] },
    ]);
  });

  it('search the subject and the message bodies for the trimmed text', () => {
    const [, search, ...rest] = filterConditions({ kind: 'ALL' }, { search: '  refund please ' });
    expect(rest).toStrictEqual([]);
    expect(search?.params).toStrictEqual(['refund please', 'refund please']);
    expect(search?.sql.replace(/\s+/g, ' ')).toBe(
      `(to_tsvector('simple', t."subject") @@ websearch_to_tsquery('simple', ?) or t."id" in (select m."ticket_id" from "message" m where to_tsvector('simple', m."body") @@ websearch_to_tsquery('simple', ?)))`,
    );
  });

  it("search customers' tickets without matching internal notes", () => {
    const [, search] = filterConditions({ kind: 'GRANTED', ticketIds: [] }, { search: 'watchlist' });
    expect(search?.sql.replace(/\s+/g, ' ')).toContain(`websearch_to_tsquery('simple', ?) and m."kind" <> 'INTERNAL_NOTE')`);
    const [, agentSearch] = filterConditions({ kind: 'SCOPED', agentId: 'a', departmentIds: [] }, { search: 'watchlist' });
    expect(agentSearch?.sql).not.toContain('INTERNAL_NOTE');
  });

  it('accept a search of 200 characters and refuse 201 as BAD_USER_INPUT on "filter.search"', () => {
    expect(filterConditions({ kind: 'ALL' }, { search: ` ${'x'.repeat(200)} ` })).toHaveLength(2);
    expectAppError(() => filterConditions({ kind: 'ALL' }, { search: 'x'.repeat(201) }), { code: ErrorCode.BAD_USER_INPUT, field: 'filter.search' });
  });

  it.each([
    ['departmentId', { departmentId: toGlobalId('Agent', DEPARTMENT) }, 'filter.departmentId'],
    ['assigneeId', { assigneeId: 'garbage' }, 'filter.assigneeId'],
    ['contactId', { contactId: toGlobalId('Contact', 'not-a-uuid') }, 'filter.contactId'],
  ])('refuse an id that is not one of the expected type in %s as NOT_FOUND on its field', (_field, filter, field) => {
    expectAppError(() => filterConditions({ kind: 'ALL' }, filter), { code: ErrorCode.NOT_FOUND, field });
  });

  it('quote statuses as a PostgreSQL array literal', () => {
    const [, statuses] = filterConditions({ kind: 'ALL' }, { statuses: [TicketStatus.RESOLVED] });
    expect(statuses).toStrictEqual({ sql: 't."status" = any(?::text[])', params: ['{"RESOLVED"}'] });
  });
});

describe('the statements of a page and of its count', () => {
  const queue = sortKeys(TicketOrderField.QUEUE, OrderDirection.ASC);
  const conditions = [SCOPED_SQL, { sql: 't."channel" = ?', params: ['EMAIL'] }];

  it('read a first page in the order of the keys, one row more than asked for when the caller says so', () => {
    expect(ticketPageQuery(conditions, queue, null, 21)).toStrictEqual({
      sql: `select t.* from "ticket" t where ${SCOPED_SQL.sql} and t."channel" = ? order by ${orderBySql(queue)} limit ?`,
      params: [...SCOPED_SQL.params, 'EMAIL', 21],
    });
  });

  it('read a later page after the cursor, with the columns asked for', () => {
    const cursor = encodeCursor([T1, 1, T2, T2, UUID]);
    const page = ticketPageQuery(conditions, queue, cursor, 5, 't."id"');
    expect(page.sql).toBe(
      `select t."id" from "ticket" t where ${SCOPED_SQL.sql} and t."channel" = ? and ${afterCursorCondition(queue, cursor).sql} order by ${orderBySql(queue)} limit ?`,
    );
    expect(page.params).toStrictEqual([...SCOPED_SQL.params, 'EMAIL', T1, 1, T2, T2, UUID, 5]);
  });

  it('count under the same conditions, without cursor or order', () => {
    expect(ticketCountQuery(conditions)).toStrictEqual({
      sql: `select count(*)::int as "count" from "ticket" t where ${SCOPED_SQL.sql} and t."channel" = ?`,
      params: [...SCOPED_SQL.params, 'EMAIL'],
    });
  });
});
