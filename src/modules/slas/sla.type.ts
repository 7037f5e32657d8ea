import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NodeInterface } from '../../graphql/node.interface';
import { Channel } from '../tickets/ticket.entity';
import { TicketPriority } from '../tickets/ticket-priority';
import { Weekday } from './business-hours';
import { SlaClock } from './sla-clock';
import { instantOf, timelineOf, type StoredSla } from './sla-record';

registerEnumType(Weekday, { name: 'Weekday' });

@ObjectType('BusinessHoursInterval', { simpleResolvers: true })
export class BusinessHoursIntervalType {
  @Field(() => Weekday)
  day!: Weekday;

  @Field({ description: 'Local time, HH:MM.' })
  start!: string;

  @Field({ description: 'Local time, HH:MM; after start.' })
  end!: string;
}

@ObjectType('BusinessHours', { simpleResolvers: true })
export class BusinessHoursType {
  @Field({ description: 'IANA zone, e.g. Europe/Riga.' })
  timezone!: string;

  @Field(() => [BusinessHoursIntervalType])
  intervals!: BusinessHoursIntervalType[];

  @Field(() => [String], { description: 'Local dates YYYY-MM-DD on which no business hours count.' })
  holidays!: string[];
}

@ObjectType('SlaTarget', { simpleResolvers: true })
export class SlaTargetType {
  @Field(() => TicketPriority)
  priority!: TicketPriority;

  @Field(() => Int, { nullable: true, description: 'Business minutes from creation to the first agent reply; null = no target.' })
  firstResponseMinutes!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Business minutes from a customer message that arrives after an agent reply to the next agent reply; null = no target.',
  })
  nextResponseMinutes!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Business minutes from creation to resolution, not counting time ANSWERED (waiting on the customer); null = no target.',
  })
  resolutionMinutes!: number | null;
}

/** Conditions as ids; the resolver turns them into departments and contact groups through loaders. */
@ObjectType('SlaConditions', { description: 'A ticket matches when it matches every non-empty list (any entry of a list).' })
export class SlaConditionsType {
  departmentIds!: string[];
  contactGroupIds!: string[];

  @Field(() => [Channel])
  channels!: Channel[];
}

@ObjectType('SlaPolicy', {
  implements: NodeInterface,
  description: `The first active policy by descending rank (then oldest) whose conditions match a ticket
applies to it. It is chosen again when the ticket's department, priority, channel or contact
group changes, and for open tickets when policies change. Clocks count business time of the
policy's business hours (24x7 where it has none) to the second.`,
})
export class SlaPolicyType extends NodeInterface {
  @Field()
  name!: string;

  @Field(() => Int)
  rank!: number;

  @Field()
  active!: boolean;

  @Field(() => [SlaTargetType])
  targets!: SlaTargetType[];

  @Field(() => BusinessHoursType, { nullable: true })
  businessHours!: BusinessHoursType | null;
}

@ObjectType('SlaPeriod', { description: 'A stretch of time in which the resolution clock ran.', simpleResolvers: true })
export class SlaPeriodType {
  @Field()
  from!: Date;

  @Field(() => Date, { nullable: true, description: 'Null while the clock runs.' })
  until!: Date | null;
}

@ObjectType('TicketSla', { description: "Null on a ticket whose policy has no target for its priority, or that no policy matches." })
export class TicketSlaType {
  /** The policy's id; the resolver loads it. */
  policyId!: string;

  @Field(() => Date, { nullable: true })
  firstResponseDueAt!: Date | null;

  @Field()
  firstResponseBreached!: boolean;

  @Field(() => Date, { nullable: true })
  nextResponseDueAt!: Date | null;

  @Field()
  nextResponseBreached!: boolean;

  @Field(() => Date, { nullable: true, description: 'Null while paused.' })
  resolutionDueAt!: Date | null;

  @Field()
  resolutionBreached!: boolean;

  @Field({ description: 'True while the resolution clock is stopped (ANSWERED).' })
  paused!: boolean;

  @Field(() => Date, { nullable: true, description: 'The earliest unmet, running deadline: what the queue sorts by.' })
  nextDueAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the customer message the next response is owed for arrived; null when none is owed.' })
  nextResponseOwedSince!: Date | null;

  @Field(() => [SlaPeriodType], {
    description: 'Every period in which the resolution clock ran, oldest first: the pauses (ANSWERED) and stops (RESOLVED, CLOSED) lie between them.',
  })
  resolutionPeriods!: SlaPeriodType[];
}

/** The SLA a ticket shows: null without a policy, or when its policy has no target for the ticket's priority. */
export function ticketSlaView(ticket: { slaPolicyId: string | null; sla: StoredSla; slaNextDueAt: Date | null; createdAt: Date }): TicketSlaType | null {
  const { slaPolicyId, sla } = ticket;
  if (slaPolicyId === null || sla.targets === null) return null;
  const timeline = timelineOf(sla, ticket.createdAt);
  return Object.assign(new TicketSlaType(), {
    policyId: slaPolicyId,
    firstResponseDueAt: instantOf(sla.firstResponseDueAt),
    firstResponseBreached: sla.breachedAt[SlaClock.FIRST_RESPONSE] !== undefined,
    nextResponseDueAt: instantOf(sla.nextResponseDueAt),
    nextResponseBreached: sla.breachedAt[SlaClock.NEXT_RESPONSE] !== undefined,
    resolutionDueAt: instantOf(sla.resolutionDueAt),
    resolutionBreached: sla.breachedAt[SlaClock.RESOLUTION] !== undefined,
    paused: sla.paused,
    nextDueAt: ticket.slaNextDueAt,
    nextResponseOwedSince: timeline.nextResponseMetAt === null ? timeline.nextResponseSince : null,
    resolutionPeriods: timeline.resolutionPeriods,
  });
}

@ObjectType('SlaPolicyPayload', { simpleResolvers: true })
export class SlaPolicyPayload {
  @Field(() => SlaPolicyType)
  slaPolicy!: SlaPolicyType;
}
