import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { newId, timestamp } from '../../db/types';
import { Contact } from '../contacts/contact.entity';
import { Ticket } from '../tickets/ticket.entity';

/**
 * What a customer's access token stands for. A support request proves nothing about who owns
 * the email it names, so a session reaches only the tickets granted to it (those submitted with
 * it), never every ticket of the contact: knowing someone's email must not open their history.
 */
@Entity()
@Index({ properties: ['contact'] })
export class CustomerSession {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Contact, { deleteRule: 'cascade' })
  contact: Contact;

  @Property(timestamp())
  createdAt: Date;

  @Property(timestamp())
  expiresAt: Date;

  constructor(contact: Contact, now: Date, expiresAt: Date) {
    this.contact = contact;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }
}

/** A ticket a customer session may see. */
@Entity()
@Index({ properties: ['ticket'] })
export class CustomerSessionTicket {
  @ManyToOne(() => CustomerSession, { primary: true, deleteRule: 'cascade' })
  session: CustomerSession;

  @ManyToOne(() => Ticket, { primary: true, deleteRule: 'cascade' })
  ticket: Ticket;

  constructor(session: CustomerSession, ticket: Ticket) {
    this.session = session;
    this.ticket = ticket;
  }
}
