import { Field, ID, InputType, Int } from 'type-graphql';
import { Channel } from '../tickets/ticket.entity';
import { TicketPriority } from '../tickets/ticket-priority';

@InputType('RoutingRuleInput')
export class RoutingRuleInput {
  @Field()
  name!: string;

  @Field(() => Int, { nullable: true, defaultValue: 0, description: 'Lower first.' })
  position?: number | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  active?: boolean | null;

  @Field(() => [Channel], { nullable: true, description: 'Conditions: empty or absent = any.' })
  channels?: Channel[] | null;

  @Field(() => [ID], { nullable: true })
  contactGroupIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Whole words or phrases, any case, in the subject or the first message.' })
  keywords?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Actions: absent or null = left as it is.' })
  departmentId?: string | null;

  @Field(() => TicketPriority, { nullable: true })
  priority?: TicketPriority | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;
}

@InputType('UpdateRoutingRuleInput', { description: 'Replaces the whole rule.' })
export class UpdateRoutingRuleInput {
  @Field(() => ID)
  id!: string;

  @Field(() => RoutingRuleInput)
  rule!: RoutingRuleInput;
}
