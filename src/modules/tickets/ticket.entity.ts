import { ArrayType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { newId, timestamp } from '../../db/types';
import { Agent } from '../agents/agent.entity';
import { Contact } from '../contacts/contact.entity';
import { Department } from '../departments/department.entity';
import { TicketPriority, TicketPriorityType } from './ticket-priority';
import { QUEUE_INDEXES } from './ticket-queue';
import { TicketStatus, type StatusChange } from './ticket-status';
import { afterAgentReply, afterCustomerMessage, afterStatusChange, type SlaTimeline } from '../slas/sla-clock';
import { initialSla, timelineOf, withTimeline, type StoredSla } from '../slas/sla-record';

export enum Channel {
  EMAIL = 'EMAIL',
  WEB_FORM = 'WEB_FORM',
  CHAT = 'CHAT',
  PHONE = 'PHONE',
  SOCIAL = 'SOCIAL',
  API = 'API',
}

@Entity()
@Index({ name: 'ticket_created_at_index', properties: ['createdAt', 'id'] })
@Index({ name: 'ticket_updated_at_index', properties: ['updatedAt', 'id'] })
@Index({ name: 'ticket_department_index', properties: ['department', 'createdAt'] })
@Index({ name: 'ticket_assignee_index', properties: ['assignee', 'createdAt'] })
@Index({ name: 'ticket_contact_index', properties: ['contact', 'createdAt'] })
@Index({ name: 'ticket_tags_index', expression: 'create index "ticket_tags_index" on "ticket" using gin ("tags")' })
@Index({
  name: 'ticket_subject_search_index',
  expression: `create index "ticket_subject_search_index" on "ticket" using gin (to_tsvector('simple', "subject"))`,
})
// Only postponed tickets: the wake-up job's "earliest due" and "due now, oldest first" read it.
@Index({
  name: 'ticket_postponed_until_index',
  expression: `create index "ticket_postponed_until_index" on "ticket" ("postponed_until") where "status" = 'POSTPONED'`,
})
// The SLA breach job's "earliest check" and "due now" read it.
@Index({
  name: 'ticket_sla_next_check_at_index',
  expression: `create index "ticket_sla_next_check_at_index" on "ticket" ("sla_next_check_at") where "sla_next_check_at" is not null`,
})
// Open tickets whose SLA was computed with older policies: the recomputation job reads it.
@Index({
  name: 'ticket_sla_generation_index',
  expression: `create index "ticket_sla_generation_index" on "ticket" ("sla_generation") where "status" in ('NEW', 'OPEN', 'ANSWERED', 'POSTPONED')`,
})
// Only resolved tickets: the auto-close job's "earliest resolved" and "resolved long enough, oldest first" read it.
@Index({
  name: 'ticket_resolved_at_index',
  expression: `create index "ticket_resolved_at_index" on "ticket" ("resolved_at") where "status" = 'RESOLVED'`,
})
// The report's first responses of a period, and its backlog (open tickets created before an instant).
@Index({
  name: 'ticket_first_responded_at_index',
  expression: `create index "ticket_first_responded_at_index" on "ticket" ("first_responded_at") include ("created_at", "assignee_id", "department_id", "channel", "priority") where "first_responded_at" is not null`,
})
@Index({
  name: 'ticket_open_created_at_index',
  expression: `create index "ticket_open_created_at_index" on "ticket" ("created_at", "id") where "status" in ('NEW', 'OPEN', 'ANSWERED', 'POSTPONED')`,
})
// Copies: MikroORM writes into the options it is given.
@Index({ ...QUEUE_INDEXES.byDepartment })
@Index({ ...QUEUE_INDEXES.all })
@Index({ ...QUEUE_INDEXES.byAssignee })
export class Ticket {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'text' })
  @Unique({ name: 'ticket_code_unique' })
  code: string;

  @Property({ type: 'text' })
  subject: string;

  @Enum({ items: () => TicketStatus })
  status: TicketStatus = TicketStatus.NEW;

  @Property({ type: TicketPriorityType })
  priority: TicketPriority;

  @Enum({ items: () => Channel })
  channel: Channel;

  @ManyToOne(() => Department, { nullable: true, deleteRule: 'set null' })
  department: Department | null = null;

  @ManyToOne(() => Agent, { nullable: true, deleteRule: 'set null' })
  assignee: Agent | null = null;

  @ManyToOne(() => Contact)
  contact: Contact;

  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  tags: string[] = [];

  @Property(timestamp({ nullable: true }))
  waitingSince: Date | null;

  /** The earliest deadline of a running SLA clock, breached or not: the queue's first sort key. */
  @Property(timestamp({ nullable: true }))
  slaNextDueAt: Date | null = null;

  /** The earliest deadline of a running SLA clock not yet breached: when the breach job looks at the ticket. */
  @Property(timestamp({ nullable: true }))
  slaNextCheckAt: Date | null = null;

  /**
   * The SLA policy that applies, if any. No foreign key: deleting a policy must not rewrite
   * every ticket it ever applied to in one statement; policies are deleted softly instead.
   */
  @Property({ type: 'uuid', nullable: true })
  slaPolicyId: string | null = null;

  /** The policies' generation (SLA_GENERATION) the SLA was last computed with; older = to be computed again. */
  @Property({ type: 'integer', default: 0 })
  slaGeneration = 0;

  @Property({ type: 'json', columnType: 'jsonb' })
  sla: StoredSla;

  @Property(timestamp({ nullable: true }))
  postponedUntil: Date | null = null;

  @Property(timestamp({ nullable: true }))
  firstRespondedAt: Date | null = null;

  @Property(timestamp({ nullable: true }))
  resolvedAt: Date | null = null;

  @Property(timestamp({ nullable: true }))
  closedAt: Date | null = null;

  @Property(timestamp())
  createdAt: Date;

  @Property(timestamp())
  updatedAt: Date;

  /** Increased by every change, messages included; rows are locked while it changes. */
  @Property({ type: 'integer' })
  version = 1;

  constructor(fields: {
    code: string;
    subject: string;
    priority: TicketPriority;
    channel: Channel;
    contact: Contact;
    now: Date;
  }) {
    this.code = fields.code;
    this.subject = fields.subject;
    this.priority = fields.priority;
    this.channel = fields.channel;
    this.contact = fields.contact;
    this.createdAt = fields.now;
    this.updatedAt = fields.now;
    // The request itself is the first customer message, and it waits for an agent.
    this.waitingSince = fields.now;
    this.sla = initialSla(fields.now);
  }

  get slaTimeline(): SlaTimeline {
    return timelineOf(this.sla, this.createdAt);
  }

  private countForSla(step: (timeline: SlaTimeline) => SlaTimeline): void {
    this.sla = withTimeline(this.sla, step(this.slaTimeline));
  }

  /** Marks a change: every change bumps the version. */
  touch(now: Date): void {
    this.updatedAt = now;
    this.version += 1;
  }

  applyStatusChange(change: StatusChange, now: Date, postponedUntil: Date | null = null): void {
    this.status = change.to;
    this.postponedUntil = change.to === TicketStatus.POSTPONED ? postponedUntil : null;
    if (change.to === TicketStatus.RESOLVED) this.resolvedAt = now;
    if (change.to === TicketStatus.CLOSED) this.closedAt = now;
    if (change.reopened) {
      this.resolvedAt = null;
      this.closedAt = null;
    }
    if (change.to === TicketStatus.RESOLVED || change.to === TicketStatus.CLOSED) this.waitingSince = null;
    this.countForSla((timeline) => afterStatusChange(timeline, change.from, change.to, now));
  }

  recordAgentReply(now: Date): void {
    this.firstRespondedAt ??= now;
    this.waitingSince = null;
    this.countForSla((timeline) => afterAgentReply(timeline, now));
  }

  recordCustomerMessage(now: Date): void {
    this.waitingSince ??= now;
    this.countForSla((timeline) => afterCustomerMessage(timeline, now));
  }
}
