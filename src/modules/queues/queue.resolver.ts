import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../context';
import type { TicketRecord } from '../tickets/ticket-record';
import { TicketConnection, TicketType } from '../tickets/ticket.type';

@Resolver(() => TicketType)
export class QueueResolver {
  @Query(() => TicketConnection, {
    description:
      'NEW and OPEN tickets the caller may see, in queue order: earliest SLA nextDueAt first (none last), then priority CRITICAL to LOW, then waitingSince oldest first, then createdAt, then id.',
  })
  async queue(
    @Ctx() ctx: AppContext,
    @Arg('departmentId', () => ID, { nullable: true }) departmentId?: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const page = await ctx.services.queues.page(ctx.viewer, departmentId, first, after);
    // A page asking for queuePosition, contacts, assignees or last messages then costs no statement of its own.
    for (const [ticketId, position] of page.knownPositions) ctx.loaders.queuePosition.prime(ticketId, position);
    for (const contact of page.related.contacts) ctx.loaders.contactById.prime(contact.id, contact);
    for (const agent of page.related.assignees) ctx.loaders.agentById.prime(agent.id, agent);
    for (const [ticketId, message] of page.related.lastMessages) ctx.loaders.lastMessageOfTicket.prime(ticketId, message);
    return page;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "Position (0 = top) in the caller's view of its department's queue, for NEW and OPEN tickets with a department; null otherwise.",
  })
  queuePosition(@Root() ticket: TicketRecord, @Ctx() ctx: AppContext) {
    return ctx.loaders.queuePosition.load(ticket.id);
  }
}
