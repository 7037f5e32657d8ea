import type { Viewer } from '../../auth/viewer';
import { isUuid } from '../../common/global-id';
import { pgArray, whereSql, type Condition } from '../../db/sql';
import { OrderDirection, TicketOrderField, orderBySql, sortKeys, ticketCountQuery, ticketPageQuery } from '../tickets/ticket-query';
import { inQueueSql, queueKeySql } from '../tickets/ticket-queue';
import { ticketVisibility, visibilityInDepartment, visibilitySql, type TicketVisibility } from '../tickets/ticket.policy';

/*
 * The statements of the queue, built from the tickets' own definitions (ticket-queue.ts) and
 * visibility rule (ticket.policy.ts). Exported so that tests can EXPLAIN exactly what runs.
 */

/** The queue's sort keys, for cursors: the order of tickets(orderBy: QUEUE) too. */
export const QUEUE_KEYS = sortKeys(TicketOrderField.QUEUE, OrderDirection.ASC);

/** Whose view of which queue. */
export interface QueueScope {
  visibility: TicketVisibility;
  /** A department's raw key; null = every department, and tickets without one. */
  departmentKey: string | null;
}

/** Queues are agents' work: a customer or an anonymous caller has none, whatever tickets it may read. */
export function queueVisibility(viewer: Viewer): TicketVisibility {
  return viewer.kind === 'AGENT' ? ticketVisibility(viewer) : { kind: 'NONE' };
}

export function queueScope(viewer: Viewer, departmentKey: string | null): QueueScope {
  return { visibility: queueVisibility(viewer), departmentKey };
}

/** In the queue and visible to the caller, on the ticket table under `alias`: what every queue statement counts or lists. */
export function queueMembership(visibility: TicketVisibility, alias = 't'): Condition[] {
  return [visibilitySql(visibility, alias), { sql: inQueueSql(alias), params: [] }];
}

/** The scope's tickets; a department key that is no uuid names no department, so its queue is empty. */
export function queueConditions(scope: QueueScope): Condition[] {
  if (scope.departmentKey === null) return queueMembership(scope.visibility);
  if (!isUuid(scope.departmentKey)) return [...queueMembership(scope.visibility), { sql: 'false', params: [] }];
  return [...queueMembership(visibilityInDepartment(scope.visibility, scope.departmentKey)), { sql: 't."department_id" = ?::uuid', params: [scope.departmentKey] }];
}

/** One page of the queue: whole ticket rows after the cursor, in queue order, at most `limit`. */
export function queuePageQuery(scope: QueueScope, after: string | null | undefined, limit: number): Condition {
  return ticketPageQuery(queueConditions(scope), QUEUE_KEYS, after, limit);
}

/**
 * A page of the queue with what a queue line shows, in one statement: each ticket row
 * (`t.*`), its contact (`page_contact`) and assignee (`page_assignee`, without the password
 * hash) as jsonb rows, its newest message of `messageKinds` (`page_last_message`), and the
 * scope's total (`page_total`, the same on every row, computed once). Each relation is one
 * primary-key or index lookup per row of the page; the loaders are primed from it.
 */
export function queuePageWithRelationsQuery(scope: QueueScope, after: string | null | undefined, limit: number, messageKinds: readonly string[]): Condition {
  const page = queuePageQuery(scope, after, limit);
  const count = queueCountQuery(scope);
  return {
    sql: `select t.*,
        (select to_jsonb(c) from "contact" c where c."id" = t."contact_id") as "page_contact",
        (select to_jsonb(a) - 'password_hash' from "agent" a where a."id" = t."assignee_id") as "page_assignee",
        (select to_jsonb(m) from "message" m where m."ticket_id" = t."id" and m."kind" = any(?::text[]) order by m."id" desc limit 1) as "page_last_message",
        (${count.sql}) as "page_total"
      from (${page.sql}) t
      order by ${orderBySql(QUEUE_KEYS)}`,
    params: [pgArray(messageKinds), ...count.params, ...page.params],
  };
}

/** How many tickets the scope's queue holds, as `count`. */
export function queueCountQuery(scope: QueueScope): Condition {
  return ticketCountQuery(queueConditions(scope));
}

/**
 * The ids of the first `limit` tickets of the scope's queue (`ticketIds`, text[]) and their
 * total (`totalCount`) in one statement: one snapshot of the table, so the two always agree.
 */
export function queueSnapshotQuery(scope: QueueScope, limit: number): Condition {
  const ids = ticketPageQuery(queueConditions(scope), QUEUE_KEYS, null, limit, 't."id"::text');
  const count = queueCountQuery(scope);
  return {
    sql: `select array(${ids.sql}) as "ticketIds", (${count.sql}) as "totalCount"`,
    params: [...ids.params, ...count.params],
  };
}

/**
 * For each of `ticketIds` that is in a department's queue and visible, its position there
 * (`position`, 0 = top): how many visible queued tickets of its department come before it in
 * queue order, a range of the department's queue index. The other tickets have no row.
 */
export function queuePositionsQuery(visibility: TicketVisibility, ticketIds: readonly string[]): Condition {
  const before = whereSql([
    ...queueMembership(visibility, 't'),
    { sql: 't."department_id" = p."department_id"', params: [] },
    { sql: `(${queueKeySql('t').join(', ')}) < (${queueKeySql('p').join(', ')})`, params: [] },
  ]);
  const asked = whereSql([
    { sql: 'p."id" = any(?::uuid[])', params: [pgArray(ticketIds)] },
    { sql: 'p."department_id" is not null', params: [] },
    ...queueMembership(visibility, 'p'),
  ]);
  return {
    sql: `select p."id" as "id", (select count(*)::int from "ticket" t where ${before.sql}) as "position" from "ticket" p where ${asked.sql}`,
    params: [...before.params, ...asked.params],
  };
}
