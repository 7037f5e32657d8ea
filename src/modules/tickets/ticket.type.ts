import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../../graphql/connection';
import { NodeInterface } from '../../graphql/node.interface';
import { MessageKind } from './message.entity';
import { TicketEventKind } from './ticket-event.entity';
import { TicketPriority } from './ticket-priority';
import { TicketStatus } from './ticket-status';
import { Channel } from './ticket.entity';

registerEnumType(TicketStatus, {
  name: 'TicketStatus',
  valuesConfig: {
    NEW: { description: 'Arrived, no agent reply yet.' },
    OPEN: { description: 'The customer wrote last: waiting for an agent.' },
    ANSWERED: { description: 'An agent replied: waiting for the customer.' },
    POSTPONED: { description: 'An agent deferred it until postponedUntil.' },
    CLOSED: { description: 'Resolved and closed after the auto-close delay, or closed by hand. A customer message reopens it.' },
  },
});
registerEnumType(TicketPriority, { name: 'TicketPriority' });
registerEnumType(Channel, { name: 'Channel' });
registerEnumType(MessageKind, { name: 'MessageKind' });
registerEnumType(TicketEventKind, {
  name: 'TicketEventKind',
  valuesConfig: { ROUTED: { description: "A routing rule applied to the new ticket, right after CREATED, by no actor; to is the rule's name." } },
});

@ObjectType('Ticket', { implements: NodeInterface, simpleResolvers: true })
export class TicketType extends NodeInterface {
  @Field({ description: 'Unique human-friendly code of 11 characters, e.g. 7KM-2QX-9PT; customers quote it.' })
  code!: string;

  @Field()
  subject!: string;

  @Field(() => TicketStatus)
  status!: TicketStatus;

  @Field(() => TicketPriority)
  priority!: TicketPriority;

  @Field(() => Channel)
  channel!: Channel;

  @Field(() => [String])
  tags!: string[];

  @Field(() => Date, { nullable: true, description: "When the customer's current unanswered message arrived; null when nothing waits for an agent." })
  waitingSince!: Date | null;

  @Field(() => Date, { nullable: true })
  postponedUntil!: Date | null;

  @Field(() => Date, { nullable: true })
  firstRespondedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Int, { description: 'Optimistic-locking version; increases on every change, messages included.' })
  version!: number;
}

@ObjectType('Message', { implements: NodeInterface, simpleResolvers: true })
export class MessageType extends NodeInterface {
  @Field(() => MessageKind)
  kind!: MessageKind;

  @Field()
  body!: string;

  @Field()
  createdAt!: Date;
}

@ObjectType('TicketEvent', {
  implements: NodeInterface,
  simpleResolvers: true,
  description: 'One entry of a ticket\'s audit trail. Stored append-only: never updated or deleted.',
})
export class TicketEventType extends NodeInterface {
  @Field(() => TicketEventKind)
  kind!: TicketEventKind;

  @Field(() => String, { nullable: true, description: 'Previous value, as text, where the kind has one.' })
  from!: string | null;

  @Field(() => String, { nullable: true, description: 'New value, as text, where the kind has one.' })
  to!: string | null;

  @Field()
  createdAt!: Date;
}

export const TicketConnection = connectionType(TicketType, 'Ticket');
export const MessageConnection = connectionType(MessageType, 'Message');
export const TicketEventConnection = connectionType(TicketEventType, 'TicketEvent');

@ObjectType('TicketPayload', { simpleResolvers: true })
export class TicketPayload {
  @Field(() => TicketType)
  ticket!: TicketType;
}

@ObjectType('MessagePayload', { simpleResolvers: true })
export class MessagePayload {
  @Field(() => TicketType)
  ticket!: TicketType;

  @Field(() => MessageType)
  message!: MessageType;
}

@ObjectType('TicketChange', { simpleResolvers: true })
export class TicketChangeType {
  @Field(() => TicketEventType)
  event!: TicketEventType;

  @Field(() => TicketType)
  ticket!: TicketType;
}
