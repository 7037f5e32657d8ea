import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ContactInput } from '../contacts/contact.inputs';
import { TicketPriority } from './ticket-priority';
import { OrderDirection, TicketOrderField, type TicketFilterValues } from './ticket-query';
import { TicketStatus } from './ticket-status';
import { Channel } from './ticket.entity';

registerEnumType(TicketOrderField, {
  name: 'TicketOrderField',
  valuesConfig: { QUEUE: { description: "The queue's order; direction is ignored." } },
});
registerEnumType(OrderDirection, { name: 'OrderDirection' });

@InputType('TicketFilter')
export class TicketFilter implements TicketFilterValues {
  @Field(() => [TicketStatus], { nullable: true })
  statuses?: TicketStatus[] | null;

  @Field(() => [TicketPriority], { nullable: true })
  priorities?: TicketPriority[] | null;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true })
  assigneeId?: string | null;

  @Field(() => Boolean, { nullable: true })
  unassigned?: boolean | null;

  @Field(() => ID, { nullable: true })
  contactId?: string | null;

  @Field(() => String, { nullable: true })
  tag?: string | null;

  @Field(() => Channel, { nullable: true })
  channel?: Channel | null;

  @Field(() => String, { nullable: true, description: 'Full-text search over subject and messages.' })
  search?: string | null;

  @Field(() => Date, { nullable: true })
  createdAfter?: Date | null;

  @Field(() => Date, { nullable: true })
  createdBefore?: Date | null;
}

@InputType('TicketOrder')
export class TicketOrder {
  @Field(() => TicketOrderField)
  field!: TicketOrderField;

  @Field(() => OrderDirection, { nullable: true, defaultValue: OrderDirection.DESC })
  direction?: OrderDirection | null;
}

@InputType('CreateTicketInput')
export class CreateTicketInput {
  @Field()
  subject!: string;

  @Field()
  body!: string;

  @Field(() => ContactInput)
  contact!: ContactInput;

  @Field(() => Channel, { nullable: true, defaultValue: Channel.API })
  channel?: Channel | null;

  @Field(() => TicketPriority, { nullable: true, defaultValue: TicketPriority.MEDIUM })
  priority?: TicketPriority | null;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true })
  assigneeId?: string | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;
}

@InputType('UpdateTicketInput')
export class UpdateTicketInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'When given and not the current version, nothing changes and CONFLICT is returned.' })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  subject?: string | null;

  @Field(() => TicketPriority, { nullable: true })
  priority?: TicketPriority | null;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;
}

@InputType('AssignTicketInput')
export class AssignTicketInput {
  @Field(() => ID)
  ticketId!: string;

  @Field(() => ID, { nullable: true, description: 'Null to unassign.' })
  agentId?: string | null;
}

@InputType('ReplyInput')
export class ReplyInput {
  @Field(() => ID)
  ticketId!: string;

  @Field(() => String, { nullable: true, description: 'Body, or a canned response rendered for this ticket; at least one of them.' })
  body?: string | null;

  @Field(() => ID, { nullable: true })
  cannedResponseId?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Resolve the ticket with this reply.' })
  resolve?: boolean | null;
}

@InputType('NoteInput')
export class NoteInput {
  @Field(() => ID)
  ticketId!: string;

  @Field()
  body!: string;
}

@InputType('CustomerMessageInput')
export class CustomerMessageInput {
  @Field(() => ID)
  ticketId!: string;

  @Field()
  body!: string;
}

@InputType('SetTicketStatusInput')
export class SetTicketStatusInput {
  @Field(() => ID)
  ticketId!: string;

  @Field(() => TicketStatus)
  status!: TicketStatus;

  @Field(() => Date, { nullable: true, description: 'Required for POSTPONED.' })
  postponedUntil?: Date | null;
}
