import type { RejectedViewer, Viewer } from '../../auth/viewer';
import { subjectOf } from '../../auth/viewer';
import { LiveStream } from '../../common/live-stream';
import { keyOf } from '../../common/global-id';
import { unauthenticated } from '../../errors/app-error';
import { Topic, type TicketChangedMessage } from '../../pubsub/topics';
import type { SharedEvent } from '../../server/subscription-fanout';
import type { AppContext } from '../context';
import type { TicketEventKind } from './ticket-event.entity';
import { audienceOf, canSeeEvent, canSeeTicket, ticketVisibility } from './ticket.policy';

/** One ticketChanged message for one subscriber: the relayed message, and who the subscriber is now. */
export interface VisibleTicketChange extends SharedEvent {
  readonly shared: TicketChangedMessage;
  readonly viewer: Viewer;
}

/** graphql-ws close code for a subscriber whose pending events reached the cap: it stopped reading. */
const CLOSE_SLOW_CONSUMER = 1013;

/** An id argument narrows the stream; one that is not an id of its type matches nothing. */
const narrowing = (globalId: string | null | undefined, type: string) => (globalId ? (keyOf(globalId, type) ?? null) : undefined);

/** graphql-ws close codes: 4401 for an expired token, 4403 for a revoked or forged one. */
export function endSocket(ctx: AppContext, viewer: RejectedViewer): void {
  if (!ctx.origin.socket) throw unauthenticated(viewer.reason);
  ctx.origin.socket.close(viewer.expired ? 4401 : 4403, viewer.expired ? 'Unauthorized' : 'Forbidden');
}

/** Closes the socket of a subscriber that fell too far behind; its listeners go with the stream. */
function endSlowConsumer(ctx: AppContext, stream: Pick<LiveStream<unknown>, 'end'>): void {
  ctx.origin.socket?.close(CLOSE_SLOW_CONSUMER, 'Slow consumer');
  stream.end();
}

/**
 * Re-checks the subscriber whenever ACCESS_CHANGED names them, without waiting for an event:
 * a revoked token ends the socket at once.
 */
export function watchOwnRights(ctx: AppContext, subscriber: Viewer, stream: Pick<LiveStream<unknown>, 'onEnd'>, onChange: (viewer: Viewer) => void = () => {}): void {
  const subject = subjectOf(subscriber);
  stream.onEnd(
    ctx.pubsub.subscribe(Topic.ACCESS_CHANGED, (message) => {
      if (message.subject !== subject) return;
      ctx.currentViewer().then(
        (viewer) => (viewer.kind === 'REJECTED' ? endSocket(ctx, viewer) : onChange(viewer)),
        // The lookup failed (the database is away): the next event checks again.
        () => {},
      );
    }),
  );
}

/**
 * The ticketChanged stream of one subscriber. Shield does not guard a subscription's subscribe
 * step, so the caller is checked here before any listener exists; then, for every event, the
 * token is checked again (through the viewer cache, which ACCESS_CHANGED empties: an agent
 * deactivated, moved out of a department or demoted sees the next event with their new rights,
 * and a revoked token ends the socket), and the message's ticket must be visible and its event
 * of a kind the caller may hear of, all decided from the message without a query. What is
 * left is resolved once per audience (see SubscriptionFanout).
 */
export function visibleTicketChanges(ctx: AppContext, args: { ticketId?: string | null; departmentId?: string | null }): AsyncIterableIterator<VisibleTicketChange> {
  const subscriber = ctx.viewer;
  if (subscriber.kind !== 'AGENT' && subscriber.kind !== 'CUSTOMER') throw unauthenticated();
  const ticketKey = narrowing(args.ticketId, 'Ticket');
  const departmentKey = narrowing(args.departmentId, 'Department');
  const stream = new LiveStream<VisibleTicketChange>(ctx.live.maxPendingEvents, (full) => endSlowConsumer(ctx, full));

  const decide = (viewer: Viewer, message: TicketChangedMessage): VisibleTicketChange | null => {
    if (viewer.kind === 'REJECTED') {
      endSocket(ctx, viewer);
      return null;
    }
    const ticket = { id: message.ticketId, departmentId: message.departmentId, assigneeId: message.assigneeId };
    if (!canSeeTicket(ticketVisibility(viewer), ticket) || !canSeeEvent(viewer, { kind: message.eventKind as TicketEventKind })) return null;
    return { shared: message, audience: audienceOf(viewer), viewer };
  };

  stream.onEnd(
    ctx.pubsub.subscribe(Topic.TICKET_CHANGED, (message) => {
      if (ticketKey !== undefined && message.ticketId !== ticketKey) return;
      if (departmentKey !== undefined && message.departmentId !== departmentKey) return;
      const change = ctx.withCurrentViewer((viewer) => decide(viewer, message));
      if (change) stream.push(change);
    }),
  );
  watchOwnRights(ctx, subscriber, stream);
  return stream;
}
