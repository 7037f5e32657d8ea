import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId, timestamp } from '../../db/types';
import { ContactGroup } from './contact-group.entity';

@Entity()
export class Contact {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'text', nullable: true })
  name: string | null;

  @Property({ type: 'text' })
  @Unique({ name: 'contact_visitor_id_unique' })
  visitorId: string;

  @ManyToOne(() => ContactGroup, { nullable: true, deleteRule: 'set null' })
  group: ContactGroup | null = null;

  @Property(timestamp())
  createdAt: Date = new Date();

  constructor(name: string | null, visitorId: string) {
    this.name = name;
    this.visitorId = visitorId;
  }
}

export enum IdentityKind {
  EMAIL = 'EMAIL',
  PHONE = 'PHONE',
}

/** An email or phone that identifies one contact; normalised, so the unique index finds duplicates. */
@Entity()
@Unique({ name: 'contact_identity_unique', properties: ['kind', 'value'] })
@Index({ properties: ['contact'] })
export class ContactIdentity {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => Contact, { deleteRule: 'cascade' })
  contact: Contact;

  @Enum({ items: () => IdentityKind })
  kind: IdentityKind;

  @Property({ type: 'text' })
  value: string;

  constructor(contact: Contact, kind: IdentityKind, value: string) {
    this.contact = contact;
    this.kind = kind;
    this.value = value;
  }
}
