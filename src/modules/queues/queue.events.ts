import { requireKey } from '../../common/entity-lookup';
import { pageSize } from '../../common/pagination';
import { forbidden, unauthenticated } from '../../errors/app-error';
import type { Viewer } from '../../auth/viewer';
import type { AppContext } from '../context';
import { endSocket, watchOwnRights } from '../tickets/ticket.events';
import { audienceOf } from '../tickets/ticket.policy';
import type { QueueViewUpdate } from './queue-views';
import { DEFAULT_QUEUE_SIZE } from './queue.service';

/**
 * The queueChanged stream of one subscriber: a snapshot of its view of the queue, then an update
 * whenever the order or membership of its first N tickets changes. The view is shared with
 * every subscriber of the same rights; each message is checked against this subscriber's token
 * (through the viewer cache) before it goes out, and a subscriber whose rights changed is moved
 * to the view they now have.
 */
export function queueChanges(ctx: AppContext, args: { departmentId?: string | null; first?: number | null }): AsyncIterableIterator<QueueViewUpdate> {
  const subscriber = ctx.viewer;
  if (subscriber.kind === 'CUSTOMER') throw forbidden('Queues are for agents');
  if (subscriber.kind !== 'AGENT') throw unauthenticated();
  const departmentKey = args.departmentId ? requireKey(args.departmentId, 'Department', 'departmentId') : null;
  const first = pageSize(args.first, DEFAULT_QUEUE_SIZE);

  const admit = (viewer: Viewer, update: QueueViewUpdate): QueueViewUpdate | null => {
    if (viewer.kind === 'REJECTED') {
      endSocket(ctx, viewer);
      return null;
    }
    if (audienceOf(viewer) === update.audience) return update;
    subscription.rejoin(viewer);
    return null;
  };
  const subscription = ctx.queueViews.subscribe(subscriber, departmentKey, first, (update) => ctx.withCurrentViewer((viewer) => admit(viewer, update)));
  watchOwnRights(ctx, subscriber, subscription.stream, (viewer) => subscription.rejoin(viewer));
  return subscription.stream;
}
