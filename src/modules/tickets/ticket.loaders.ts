import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../auth/viewer';
import { groupedLoader, keyedLoader, loaderPerArguments } from '../../common/loaders';
import { decodeCursor } from '../../common/pagination';
import { countPerParent, firstRowsPerParent } from '../../db/per-parent';
import { pgArray, type Condition } from '../../db/sql';
import { badInput } from '../../errors/app-error';
import { Message } from './message.entity';
import { afterCursorCondition, sortKeys, OrderDirection, TicketOrderField } from './ticket-query';
import { TicketEvent } from './ticket-event.entity';
import { QUEUED_STATUSES } from './ticket-status';
import { Ticket } from './ticket.entity';
import { ticketVisibility, visibilitySql } from './ticket.policy';

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
  const mapAll = <T extends object>(entity: new (...args: never[]) => T, rows: Array<Record<string, unknown>>) =>
    rows.map((row) => em.map(entity, row));

  return {
    ticketById: keyedLoader<string, Ticket>(async (ids) => {
      const rows = await em
        .execute<Array<Record<string, unknown>>>(`select t.* from "ticket" t where t."id" = any(?::uuid[]) and ${visibility.sql}`, [
          pgArray(ids),
          ...visibility.params,
        ]);
      return mapAll(Ticket, rows);
    }, (ticket) => ticket.id),

    messageById: keyedLoader<string, Message>((ids) => em.find(Message, { id: { $in: [...ids] } }), (message) => message.id),

    eventById: keyedLoader<string, TicketEvent>((ids) => em.find(TicketEvent, { id: { $in: [...ids] } }), (event) => event.id),

    messagesOfTicket: loaderPerArguments(({ limit, after }: PageArguments) =>
      groupedLoader<string, Message>(async (ticketIds) => {
        const rows = await firstRowsPerParent(em, {
          from: '"message" m',
          parentColumn: 'm."ticket_id"',
          parentKeys: ticketIds,
          conditions: afterSequence('m."id"', after),
          orderBy: 'm."id"',
          limit,
        });
        return mapAll(Message, rows);
      }, (message) => message.ticket.id),
    ),

    messageCount: new DataLoader<string, number>(async (ticketIds) => {
      const counts = await countPerParent(em, { from: '"message" m', parentColumn: 'm."ticket_id"', parentKeys: ticketIds, conditions: [] });
      return ticketIds.map((id) => counts.get(id) ?? 0);
    }),

    eventsOfTicket: loaderPerArguments(({ limit, after }: PageArguments) =>
      groupedLoader<string, TicketEvent>(async (ticketIds) => {
        const rows = await firstRowsPerParent(em, {
          from: '"ticket_event" e',
          parentColumn: 'e."ticket_id"',
          parentKeys: ticketIds,
          conditions: afterSequence('e."id"', after),
          orderBy: 'e."id"',
          limit,
        });
        return mapAll(TicketEvent, rows);
      }, (event) => event.ticket.id),
    ),

    eventCount: new DataLoader<string, number>(async (ticketIds) => {
      const counts = await countPerParent(em, { from: '"ticket_event" e', parentColumn: 'e."ticket_id"', parentKeys: ticketIds, conditions: [] });
      return ticketIds.map((id) => counts.get(id) ?? 0);
    }),

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

    ticketCountOfContact: new DataLoader<string, number>(async (contactIds) => {
      const counts = await countPerParent(em, { from: '"ticket" t', parentColumn: 't."contact_id"', parentKeys: contactIds, conditions: [visibility] });
      return contactIds.map((id) => counts.get(id) ?? 0);
    }),

    /** NEW and OPEN tickets of each department that the caller may see. */
    queueLength: new DataLoader<string, number>(async (departmentIds) => {
      const counts = await countPerParent(em, {
        from: '"ticket" t',
        parentColumn: 't."department_id"',
        parentKeys: departmentIds,
        conditions: [visibility, { sql: 't."status" = any(?::text[])', params: [pgArray(QUEUED_STATUSES)] }],
      });
      return departmentIds.map((id) => counts.get(id) ?? 0);
    }),
  };
}
