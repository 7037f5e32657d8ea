import { Field, ID, InputType, Int } from 'type-graphql';
import { Channel } from '../tickets/ticket.entity';
import { TicketPriority } from '../tickets/ticket-priority';
import { Weekday } from './business-hours';

@InputType('BusinessHoursIntervalInput')
export class BusinessHoursIntervalInput {
  @Field(() => Weekday)
  day!: Weekday;

  @Field()
  start!: string;

  @Field()
  end!: string;
}

@InputType('BusinessHoursInput')
export class BusinessHoursInput {
  @Field()
  timezone!: string;

  @Field(() => [BusinessHoursIntervalInput])
  intervals!: BusinessHoursIntervalInput[];

  @Field(() => [String], { nullable: true })
  holidays?: string[] | null;
}

@InputType('SlaTargetInput')
export class SlaTargetInput {
  @Field(() => TicketPriority)
  priority!: TicketPriority;

  @Field(() => Int, { nullable: true })
  firstResponseMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  nextResponseMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  resolutionMinutes?: number | null;
}

@InputType('SlaPolicyInput')
export class SlaPolicyInput {
  @Field()
  name!: string;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  rank?: number | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  active?: boolean | null;

  @Field(() => [ID], { nullable: true })
  departmentIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  contactGroupIds?: string[] | null;

  @Field(() => [Channel], { nullable: true })
  channels?: Channel[] | null;

  @Field(() => [SlaTargetInput])
  targets!: SlaTargetInput[];

  @Field(() => BusinessHoursInput, { nullable: true, description: 'Null = 24x7.' })
  businessHours?: BusinessHoursInput | null;
}

@InputType('UpdateSlaPolicyInput', { description: 'Replaces the whole policy.' })
export class UpdateSlaPolicyInput {
  @Field(() => ID)
  id!: string;

  @Field(() => SlaPolicyInput)
  policy!: SlaPolicyInput;
}
