import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { timestamp } from '../../db/types';
import { Agent } from '../agents/agent.entity';
import { Contact } from '../contacts/contact.entity';
import { Ticket } from './ticket.entity';

export enum MessageKind {
  CUSTOMER = 'CUSTOMER',
  AGENT_REPLY = 'AGENT_REPLY',
  INTERNAL_NOTE = 'INTERNAL_NOTE',
  /** The department's acknowledgement of a new ticket, sent by the system: not a response, so no SLA clock stops. */
  AUTO_ACKNOWLEDGEMENT = 'AUTO_ACKNOWLEDGEMENT',
}

/** Messages are ordered by id: a sequence keeps the order of one ticket's writes. */
@Entity()
@Index({ name: 'message_ticket_index', properties: ['ticket', 'id'] })
@Index({ name: 'message_author_contact_index', properties: ['authorContact'] })
// The report's agent replies of a period, by agent.
@Index({
  name: 'message_agent_reply_index',
  expression: `create index "message_agent_reply_index" on "message" ("created_at") include ("ticket_id", "author_agent_id") where "kind" = 'AGENT_REPLY'`,
})
@Index({
  name: 'message_body_search_index',
  expression: `create index "message_body_search_index" on "message" using gin (to_tsvector('simple', "body"))`,
})
export class Message {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => Ticket, { deleteRule: 'cascade' })
  ticket: Ticket;

  @Enum({ items: () => MessageKind })
  kind: MessageKind;

  @Property({ type: 'text' })
  body: string;

  @ManyToOne(() => Agent, { nullable: true, deleteRule: 'set null' })
  authorAgent: Agent | null;

  @ManyToOne(() => Contact, { nullable: true, deleteRule: 'set null' })
  authorContact: Contact | null;

  @Property(timestamp())
  createdAt: Date;

  constructor(fields: { ticket: Ticket; kind: MessageKind; body: string; authorAgent?: Agent | null; authorContact?: Contact | null; now: Date }) {
    this.ticket = fields.ticket;
    this.kind = fields.kind;
    this.body = fields.body;
    this.authorAgent = fields.authorAgent ?? null;
    this.authorContact = fields.authorContact ?? null;
    this.createdAt = fields.now;
  }
}
