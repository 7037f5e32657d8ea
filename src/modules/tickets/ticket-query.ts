import { requireKey } from '../../common/entity-lookup';
import { decodeCursor, encodeCursor } from '../../common/pagination';
import { pgArray, whereSql, type Condition } from '../../db/sql';
import { badInput } from '../../errors/app-error';
import { PRIORITY_RANK, type TicketPriority } from './ticket-priority';
import { queueKeySql, urgencyOf } from './ticket-queue';
import type { TicketRecord } from './ticket-record';
import { MessageKind } from './message.entity';
import { searchesInternalNotes, visibilitySql, type TicketVisibility } from './ticket.policy';
import type { TicketStatus } from './ticket-status';
import type { Channel } from './ticket.entity';

export enum TicketOrderField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  PRIORITY = 'PRIORITY',
  QUEUE = 'QUEUE',
}

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

export interface TicketFilterValues {
  statuses?: TicketStatus[] | null;
  priorities?: TicketPriority[] | null;
  departmentId?: string | null;
  assigneeId?: string | null;
  unassigned?: boolean | null;
  contactId?: string | null;
  tag?: string | null;
  channel?: Channel | null;
  search?: string | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
}

const ALIAS = 't';

/** The conditions of a ticket filter, visibility first: no list or count can skip it. */
export function filterConditions(visibility: TicketVisibility, filter: TicketFilterValues | null | undefined): Condition[] {
  const conditions: Condition[] = [visibilitySql(visibility, ALIAS)];
  const add = (sql: string, ...params: unknown[]) => conditions.push({ sql, params });
  if (!filter) return conditions;
  if (filter.statuses?.length) add(`t."status" = any(?::text[])`, pgArray(filter.statuses));
  if (filter.priorities?.length) add(`t."priority" = any(?::smallint[])`, pgArray(filter.priorities.map((priority) => PRIORITY_RANK[priority])));
  if (filter.departmentId) add(`t."department_id" = ?`, requireKey(filter.departmentId, 'Department', 'filter.departmentId'));
  if (filter.assigneeId) add(`t."assignee_id" = ?`, requireKey(filter.assigneeId, 'Agent', 'filter.assigneeId'));
  if (filter.unassigned === true) add(`t."assignee_id" is null`);
  if (filter.unassigned === false) add(`t."assignee_id" is not null`);
  if (filter.contactId) add(`t."contact_id" = ?`, requireKey(filter.contactId, 'Contact', 'filter.contactId'));
  if (filter.tag?.trim()) add(`t."tags" @> array[?]::text[]`, filter.tag.trim().toLowerCase());
  if (filter.channel) add(`t."channel" = ?`, filter.channel);
  if (filter.createdAfter) add(`t."created_at" >= ?`, filter.createdAfter);
  if (filter.createdBefore) add(`t."created_at" < ?`, filter.createdBefore);
  const search = filter.search?.trim();
  if (search) {
    if (search.length > 200) throw badInput('filter.search', 'search must have at most 200 characters');
    add(
      `(to_tsvector('simple', t."subject") @@ websearch_to_tsquery('simple', ?)
        or t."id" in (select m."ticket_id" from "message" m where to_tsvector('simple', m."body") @@ websearch_to_tsquery('simple', ?)${
          searchesInternalNotes(visibility) ? '' : ` and m."kind" <> '${MessageKind.INTERNAL_NOTE}'`
        }))`,
      search,
      search,
    );
  }
  return conditions;
}

/** The statement reading the tickets whose id or code is one of `values`, among those the caller may see. */
export function visibleTicketsQuery(visibility: TicketVisibility, column: 'id' | 'code', values: readonly string[]): Condition {
  const visible = visibilitySql(visibility, ALIAS);
  return {
    sql: `select t.* from "ticket" t where t."${column}" = any(?::${column === 'id' ? 'uuid' : 'text'}[]) and ${visible.sql}`,
    params: [pgArray(values), ...visible.params],
  };
}

export interface SortKey {
  /** A non-null SQL expression. */
  sql: string;
  descending: boolean;
  value: (ticket: TicketRecord) => string | number;
  cast: string;
}

const iso = (date: Date) => date.toISOString();
const isoOrInfinity = (date: Date | null) => (date ? iso(date) : 'infinity');
const createdAt = (descending: boolean): SortKey => ({ sql: 't."created_at"', descending, value: (t) => iso(t.createdAt), cast: 'timestamptz' });
const id = (descending: boolean): SortKey => ({ sql: 't."id"', descending, value: (t) => t.id, cast: 'uuid' });

