import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { Channel } from '../tickets/ticket.entity';
import { ReportGrouping } from './report-query';

registerEnumType(ReportGrouping, { name: 'ReportGrouping' });

@InputType('ReportInput')
export class ReportInput {
  @Field()
  from!: Date;

  @Field()
  to!: Date;

  @Field(() => ReportGrouping)
  groupBy!: ReportGrouping;

  @Field(() => String, { nullable: true, defaultValue: 'UTC', description: 'IANA zone for DAY, WEEK and MONTH buckets.' })
  timezone?: string | null;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true })
  agentId?: string | null;

  @Field(() => Channel, { nullable: true })
  channel?: Channel | null;
}

@InputType('AgentWorkloadInput')
export class AgentWorkloadInput {
  @Field({ description: 'Replies are counted from here (included)…' })
  from!: Date;

  @Field({ description: '…to here (excluded).' })
  to!: Date;
}
