import type { Viewer } from '../../auth/viewer';
import { Coalescer, type CoalescingWindow } from '../../common/coalescer';
import { LiveStream } from '../../common/live-stream';
import type { Logger } from '../../common/logger';
import type { PubSub } from '../../pubsub/pubsub';
import { Topic, type TicketChangedMessage } from '../../pubsub/topics';
import type { SharedEvent } from '../../server/subscription-fanout';
import { audienceOf } from '../tickets/ticket.policy';
import { queueMoves, type QueueMove } from './queue-moves';
import type { QueueSnapshot } from './queue.service';

/** One queueChanged message, the same object for every subscriber of the view. */
export class QueueViewUpdate implements SharedEvent {
  constructor(
    readonly audience: string,
    /** Whose rights the view is computed with: any of its subscribers, who all share the audience. */
    readonly viewer: Viewer,
    readonly departmentKey: string | null,
    readonly ticketIds: readonly string[],
    /** Empty for a snapshot. */
    readonly moves: readonly QueueMove[],
    readonly totalCount: number,
  ) {}

  /** The message is its own key for the one execution its subscribers share. */
  get shared(): QueueViewUpdate {
    return this;
  }
}

/** Decides, for one subscriber, whether an update still goes to them (their token is re-checked per message). */
export type SubscriberGate = (update: QueueViewUpdate) => QueueViewUpdate | null | Promise<QueueViewUpdate | null>;

/** A subscriber of a view: its bounded queue, and its own check of each message. */
interface Subscriber {
  stream: LiveStream<QueueViewUpdate>;
  gate: SubscriberGate;
}

/** Reads the head of a caller's view of a queue (QueueService.snapshot on a fresh EntityManager). */
export type SnapshotReader = (viewer: Viewer, departmentKey: string | null, first: number) => Promise<QueueSnapshot>;

export interface QueueViewsOptions {
  /** How changes are gathered into one recomputation and one message. */
  window: CoalescingWindow;
  /** Messages waiting for one subscriber before its backlog is replaced by one fresh snapshot. */
  maxPendingEvents: number;
}

const update = (view: QueueView, state: QueueSnapshot, moves: readonly QueueMove[]) =>
  new QueueViewUpdate(view.audience, view.viewer, view.departmentKey, state.ticketIds, moves, state.totalCount);

/**
 * One queue (a department, or all) as one audience sees its first N tickets, shared by every
 * subscriber with those rights: a change costs one statement per view, whatever the number of
 * subscribers. It recomputes after relevant changes, gathered by the coalescing window, and
 * tells its subscribers only when the order or membership of the N changed.
 */
class QueueView {
  readonly subscribers = new Set<Subscriber>();
  private state: QueueSnapshot | undefined;
  private snapshotMessage: QueueViewUpdate | undefined;
  private readonly ready: Promise<void>;
  private readonly coalescer: Coalescer;
  private readonly stopListening: () => void;

  constructor(
    readonly audience: string,
    readonly viewer: Viewer,
    readonly departmentKey: string | null,
    readonly first: number,
    private readonly read: SnapshotReader,
    pubsub: PubSub,
    window: CoalescingWindow,
    private readonly logger: Logger,
  ) {
    this.coalescer = new Coalescer(window, () => this.recompute());
    this.stopListening = pubsub.subscribe(Topic.TICKET_CHANGED, (message) => {
      if (this.concerns(message)) this.coalescer.request();
    });
    this.ready = this.recompute();
  }

  /** The first message of a new subscriber, or of one whose backlog it replaces. */
  async snapshot(): Promise<QueueViewUpdate | null> {
    await this.ready;
    if (!this.state) return null;
    this.snapshotMessage ??= update(this, this.state, []);
    return this.snapshotMessage;
  }

  close(): void {
    this.stopListening();
    this.coalescer.close();
  }

  private concerns(message: TicketChangedMessage): boolean {
    return this.departmentKey === null || message.departmentId === this.departmentKey || message.formerDepartmentId === this.departmentKey;
  }

  private async recompute(): Promise<void> {
    try {
      const next = await this.read(this.viewer, this.departmentKey, this.first);
      const previous = this.state;
      this.state = next;
      if (!previous) return;
      const moves = queueMoves(previous.ticketIds, next.ticketIds);
      if (moves.length === 0 && previous.totalCount === next.totalCount) return;
      this.snapshotMessage = undefined;
      // A changed total alone is not worth a message: the next one, or a new subscriber's snapshot, carries it.
      if (moves.length === 0) return;
      const message = update(this, next, moves);
      for (const { stream, gate } of this.subscribers) {
        const passed = gate(message);
        if (passed !== null) stream.push(passed);
      }
    } catch (error) {
      this.logger.error({ err: error, departmentKey: this.departmentKey }, 'a queue view could not be recomputed');
    }
  }
}

/**
 * The live queue views of this process, created by their first subscriber and closed with their
 * last. Each view listens to TICKET_CHANGED once; subscribers only hold a bounded queue.
 */
export class QueueViews {
  private readonly views = new Map<string, QueueView>();

  constructor(
    private readonly pubsub: PubSub,
    private readonly read: SnapshotReader,
    private readonly options: QueueViewsOptions,
    private readonly logger: Logger,
  ) {}

  /** Views alive: back to zero when every subscriber left. */
  get size(): number {
    return this.views.size;
  }

  /**
   * A new subscriber's stream: the view's snapshot first, then its updates, each through
   * `gate`. A subscriber that falls `maxPendingEvents` behind has its backlog replaced by one
   * fresh snapshot. `rejoin` moves it to the view of its new rights, starting with a snapshot.
   */
  subscribe(viewer: Viewer, departmentKey: string | null, first: number, gate: SubscriberGate): { stream: LiveStream<QueueViewUpdate>; rejoin(current: Viewer): void } {
    let view: QueueView | undefined;
    const stream = new LiveStream<QueueViewUpdate>(this.options.maxPendingEvents, (full) => {
      if (view) full.replaceBacklog(view.snapshot());
    });
    const subscriber: Subscriber = { stream, gate };
    const join = (current: Viewer) => {
      if (view) this.leave(view, subscriber);
      view = this.viewFor(current, departmentKey, first);
      view.subscribers.add(subscriber);
      stream.replaceBacklog(view.snapshot());
    };
    join(viewer);
    stream.onEnd(() => view && this.leave(view, subscriber));
    return {
      stream,
      rejoin: (current) => {
        if (!stream.isEnded && (!view || audienceOf(current) !== view.audience)) join(current);
      },
    };
  }

  private viewFor(viewer: Viewer, departmentKey: string | null, first: number): QueueView {
    const audience = audienceOf(viewer);
    const key = `${audience}\n${departmentKey ?? '*'}\n${first}`;
    let view = this.views.get(key);
    if (!view) {
      view = new QueueView(audience, viewer, departmentKey, first, this.read, this.pubsub, this.options.window, this.logger);
      this.views.set(key, view);
    }
    return view;
  }

  private leave(view: QueueView, subscriber: Subscriber): void {
    view.subscribers.delete(subscriber);
    if (view.subscribers.size > 0) return;
    view.close();
    for (const [key, candidate] of this.views) if (candidate === view) this.views.delete(key);
  }
}
