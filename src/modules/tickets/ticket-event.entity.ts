import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { timestamp } from '../../db/types';
import { Agent } from '../agents/agent.entity';
import { Ticket } from './ticket.entity';

export enum TicketEventKind {
  CREATED = 'CREATED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  ASSIGNED = 'ASSIGNED',
  PRIORITY_CHANGED = 'PRIORITY_CHANGED',
  DEPARTMENT_CHANGED = 'DEPARTMENT_CHANGED',
  TAGS_CHANGED = 'TAGS_CHANGED',
  SUBJECT_CHANGED = 'SUBJECT_CHANGED',
  MESSAGE_ADDED = 'MESSAGE_ADDED',
  NOTE_ADDED = 'NOTE_ADDED',
  SLA_APPLIED = 'SLA_APPLIED',
  SLA_BREACHED = 'SLA_BREACHED',
  REOPENED = 'REOPENED',
  /** A routing rule applied to the new ticket: `to` is the rule's name. Written right after CREATED, by no actor. */
  ROUTED = 'ROUTED',
}

/**
 * One entry of the audit trail. Append-only: a trigger in PostgreSQL rejects UPDATE and
 * DELETE (see the initial migration), so not even a bug or a psql session can rewrite history.
 */
@Entity()
@Index({ name: 'ticket_event_ticket_index', properties: ['ticket', 'id'] })
// The report's resolutions, reopenings and backlog replay: status changes of a period, read from the index alone.
@Index({
  name: 'ticket_event_status_changed_index',
  expression: `create index "ticket_event_status_changed_index" on "ticket_event" ("created_at") include ("ticket_id", "from_value", "to_value") where "kind" = 'STATUS_CHANGED'`,
})
// Whether a ticket was ever reopened (the report's first-contact resolutions): few rows, one probe per ticket.
@Index({
  name: 'ticket_event_reopened_index',
  expression: `create index "ticket_event_reopened_index" on "ticket_event" ("ticket_id") where "kind" = 'REOPENED'`,
})
export class TicketEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => Ticket, { deleteRule: 'no action' })
  ticket: Ticket;

  @Enum({ items: () => TicketEventKind })
  kind: TicketEventKind;

  /** The agent who caused it; null for the customer or the system. */
  @ManyToOne(() => Agent, { nullable: true, deleteRule: 'no action' })
  actor: Agent | null;

  @Property({ type: 'text', nullable: true, fieldName: 'from_value' })
  from: string | null;

  @Property({ type: 'text', nullable: true, fieldName: 'to_value' })
  to: string | null;

  @Property(timestamp())
  createdAt: Date;

  constructor(fields: { ticket: Ticket; kind: TicketEventKind; actor: Agent | null; from?: string | null; to?: string | null; now: Date }) {
    this.ticket = fields.ticket;
    this.kind = fields.kind;
    this.actor = fields.actor;
    this.from = fields.from ?? null;
    this.to = fields.to ?? null;
    this.createdAt = fields.now;
  }
}
