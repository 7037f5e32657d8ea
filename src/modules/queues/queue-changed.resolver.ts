import { Arg, Ctx, ID, Int, Resolver, Root, Subscription } from 'type-graphql';
import { toGlobalId } from '../../common/global-id';
import type { AppContext } from '../context';
import type { Ticket } from '../tickets/ticket.entity';
import { QueueUpdateType } from './queue-update.type';
import type { QueueViewUpdate } from './queue-views';
import { queueChanges } from './queue.events';

@Resolver()
export class QueueChangedResolver {
  @Subscription(() => QueueUpdateType, {
    description:
      "The caller's view of a queue (one department, or all it may see when departmentId is null).\nThe first message is a snapshot; later ones come only when the order or membership of the\nfirst N tickets changes.",
    subscribe: ({ args, context }) => queueChanges(context as AppContext, args),
  })
  async queueChanged(
    @Root() update: QueueViewUpdate,
    @Ctx() ctx: AppContext,
    @Arg('departmentId', () => ID, { nullable: true }) _departmentId?: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) _first?: number,
  ) {
    ctx.renew(update.viewer);
    const loaded = await ctx.loaders.ticketById.loadMany(update.ticketIds);
    // A ticket that left the caller's sight since the view was read is left out rather than failing the message.
    const tickets = loaded.filter((ticket): ticket is Ticket => ticket !== null && !(ticket instanceof Error));
    // The view of one department is that department's queue: each ticket's position is its place in the view.
    if (update.departmentKey !== null) update.ticketIds.forEach((ticketId, position) => ctx.loaders.queuePosition.prime(ticketId, position));
    return {
      departmentId: update.departmentKey === null ? null : toGlobalId('Department', update.departmentKey),
      tickets,
      moves: update.moves.map((move) => ({ ...move, ticketId: toGlobalId('Ticket', move.ticketId) })),
      totalCount: update.totalCount,
    };
  }
}