const [SLA_DUE, URGENCY, WAITING, CREATED_AT, ID] = queueKeySql(ALIAS) as [string, string, string, string, string];

/** The queue's order (see ticket-queue.ts), with each key's value for cursors. */
const QUEUE_ORDER: SortKey[] = [
  { sql: SLA_DUE, descending: false, value: (t) => isoOrInfinity(t.slaNextDueAt), cast: 'timestamptz' },
  { sql: URGENCY, descending: false, value: (t) => urgencyOf(t.priority), cast: 'smallint' },
  { sql: WAITING, descending: false, value: (t) => isoOrInfinity(t.waitingSince), cast: 'timestamptz' },
  { ...createdAt(false), sql: CREATED_AT },
  { ...id(false), sql: ID },
];

export function sortKeys(field: TicketOrderField, direction: OrderDirection): SortKey[] {
  const descending = direction === OrderDirection.DESC;
  switch (field) {
    case TicketOrderField.CREATED_AT:
      return [createdAt(descending), id(descending)];
    case TicketOrderField.UPDATED_AT:
      return [{ sql: 't."updated_at"', descending, value: (t) => iso(t.updatedAt), cast: 'timestamptz' }, id(descending)];
    case TicketOrderField.PRIORITY:
      return [{ sql: 't."priority"', descending, value: (t) => PRIORITY_RANK[t.priority], cast: 'smallint' }, createdAt(descending), id(descending)];
    case TicketOrderField.QUEUE:
      return QUEUE_ORDER;
  }
}

const CURSOR_VALUE: Record<string, RegExp> = {
  smallint: /^[1-4]$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  timestamptz: /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z|infinity)$/,
};

/** Also a real date: the shape alone lets 2026-02-30 or year 0 through, which PostgreSQL refuses. */
function isValidCursorValue(cast: string, value: string): boolean {
  if (!CURSOR_VALUE[cast]?.test(value)) return false;
  if (cast !== 'timestamptz' || value === 'infinity') return true;
  const date = new Date(value);
  return !value.startsWith('0000') && !Number.isNaN(date.getTime()) && date.toISOString() === value;
}

export function cursorOf(keys: SortKey[], ticket: TicketRecord): string {
  return encodeCursor(keys.map((key) => key.value(ticket)));
}

/**
 * Keyset pagination: the rows after the cursor's row, as one row comparison
 * `(k1, k2, ...) > (v1, v2, ...)` (`<` when descending). Every order has all its keys in one
 * direction, so that a btree index on the keys serves the comparison at any depth.
 */
export function afterCursorCondition(keys: SortKey[], cursor: string): Condition {
  const descending = keys[0]?.descending ?? false;
  if (keys.some((key) => key.descending !== descending)) throw new Error('A keyset order needs every key in the same direction');
  const values = decodeCursor(cursor, keys.map((key) => (key.cast === 'smallint' ? 'number' : 'string')));
  // A cursor is client input: every value must parse as its column's type before it meets SQL.
  if (!keys.every((key, index) => isValidCursorValue(key.cast, String(values[index])))) throw badInput('after', 'after is not a valid cursor');
  return {
    sql: `(${keys.map((key) => key.sql).join(', ')}) ${descending ? '<' : '>'} (${keys.map((key) => `?::${key.cast}`).join(', ')})`,
    params: values,
  };
}

export function orderBySql(keys: SortKey[]): string {
  return keys.map((key) => `${key.sql} ${key.descending ? 'desc' : 'asc'}`).join(', ');
}

/**
 * The statement of one page of tickets: those matching `conditions` after the cursor, in the
 * order of `keys`, at most `limit` rows of `columns`.
 */
export function ticketPageQuery(
  conditions: readonly Condition[],
  keys: SortKey[],
  after: string | null | undefined,
  limit: number,
  columns = 't.*',
): Condition {
  const where = whereSql(after ? [...conditions, afterCursorCondition(keys, after)] : conditions);
  return { sql: `select ${columns} from "ticket" t where ${where.sql} order by ${orderBySql(keys)} limit ?`, params: [...where.params, limit] };
}

/** The statement counting the tickets matching `conditions`, as `count`. */
export function ticketCountQuery(conditions: readonly Condition[]): Condition {
  const where = whereSql(conditions);
  return { sql: `select count(*)::int as "count" from "ticket" t where ${where.sql}`, params: where.params };
}
