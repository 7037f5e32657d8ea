import type DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { requireAgentViewer, requireAuthenticatedViewer } from '../../auth/viewer';
import { encodeCursor, pageSize, toConnection } from '../../common/pagination';
import { NotForThisSubscriber } from '../../server/subscription-fanout';
import type { AppContext } from '../context';
import { AgentType } from '../agents/agent.type';
import { ContactType } from '../contacts/contact.type';
import { DepartmentType } from '../departments/department.type';
import { TicketSlaType, ticketSlaView } from '../slas/sla.type';
import type { MessageRecord } from './message-record';
import { MESSAGE_PREVIEW_LENGTH, messagePreview } from './message-preview';
import type { TicketEvent } from './ticket-event.entity';
import type { TicketRecord } from './ticket-record';
import { visibleTicketChanges, type VisibleTicketChange } from './ticket.events';
import type { PageArguments } from './ticket.loaders';
import {
  AssignTicketInput,
  CreateTicketInput,
  CustomerMessageInput,
  NoteInput,
  ReplyInput,
  SetTicketStatusInput,
  TicketFilter,
  TicketOrder,
  UpdateTicketInput,
} from './ticket.inputs';
import {
  MessageConnection,
  MessagePayload,
  MessageType,
  TicketChangeType,
  TicketConnection,
  TicketEventConnection,
  TicketEventType,
  TicketPayload,
  TicketType,
} from './ticket.type';

const sequenceCursor = (row: { id: string }) => encodeCursor([row.id]);

/** A page of a ticket's messages or events, oldest first; the cursor is the row's sequence id. */
async function pageInSequence<T extends { id: string }>(
  pages: (args: PageArguments) => DataLoader<string, T[]>,
  count: DataLoader<string, number>,
  ticketId: string,
  first: number | undefined,
  after: string | undefined,
) {
  const size = pageSize(first, 50);
  const rows = await pages({ limit: size + 1, after: after ?? null }).load(ticketId);
  return toConnection(rows, size, sequenceCursor, () => count.load(ticketId));
}

@Resolver(() => TicketType)
export class TicketResolver {
  @Query(() => TicketType, { nullable: true, description: 'A ticket the caller may not see is null, like one that does not exist.' })
  ticket(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.tickets.findById(ctx.viewer, id);
  }

  @Query(() => TicketType, { nullable: true })
  ticketByCode(@Arg('code') code: string, @Ctx() ctx: AppContext) {
    return ctx.services.tickets.findByCode(ctx.viewer, code);
  }

  @Query(() => TicketConnection)
  tickets(
    @Ctx() ctx: AppContext,
    @Arg('filter', () => TicketFilter, { nullable: true }) filter?: TicketFilter,
    @Arg('orderBy', () => TicketOrder, { nullable: true }) orderBy?: TicketOrder,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return ctx.services.tickets.list(ctx.viewer, filter, orderBy, first, after);
  }

  @Mutation(() => TicketPayload)
  async createTicket(@Arg('input') input: CreateTicketInput, @Ctx() ctx: AppContext) {
    return { ticket: await ctx.services.tickets.create(requireAgentViewer(ctx.viewer), input) };
  }

  @Mutation(() => TicketPayload)
  async updateTicket(@Arg('input') input: UpdateTicketInput, @Ctx() ctx: AppContext) {
    return { ticket: await ctx.services.tickets.update(requireAgentViewer(ctx.viewer), input) };
  }

  @Mutation(() => TicketPayload)
  async assignTicket(@Arg('input') input: AssignTicketInput, @Ctx() ctx: AppContext) {
    return { ticket: await ctx.services.tickets.assign(requireAgentViewer(ctx.viewer), input) };
  }

  @Mutation(() => TicketPayload)
  async setTicketStatus(@Arg('input') input: SetTicketStatusInput, @Ctx() ctx: AppContext) {
    return { ticket: await ctx.services.tickets.setStatus(requireAgentViewer(ctx.viewer), input) };
  }

  @Mutation(() => MessagePayload)
  replyToTicket(@Arg('input') input: ReplyInput, @Ctx() ctx: AppContext) {
    return ctx.services.tickets.reply(requireAgentViewer(ctx.viewer), input);
  }

  @Mutation(() => MessagePayload)
  addInternalNote(@Arg('input') input: NoteInput, @Ctx() ctx: AppContext) {
    return ctx.services.tickets.addNote(requireAgentViewer(ctx.viewer), input);
  }

