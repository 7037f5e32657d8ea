import { PRIORITY_RANK, type TicketPriority } from './ticket-priority';
import { QUEUED_STATUSES } from './ticket-status';

/*
 * What "the queue" is, as SQL on the ticket table: which tickets are in it and in what order.
 * The one definition behind queue, tickets(orderBy: QUEUE), Department.queueLength,
 * Ticket.queuePosition and the partial indexes that serve them. Pure: no database here.
 */

const column = (alias: string | null, name: string) => (alias ? `${alias}."${name}"` : `"${name}"`);

/**
 * NEW and OPEN. Written with constants rather than a bound parameter, so that every plan (a
 * prepared statement's generic plan too) can prove the partial indexes' predicate, which is
 * this same text.
 */
export function inQueueSql(alias: string | null): string {
  return `${column(alias, 'status')} in (${QUEUED_STATUSES.map((status) => `'${status}'`).join(', ')})`;
}

/** Priority as a queue key: 1 for CRITICAL to 4 for LOW, so that the most urgent sorts first in ascending order. */
export const urgencyOf = (priority: TicketPriority): number => 5 - PRIORITY_RANK[priority];

/**
 * The queue's sort keys: the earliest SLA deadline (none last), priority CRITICAL to LOW, the
 * longest wait (not waiting last), creation, id. Every key is ascending and never null, so that
 * a btree index on exactly these expressions returns the queue in order, and the rows after a
 * cursor are one row comparison `(k1, ..., k5) > (v1, ..., v5)` that the same index serves at
 * any depth. A query must use these expressions verbatim for the planner to match the index.
 */
export function queueKeySql(alias: string | null): string[] {
  return [
    `coalesce(${column(alias, 'sla_next_due_at')}, 'infinity'::timestamptz)`,
    `(5 - ${column(alias, 'priority')})`,
    `coalesce(${column(alias, 'waiting_since')}, 'infinity'::timestamptz)`,
    column(alias, 'created_at'),
    column(alias, 'id'),
  ];
}

/**
 * The columns inside the expression keys. PostgreSQL answers from an index alone (an index-only
 * scan) only when the columns a query names are in it, not just expressions of them.
 */
const KEY_COLUMNS = ['sla_next_due_at', 'priority', 'waiting_since'];

const queueIndex = (name: string, leading: string[], include: string[]) => ({
  name,
  expression:
    `create index "${name}" on "ticket" (${[...leading.map((name) => `"${name}"`), ...queueKeySql(null)].join(', ')})` +
    ` include (${include.map((name) => `"${name}"`).join(', ')}) where ${inQueueSql(null)}`,
});

/**
 * Partial indexes over the queued tickets only, in queue order: one per department's queue, one
 * across departments (admins), one per assignee (agents who see only their assigned tickets).
 * The included columns let counts (totalCount, queueLength, queuePosition), an agent's
 * visibility included, run on the index alone.
 */
export const QUEUE_INDEXES = {
  byDepartment: queueIndex('ticket_queue_department_index', ['department_id'], ['assignee_id', ...KEY_COLUMNS]),
  all: queueIndex('ticket_queue_index', [], ['department_id', 'assignee_id', ...KEY_COLUMNS]),
  byAssignee: queueIndex('ticket_queue_assignee_index', ['assignee_id'], ['department_id', ...KEY_COLUMNS]),
} as const;
