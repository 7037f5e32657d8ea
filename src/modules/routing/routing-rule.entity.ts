import { ArrayType, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId, timestamp } from '../../db/types';
import { Department } from '../departments/department.entity';
import type { Channel } from '../tickets/ticket.entity';
import { TicketPriority, TicketPriorityType } from '../tickets/ticket-priority';

/**
 * A routing rule: conditions on a new ticket, and what to set on it when they hold. Conditions
 * are lists on the row rather than join tables (like SLA policies): every ticket creation reads
 * every active rule whole, and updateRoutingRule replaces a rule whole. Deleting removes the
 * row: tickets name the rule that routed them in their ROUTED event, as text.
 */
@Entity()
@Unique({ name: 'routing_rule_name_unique', expression: 'create unique index "routing_rule_name_unique" on "routing_rule" (lower("name"))' })
export class RoutingRule {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'text' })
  name: string;

  /** Lower first. */
  @Property({ type: 'integer' })
  position: number;

  @Property({ type: 'boolean' })
  active: boolean;

  /** Empty = any channel. */
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  channels: Channel[] = [];

  /** Keys of contact groups; empty = any contact, with a group or without. */
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  contactGroupIds: string[] = [];

  /** Lowercased words or phrases, matched as whole words; empty = any text. */
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  keywords: string[] = [];

  /** Set on the ticket unless its creator chose a department. */
  @ManyToOne(() => Department, { nullable: true, deleteRule: 'set null' })
  department: Department | null = null;

  /** Set on the ticket unless its creator chose a priority other than the default. */
  @Property({ type: TicketPriorityType, nullable: true })
  priority: TicketPriority | null = null;

  /** Added to the ticket's own tags. */
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  tags: string[] = [];

  @Property(timestamp())
  createdAt: Date;

  @Property(timestamp())
  updatedAt: Date;

  constructor(fields: { name: string; position: number; active: boolean; now: Date }) {
    this.name = fields.name;
    this.position = fields.position;
    this.active = fields.active;
    this.createdAt = fields.now;
    this.updatedAt = fields.now;
  }
}
