import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TicketType } from '../tickets/ticket.type';

@ObjectType('QueueMove', { simpleResolvers: true })
export class QueueMoveType {
  @Field(() => ID)
  ticketId!: string;

  @Field(() => Int, { nullable: true, description: 'Old position; null when the ticket entered the view.' })
  from!: number | null;

  @Field(() => Int, { nullable: true, description: 'New position; null when the ticket left the view.' })
  to!: number | null;
}

@ObjectType('QueueUpdate', { simpleResolvers: true })
export class QueueUpdateType {
  @Field(() => ID, { nullable: true })
  departmentId!: string | null;

  @Field(() => [TicketType], { description: "The first N tickets of the caller's view of the queue, in order, after the change." })
  tickets!: TicketType[];

  @Field(() => [QueueMoveType], { description: 'What moved, entered or left within the view; empty for the first (snapshot) message.' })
  moves!: QueueMoveType[];

  @Field(() => Int)
  totalCount!: number;
}
