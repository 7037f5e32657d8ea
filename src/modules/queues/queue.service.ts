import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../auth/viewer';
import { requireKey } from '../../common/entity-lookup';
import { pageSize, toConnection, type Connection } from '../../common/pagination';
import { cursorOf } from '../tickets/ticket-query';
import { agentRecordOf, type AgentRecord } from '../agents/agent-record';
import { contactRecordOf, type ContactRecord } from '../contacts/contact-record';
import type { Row } from '../../db/rows';
import { messageRecordOf, type MessageRecord } from '../tickets/message-record';
import { ticketRecordOf, type TicketRecord } from '../tickets/ticket-record';
import { visibleMessageKinds } from '../tickets/ticket.policy';
import { QUEUE_KEYS, queueCountQuery, queuePageWithRelationsQuery, queueScope, queueSnapshotQuery, type QueueScope } from './queue-query';


/** How many tickets a queue page or snapshot holds when the caller does not say. @default 50 */
export const DEFAULT_QUEUE_SIZE = 50;

/** A page of the queue, and the queuePosition of each of its tickets where the page alone tells it exactly. */
export interface QueuePage extends Connection<TicketRecord> {
  /** Ticket id to its Ticket.queuePosition (null: no department); empty when the page cannot tell. */
  knownPositions: ReadonlyMap<string, number | null>;
  /** What the same statement read of each ticket's relations, for the loaders. */
  related: { contacts: ContactRecord[]; assignees: AgentRecord[]; lastMessages: ReadonlyMap<string, MessageRecord | undefined> };
}

/** What QueueService.snapshot returns: the head of one caller's view of a queue. */
export interface QueueSnapshot {
  /** Raw ticket keys (not global ids), in queue order. */
  ticketIds: string[];
  /** Every ticket of the caller's view of that queue, not only the first N. */
  totalCount: number;
}

/**
 * The positions the first page of a queue tells: it is the head of the caller's view of the
 * queue, and each department's queue (the same view, narrowed to the department) is a
 * subsequence of it, so a ticket's position is the number of tickets of its department before
 * it on the page. Tickets without a department have none.
 */
export function firstPagePositions(tickets: readonly TicketRecord[]): Map<string, number | null> {
  const seen = new Map<string, number>();
  return new Map(
    tickets.map((ticket) => {
      const department = ticket.department?.id;
      if (department === undefined) return [ticket.id, null];
      const position = seen.get(department) ?? 0;
      seen.set(department, position + 1);
      return [ticket.id, position];
    }),
  );
}

/** The contacts, assignees and newest messages of a page's rows, as records (no entity, no identity map). */
function relatedOf(rows: readonly Row[]): QueuePage['related'] {
  const contacts = new Map<string, ContactRecord>();
  const assignees = new Map<string, AgentRecord>();
  const lastMessages = new Map<string, MessageRecord | undefined>();
  for (const row of rows) {
    const contact = row.page_contact as Row;
    if (!contacts.has(String(contact.id))) contacts.set(String(contact.id), contactRecordOf(contact));
    const assignee = row.page_assignee as Row | null;
    if (assignee && !assignees.has(String(assignee.id))) assignees.set(String(assignee.id), agentRecordOf(assignee));
    const message = row.page_last_message as Row | null;
    lastMessages.set(String(row.id), message ? messageRecordOf(message) : undefined);
  }
  return { contacts: [...contacts.values()], assignees: [...assignees.values()], lastMessages };
}

/** The queue: NEW and OPEN tickets a caller may see, most urgent first (see tickets/ticket-queue.ts). */
export class QueueService {
  constructor(private readonly em: EntityManager) {}

  /**
   * queue(departmentId, first, after). A departmentId that is not a Department's id is
   * NOT_FOUND; one of a department the caller sees nothing of gives an empty page, exactly
   * like a department without queued tickets.
   */
  async page(viewer: Viewer, departmentId: string | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<QueuePage> {
    const size = pageSize(first, DEFAULT_QUEUE_SIZE);
    const scope = queueScope(viewer, departmentId ? requireKey(departmentId, 'Department', 'departmentId') : null);
    const query = queuePageWithRelationsQuery(scope, after, size + 1, visibleMessageKinds(viewer));
    const rows = await this.em.execute<Array<Record<string, unknown>>>(query.sql, query.params);
    const tickets = rows.map(ticketRecordOf);
    // Every row carries the total; a page past the end has no row to carry it.
    const total = rows[0] ? Number(rows[0].page_total) : undefined;
    const connection = toConnection(tickets, size, (ticket) => cursorOf(QUEUE_KEYS, ticket), () => (total === undefined ? this.count(scope) : Promise.resolve(total)));
    // After a cursor, how many tickets come before the page is unknown here: the loader counts.
    const knownPositions = after ? new Map<string, number | null>() : firstPagePositions(connection.edges.map((edge) => edge.node));
    return { ...connection, knownPositions, related: relatedOf(rows) };
  }


  /**
   * The first `first` tickets of `viewer`'s view of a queue, as raw ids in queue order, and how
   * many tickets that view holds in all: what a live queue subscription sends and compares.
   *
   * One SQL statement (so the ids and the total come from the same snapshot of the table),
   * reading ids only: no entity is loaded or put in the identity map.
   *
   * It applies the caller's visibility but does not authorise: a customer's or an anonymous
   * caller's view of any queue is empty, and refusing them is the caller's job.
   *
   * @param viewer whose view: an agent sees the queued tickets it may see (ticket.policy.ts)
   * @param departmentKey a department's raw uuid key, not its global id; null = every
   *   department, tickets without one included. A key that is no uuid gives an empty view.
   * @param first how many ids, 1 to 100 (BAD_USER_INPUT on `first` otherwise)
   */
  async snapshot(viewer: Viewer, departmentKey: string | null, first: number): Promise<QueueSnapshot> {
    const query = queueSnapshotQuery(queueScope(viewer, departmentKey), pageSize(first, DEFAULT_QUEUE_SIZE));
    const [row] = await this.em.execute<Array<{ ticketIds: string[]; totalCount: number }>>(query.sql, query.params);
    return { ticketIds: row?.ticketIds ?? [], totalCount: row?.totalCount ?? 0 };
  }

  private async count(scope: QueueScope): Promise<number> {
    const query = queueCountQuery(scope);
    const [row] = await this.em.execute<Array<{ count: number }>>(query.sql, query.params);
    return row?.count ?? 0;
  }
}