  @Mutation(() => MessagePayload, { description: 'Customers too: on their own ticket; or an agent logging what a customer said (phone).' })
  addCustomerMessage(@Arg('input') input: CustomerMessageInput, @Ctx() ctx: AppContext) {
    return ctx.services.tickets.addCustomerMessage(requireAuthenticatedViewer(ctx.viewer), input);
  }

  @Subscription(() => TicketChangeType, {
    description: 'Every change to a ticket the caller may see, one message per TicketEvent, optionally narrowed to one ticket or department.',
    subscribe: ({ args, context }) => visibleTicketChanges(context as AppContext, args),
  })
  async ticketChanged(
    @Root() change: VisibleTicketChange,
    @Ctx() ctx: AppContext,
    @Arg('ticketId', () => ID, { nullable: true }) _ticketId?: string,
    @Arg('departmentId', () => ID, { nullable: true }) _departmentId?: string,
  ) {
    // Resolved with the subscriber's rights as the stream found them just now, on a fresh EntityManager.
    ctx.renew(change.viewer);
    const [ticket, event] = await Promise.all([ctx.loaders.ticketById.load(change.shared.ticketId), ctx.loaders.eventById.load(change.shared.eventId)]);
    // Moved out of sight since the message was sent: nothing to tell this subscriber.
    if (!ticket || !event) throw new NotForThisSubscriber();
    return { ticket, event };
  }

  @FieldResolver(() => TicketSlaType, { nullable: true })
  sla(@Root() ticket: TicketRecord) {
    return ticketSlaView(ticket);
  }

  @FieldResolver(() => DepartmentType, { nullable: true })
  department(@Root() ticket: TicketRecord, @Ctx() ctx: AppContext) {
    return ticket.department ? ctx.loaders.departmentById.load(ticket.department.id) : null;
  }

  @FieldResolver(() => AgentType, { nullable: true })
  assignee(@Root() ticket: TicketRecord, @Ctx() ctx: AppContext) {
    return ticket.assignee ? ctx.loaders.agentById.load(ticket.assignee.id) : null;
  }

  @FieldResolver(() => ContactType)
  contact(@Root() ticket: TicketRecord, @Ctx() ctx: AppContext) {
    return ctx.loaders.contactById.load(ticket.contact.id);
  }

  @FieldResolver(() => MessageType, {
    nullable: true,
    description: 'The newest message the caller may read (customers: never an internal note); what a queue line shows with Message.preview.',
  })
  async lastMessage(@Root() ticket: TicketRecord, @Ctx() ctx: AppContext) {
    return (await ctx.loaders.lastMessageOfTicket.load(ticket.id)) ?? null;
  }

  @FieldResolver(() => MessageConnection, { description: 'Messages oldest first; the first is the request itself (CUSTOMER).' })
  messages(
    @Root() ticket: TicketRecord,
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return pageInSequence(ctx.loaders.messagesOfTicket, ctx.loaders.messageCount, ticket.id, first, after);
  }

  @FieldResolver(() => TicketEventConnection, { nullable: true, description: 'The immutable audit trail, oldest first.' })
  events(
    @Root() ticket: TicketRecord,
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return pageInSequence(ctx.loaders.eventsOfTicket, ctx.loaders.eventCount, ticket.id, first, after);
  }
}

@Resolver(() => MessageType)
export class MessageResolver {
  @FieldResolver(() => String, {
    description: `The body's first ${MESSAGE_PREVIEW_LENGTH} characters on one line (runs of whitespace become one space), for lists.`,
  })
  preview(@Root() message: MessageRecord) {
    return messagePreview(message.body);
  }

  @FieldResolver(() => AgentType, { nullable: true })
  authorAgent(@Root() message: MessageRecord, @Ctx() ctx: AppContext) {
    return message.authorAgent ? ctx.loaders.agentById.load(message.authorAgent.id) : null;
  }

  @FieldResolver(() => ContactType, { nullable: true })
  authorContact(@Root() message: MessageRecord, @Ctx() ctx: AppContext) {
    return message.authorContact ? ctx.loaders.contactById.load(message.authorContact.id) : null;
  }
}

@Resolver(() => TicketEventType)
export class TicketEventResolver {
  @FieldResolver(() => AgentType, { nullable: true, description: 'The agent who caused it; null for the customer or the system.' })
  actor(@Root() event: TicketEvent, @Ctx() ctx: AppContext) {
    return event.actor ? ctx.loaders.agentById.load(event.actor.id) : null;
  }
}

