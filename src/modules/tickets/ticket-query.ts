import { requireKey } from '../../common/entity-lookup';
import { decodeCursor, encodeCursor } from '../../common/pagination';
import { pgArray, type Condition } from '../../db/sql';
import { badInput } from '../../errors/app-error';
import { PRIORITY_RANK, type TicketPriority } from './ticket-priority';
import type { Ticket } from './ticket.entity';
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

interface SortKey {
  /** A non-null SQL expression. */
  sql: string;
  descending: boolean;
  value: (ticket: Ticket) => string | number;
  cast: string;
}

const iso = (date: Date) => date.toISOString();
const createdAt = (descending: boolean): SortKey => ({ sql: 't."created_at"', descending, value: (t) => iso(t.createdAt), cast: 'timestamptz' });
const id = (descending: boolean): SortKey => ({ sql: 't."id"', descending, value: (t) => t.id, cast: 'uuid' });

/** The queue's order: most urgent first, then whoever waited longest. */
const QUEUE_ORDER: SortKey[] = [
  { sql: 't."priority"', descending: true, value: (t) => PRIORITY_RANK[t.priority], cast: 'smallint' },
  {
    sql: `coalesce(t."waiting_since", 'infinity'::timestamptz)`,
    descending: false,
    value: (t) => (t.waitingSince ? iso(t.waitingSince) : 'infinity'),
    cast: 'timestamptz',
  },
  createdAt(false),
  id(false),
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

export function cursorOf(keys: SortKey[], ticket: Ticket): string {
  return encodeCursor(keys.map((key) => key.value(ticket)));
}

/**
 * Keyset pagination: the rows after the cursor's row in the sort order, written as
 * (k1 after v1) or (k1 = v1 and k2 after v2) or ..., which works for mixed directions.
 */
export function afterCursorCondition(keys: SortKey[], cursor: string): Condition {
  const values = decodeCursor(cursor, keys.map((key) => (key.cast === 'smallint' ? 'number' : 'string')));
  // A cursor is client input: every value must parse as its column's type before it meets SQL.
  if (!keys.every((key, index) => isValidCursorValue(key.cast, String(values[index])))) throw badInput('after', 'after is not a valid cursor');
  const branches: string[] = [];
  const params: unknown[] = [];
  keys.forEach((key, index) => {
    const equalities = keys.slice(0, index).map((previous) => `${previous.sql} = ?::${previous.cast}`);
    params.push(...values.slice(0, index));
    branches.push([...equalities, `${key.sql} ${key.descending ? '<' : '>'} ?::${key.cast}`].join(' and '));
    params.push(values[index]);
  });
  return { sql: `(${branches.map((branch) => `(${branch})`).join(' or ')})`, params };
}

export function orderBySql(keys: SortKey[]): string {
  return keys.map((key) => `${key.sql} ${key.descending ? 'desc' : 'asc'}`).join(', ');
}
