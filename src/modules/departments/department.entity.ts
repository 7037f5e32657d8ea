import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId, timestamp } from '../../db/types';
import { AssignmentMode } from '../assignment/assignment-mode';

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

  /** Who gets new tickets created into the department without an assignee. */
  @Enum({ items: () => AssignmentMode, default: AssignmentMode.OFF })
  assignment: AssignmentMode = AssignmentMode.OFF;

  /**
   * The agent auto-assignment picked last: the turn goes on after it. No foreign key: agents are
   * never deleted, and the creation that moves it already holds the department's row lock.
   */
  @Property({ type: 'uuid', nullable: true })
  lastAutoAssigneeId: string | null = null;

  /**
   * The canned response (shared, or of this department) that acknowledges each new ticket to its
   * customer. No foreign key: a deleted response simply acknowledges nothing.
   */
  @Property({ type: 'uuid', nullable: true })
  acknowledgementId: string | null = null;

  constructor(name: string, description: string | null) {
    this.name = name;
    this.description = description;
  }
}
