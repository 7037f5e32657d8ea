import { ArrayType, Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId, timestamp } from '../../db/types';
import type { Channel } from '../tickets/ticket.entity';
import type { TicketPriority } from '../tickets/ticket-priority';
import type { BusinessHoursSpec } from './business-hours';

/** One priority's targets, in business minutes; null = no target. */
export interface SlaTargetRow {
  priority: TicketPriority;
  firstResponseMinutes: number | null;
  nextResponseMinutes: number | null;
  resolutionMinutes: number | null;
}

/**
 * Conditions are id lists rather than join tables: a policy is read whole, always, by every
 * ticket it may apply to, and is replaced whole by updateSlaPolicy. Deleting only marks it
 * deleted: the tickets it applied to keep explaining their due times, and nothing rewrites them
 * all at once.
 */
@Entity()
@Unique({
  name: 'sla_policy_name_unique',
  expression: 'create unique index "sla_policy_name_unique" on "sla_policy" (lower("name")) where "deleted_at" is null',
})
export class SlaPolicy {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'text' })
  name: string;

  @Property({ type: 'integer' })
  rank: number;

  @Property({ type: 'boolean' })
  active: boolean;

  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  departmentIds: string[] = [];

  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  contactGroupIds: string[] = [];

  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  channels: Channel[] = [];

  @Property({ type: 'jsonb' })
  targets: SlaTargetRow[] = [];

  /** Null = 24x7. */
  @Property({ type: 'jsonb', nullable: true })
  businessHours: BusinessHoursSpec | null = null;

  @Property(timestamp())
  createdAt: Date;

  @Property(timestamp())
  updatedAt: Date;

  @Property(timestamp({ nullable: true }))
  deletedAt: Date | null = null;

  constructor(fields: { name: string; rank: number; active: boolean; now: Date }) {
    this.name = fields.name;
    this.rank = fields.rank;
    this.active = fields.active;
    this.createdAt = fields.now;
    this.updatedAt = fields.now;
  }
}
