import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('ReportRow', { simpleResolvers: true })
export class ReportRowType {
  @Field({ description: 'Bucket start as a local date YYYY-MM-DD (weeks start on Monday), or the grouped object\'s id or enum value.' })
  key!: string;

  @Field()
  label!: string;

  @Field(() => Date, {
    nullable: true,
    description: "The bucket's first instant (local midnight in the report's zone) for DAY, WEEK and MONTH rows, for a chart's time axis; null for other groupings and for totals.",
  })
  bucketStart!: Date | null;

  @Field(() => Int, { description: 'Tickets created in the period (and group). Periods include from and exclude to.' })
  created!: number;

  @Field(() => Int)
  resolved!: number;

  @Field(() => Int)
  reopened!: number;

  @Field(() => Int)
  agentReplies!: number;

  @Field(() => Float, { nullable: true, description: 'Wall-clock seconds from creation to the first agent reply, over tickets first answered in the period.' })
  avgFirstResponseSeconds!: number | null;

  @Field(() => Float, { nullable: true })
  medianFirstResponseSeconds!: number | null;

  @Field(() => Float, { nullable: true })
  avgResolutionSeconds!: number | null;

  @Field(() => Float, { nullable: true })
  medianResolutionSeconds!: number | null;

  @Field(() => Int, { description: 'Tickets created in the period that had SLA targets: met all of them so far, or breached one.' })
  slaMet!: number;

  @Field(() => Int)
  slaBreached!: number;

  @Field(() => Float, { nullable: true, description: 'slaMet / (slaMet + slaBreached); null where no ticket had a target.' })
  slaComplianceRate!: number | null;

  @Field(() => Int, {
    description: 'Resolutions in the period (counted in resolved) that came after exactly one agent reply, of tickets never reopened (as of now).',
  })
  firstContactResolved!: number;

  @Field(() => Float, { nullable: true, description: 'firstContactResolved / resolved; null where nothing was resolved.' })
  firstContactResolutionRate!: number | null;
}

@ObjectType('TicketReport', { simpleResolvers: true })
export class TicketReportType {
  @Field(() => [ReportRowType])
  rows!: ReportRowType[];

  @Field(() => ReportRowType)
  totals!: ReportRowType;

  @Field(() => Int, { description: 'Tickets NEW, OPEN, ANSWERED or POSTPONED at the end of the period (or now, if earlier).' })
  backlogAtEnd!: number;
}

@ObjectType('AgentWorkload', { description: "One active agent's load: its tickets now, and its replies in the period." })
export class AgentWorkloadType {
  /** The agent's key; the resolver loads it. */
  agentId!: string;

  @Field(() => Int, { description: 'Tickets assigned to the agent now that are NEW, OPEN, ANSWERED or POSTPONED.' })
  openTickets!: number;

  @Field(() => Int, { description: 'Of those, the ANSWERED ones: waiting on the customer.' })
  waitingOnCustomer!: number;

  @Field(() => Int, { description: 'Agent replies the agent wrote in the period (on any ticket).' })
  replies!: number;
}
