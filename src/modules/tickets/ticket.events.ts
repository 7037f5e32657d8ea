import { filter, map, pipe, Repeater } from '@graphql-yoga/subscription';
import type { RejectedViewer, Viewer } from '../../auth/viewer';
import { keyOf } from '../../common/global-id';
import { unauthenticated } from '../../errors/app-error';
import { Topic, type AccessChangedMessage, type TicketChangedMessage } from '../../pubsub/topics';
import type { AppContext } from '../context';
import type { TicketEvent } from './ticket-event.entity';
import type { Ticket } from './ticket.entity';
import { canSeeEvent } from './ticket.policy';

/** One ticketChanged message, decided and loaded for the subscriber as they are when it arrives. */
export interface VisibleTicketChange {
  viewer: Viewer;
  ticket: Ticket;
  event: TicketEvent;
}

/** An id argument narrows the stream; one that is not an id of its type matches nothing. */
const narrowing = (globalId: string | null | undefined, type: string) => (globalId ? (keyOf(globalId, type) ?? null) : undefined);

/** graphql-ws close codes: 4401 for an expired token, 4403 for a revoked or forged one. */
function endSocket(ctx: AppContext, viewer: RejectedViewer): void {
  if (!ctx.origin.socket) throw unauthenticated(viewer.reason);
  ctx.origin.socket.close(viewer.expired ? 4401 : 4403, viewer.expired ? 'Unauthorized' : 'Forbidden');
}

/**
 * The ticketChanged stream of one subscriber. Shield does not guard a subscription's subscribe
 * step, so the caller is checked here before any listener exists; then, for every event, the
 * token is read again (an agent deactivated, moved out of a department or demoted sees the
 * next event with their new rights, and a revoked token ends the socket), the ticket must be
 * visible and the event of a kind the caller may hear of. A change to the subscriber's own
 * rights is checked at once, without waiting for a ticket event.
 */
export function visibleTicketChanges(ctx: AppContext, args: { ticketId?: string | null; departmentId?: string | null }): AsyncIterable<VisibleTicketChange> {
  const subscriber = ctx.viewer;
  if (subscriber.kind !== 'AGENT' && subscriber.kind !== 'CUSTOMER') throw unauthenticated();
  const ticketKey = narrowing(args.ticketId, 'Ticket');
  const departmentKey = narrowing(args.departmentId, 'Department');
  const agentId = subscriber.kind === 'AGENT' ? subscriber.agentId : null;

  const deliverable = async (message: TicketChangedMessage | AccessChangedMessage): Promise<VisibleTicketChange | null> => {
    if (!('eventId' in message)) {
      if (message.agentId !== agentId) return null;
      const viewer = await ctx.currentViewer();
      if (viewer.kind === 'REJECTED') endSocket(ctx, viewer);
      return null;
    }
    if (ticketKey !== undefined && message.ticketId !== ticketKey) return null;
    if (departmentKey !== undefined && message.departmentId !== departmentKey) return null;
    const viewer = await ctx.currentViewer();
    if (viewer.kind === 'REJECTED') {
      endSocket(ctx, viewer);
      return null;
    }
    // The previous event may still be resolving on ctx: load with loaders of our own.
    const loaders = ctx.freshLoaders(viewer);
    const [ticket, event] = await Promise.all([loaders.ticketById.load(message.ticketId), loaders.eventById.load(message.eventId)]);
    if (!ticket || !event || !canSeeEvent(viewer, event)) return null;
    return { viewer, ticket, event };
  };

  return pipe(
    Repeater.merge([ctx.pubsub.subscribe(Topic.TICKET_CHANGED), ctx.pubsub.subscribe(Topic.ACCESS_CHANGED)]),
    map(deliverable),
    filter((change): change is VisibleTicketChange => change !== null),
  );
}
