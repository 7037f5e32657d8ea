import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../auth/viewer';
import { groupedLoader, keyedLoader, loaderPerArguments } from '../../common/loaders';
import { decodeCursor } from '../../common/pagination';
import { countLoader, firstRowsPerParent } from '../../db/per-parent';
import { pgArray, type Condition } from '../../db/sql';
import { badInput } from '../../errors/app-error';
import { Message } from './message.entity';
import { messageRecordOf, type MessageRecord } from './message-record';
import { afterCursorCondition, sortKeys, visibleTicketsQuery, OrderDirection, TicketOrderField } from './ticket-query';
import { TicketEvent } from './ticket-event.entity';
import { Ticket } from './ticket.entity';
import { ticketVisibility, visibilitySql, visibleMessageKinds } from './ticket.policy';

export interface PageArguments {
  /** Rows to fetch: the page size plus one, to tell whether a next page exists. */
  limit: number;
  after: string | null;
}

/** Messages and events are ordered by their sequence id; a cursor is that id. */
function afterSequence(column: string, after: string | null): Condition[] {
  if (!after) return [];
  const [id] = decodeCursor(after, ['string']);
  if (!/^[1-9][0-9]{0,17}$/.test(String(id))) throw badInput('after', 'after is not a valid cursor');
  return [{ sql: `${column} > ?`, params: [id] }];
}

export const CONTACT_TICKET_ORDER = sortKeys(TicketOrderField.CREATED_AT, OrderDirection.DESC);

/** Loaders of one operation for ticket relations; every list and count obeys the caller's visibility. */
export function ticketLoaders(em: EntityManager, viewer: Viewer) {
  const visibility = visibilitySql(ticketVisibility(viewer), 't');
  const messageKinds = pgArray(visibleMessageKinds(viewer));
  const visibleMessages: Condition = { sql: 'c."kind" = any(?::text[])', params: [messageKinds] };
  const mapAll = <T extends object>(entity: new (...args: never[]) => T, rows: Array<Record<string, unknown>>) =>
    rows.map((row) => em.map(entity, row));
  /** A ticket's messages or events, oldest first: the first page of each ticket in one statement. */
  const pagesInSequence = <T extends { ticket: Ticket }>(entity: new (...args: never[]) => T, table: string, conditions: Condition[]) =>
    loaderPerArguments(({ limit, after }: PageArguments) =>
      groupedLoader<string, T>(async (ticketIds) => {
        const rows = await firstRowsPerParent(em, {
          from: `"${table}" c`,
          parentColumn: 'c."ticket_id"',
          parentKeys: ticketIds,
          conditions: [...conditions, ...afterSequence('c."id"', after)],
          orderBy: 'c."id"',
          limit,
        });
        return mapAll(entity, rows);
      }, (row) => row.ticket.id),
    );

  return {
    ticketById: keyedLoader<string, Ticket>(async (ids) => {
      const query = visibleTicketsQuery(ticketVisibility(viewer), 'id', ids);
      return mapAll(Ticket, await em.execute<Array<Record<string, unknown>>>(query.sql, query.params));
    }, (ticket) => ticket.id),

    /** Messages of a kind the caller may read; whether their ticket is visible is the caller's check. */
    messageById: keyedLoader<string, Message>(
      (ids) => em.find(Message, { id: { $in: [...ids] }, kind: { $in: [...visibleMessageKinds(viewer)] } }),
      (message) => message.id,
    ),

    eventById: keyedLoader<string, TicketEvent>((ids) => em.find(TicketEvent, { id: { $in: [...ids] } }), (event) => event.id),

    messagesOfTicket: pagesInSequence(Message, 'message', [visibleMessages]),
    messageCount: countLoader(em, { from: '"message" c', parentColumn: 'c."ticket_id"', conditions: [visibleMessages] }),
    /** A ticket's newest message of a kind the caller may read; undefined when it has none. */
    lastMessageOfTicket: keyedLoader<string, MessageRecord>(async (ticketIds) => {
      const rows = await firstRowsPerParent(em, {
        from: '"message" c',
        parentColumn: 'c."ticket_id"',
        parentKeys: ticketIds,
        conditions: [visibleMessages],
        orderBy: 'c."id" desc',
        limit: 1,
      });
      return rows.map(messageRecordOf);
    }, (message) => message.ticket.id),
    eventsOfTicket: pagesInSequence(TicketEvent, 'ticket_event', []),
    eventCount: countLoader(em, { from: '"ticket_event" c', parentColumn: 'c."ticket_id"', conditions: [] }),

    ticketsOfContact: loaderPerArguments(({ limit, after }: PageArguments) =>
      groupedLoader<string, Ticket>(async (contactIds) => {
        const rows = await firstRowsPerParent(em, {
          from: '"ticket" t',
          parentColumn: 't."contact_id"',
          parentKeys: contactIds,
          conditions: [visibility, ...(after ? [afterCursorCondition(CONTACT_TICKET_ORDER, after)] : [])],
          orderBy: 't."created_at" desc, t."id" desc',
          limit,
        });
        return mapAll(Ticket, rows);
      }, (ticket) => ticket.contact.id),
    ),

    ticketCountOfContact: countLoader(em, { from: '"ticket" t', parentColumn: 't."contact_id"', conditions: [visibility] }),
  };
}
