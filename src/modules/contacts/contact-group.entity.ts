import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId, timestamp } from '../../db/types';

@Entity()
@Unique({ name: 'contact_group_name_unique', expression: 'create unique index "contact_group_name_unique" on "contact_group" (lower("name"))' })
export class ContactGroup {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'text' })
  name: string;

  @Property(timestamp())
  createdAt: Date = new Date();

  constructor(name: string) {
    this.name = name;
  }
}
