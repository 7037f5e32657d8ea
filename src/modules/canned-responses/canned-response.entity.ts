import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId, timestamp } from '../../db/types';
import { Agent } from '../agents/agent.entity';
import { Department } from '../departments/department.entity';

/*
 * Shortcuts are unique, regardless of case, within a scope: among the shared responses, within
 * one department, within one agent's personal ones. The same shortcut may exist in two scopes.
 * Each index also serves its scope's lookups (responses without a shortcut are NULLs, never equal).
 */
@Entity()
@Check({ name: 'canned_response_scope_check', expression: '"owner_id" is null or "department_id" is null' })
@Unique({
  name: 'canned_response_shared_shortcut_unique',
  expression: `create unique index "canned_response_shared_shortcut_unique" on "canned_response" (lower("shortcut")) where "department_id" is null and "owner_id" is null`,
})
@Unique({
  name: 'canned_response_department_shortcut_unique',
  expression: `create unique index "canned_response_department_shortcut_unique" on "canned_response" ("department_id", lower("shortcut")) where "owner_id" is null and "department_id" is not null`,
})
@Unique({
  name: 'canned_response_personal_shortcut_unique',
  expression: `create unique index "canned_response_personal_shortcut_unique" on "canned_response" ("owner_id", lower("shortcut")) where "owner_id" is not null`,
})
export class CannedResponse {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'text' })
  title: string;

  /** The template, placeholders and all; rendered per ticket, never stored rendered. */
  @Property({ type: 'text' })
  body: string;

  @Property({ type: 'text', nullable: true })
  shortcut: string | null;

  /** Set for a department's responses; a department's removal takes its responses along. */
  @ManyToOne(() => Department, { nullable: true, deleteRule: 'cascade' })
  department: Department | null;

  /** Set for an agent's personal responses (then department is null). */
  @ManyToOne(() => Agent, { nullable: true, deleteRule: 'cascade' })
  owner: Agent | null;

  @Property(timestamp())
  createdAt: Date;

  @Property(timestamp())
  updatedAt: Date;

  constructor(fields: { title: string; body: string; shortcut: string | null; department: Department | null; owner: Agent | null; now: Date }) {
    if (fields.owner && fields.department) throw new Error('A personal canned response has no department');
    this.title = fields.title;
    this.body = fields.body;
    this.shortcut = fields.shortcut;
    this.department = fields.department;
    this.owner = fields.owner;
    this.createdAt = fields.now;
    this.updatedAt = fields.now;
  }
}
