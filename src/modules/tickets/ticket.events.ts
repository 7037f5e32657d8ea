import { filter, pipe } from '@graphql-yoga/subscription';
import { keyOf } from '../../common/global-id';
import { unauthenticated } from '../../errors/app-error';
import { Topic, type TicketChangedMessage } from '../../pubsub/topics';
import type { AppContext } from '../context';

/** An id argument narrows the stream; one that is not an id of its type matches nothing. */
const narrowing = (globalId: string | null | undefined, type: string) => (globalId ? (keyOf(globalId, type) ?? null) : undefined);

/**
 * The ticketChanged stream of one subscriber: the changes it asked for, of tickets it may see
 * when each change arrives. Shield does not guard a subscription's subscribe step, so the
 * caller is checked here, before any listener exists.
 */
export function visibleTicketChanges(ctx: AppContext, args: { ticketId?: string | null; departmentId?: string | null }) {
  if (ctx.viewer.kind !== 'AGENT') throw unauthenticated();
  const ticketKey = narrowing(args.ticketId, 'Ticket');
  const departmentKey = narrowing(args.departmentId, 'Department');
  return pipe(
    ctx.pubsub.subscribe(Topic.TICKET_CHANGED),
    filter(async (message: TicketChangedMessage) => {
      if (ticketKey !== undefined && message.ticketId !== ticketKey) return false;
      if (departmentKey !== undefined && message.departmentId !== departmentKey) return false;
      // The previous event may still be resolving on ctx: check with loaders of our own.
      return (await ctx.freshLoaders().ticketById.load(message.ticketId)) !== undefined;
    }),
  );
}
