import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId, timestamp } from '../../db/types';

@Entity()
@Unique({ name: 'department_name_unique', expression: 'create unique index "department_name_unique" on "department" (lower("name"))' })
export class Department {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'text' })
  name: string;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Property(timestamp())
  createdAt: Date = new Date();

  constructor(name: string, description: string | null) {
    this.name = name;
    this.description = description;
  }
}
