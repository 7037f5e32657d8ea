/** What a LiveStream does when its consumer falls `capacity` items behind. */
export type OverflowPolicy<T> = (stream: LiveStream<T>, item: T | Promise<T | null>) => void;

/**
 * A queued decision that fails is the consumer's to hear of; one dropped unread (the stream
 * ended, e.g. the server is stopping) must not become an unhandled rejection that ends the process.
 */
function markHandled(item: unknown): void {
  if (item instanceof Promise) item.catch(() => {});
}

/**
 * One subscriber's pending events, in order, bounded. Items may be promises (a decision still
 * being made); a promise resolving to null is skipped. When the consumer (a socket that stopped
 * reading) falls `capacity` items behind, `onOverflow` decides instead of the queue growing:
 * end the stream, or replace the backlog with one fresh item. Ending runs the cleanups
 * (listeners removed) at once, even while the consumer waits for the next item.
 */
export class LiveStream<T> implements AsyncIterableIterator<T> {
  private items: Array<T | Promise<T | null>> = [];
  /** The consumer waiting for the next item: handed it directly, without a queue or an extra turn. */
  private waiting: ((result: IteratorResult<T> | Promise<IteratorResult<T>>) => void) | undefined;
  private ended = false;
  private readonly cleanups: Array<() => void> = [];

  constructor(
    private readonly capacity: number,
    private readonly onOverflow: OverflowPolicy<T>,
  ) {}

  push(item: T | Promise<T | null>): void {
    if (this.ended) return;
    markHandled(item);
    if (this.items.length >= this.capacity) {
      this.onOverflow(this, item);
      return;
    }
    this.items.push(item);
    this.handOver();
  }

  /** Drops whatever waits and queues `item` alone (a fresh snapshot instead of a backlog). */
  replaceBacklog(item: T | Promise<T | null>): void {
    if (this.ended) return;
    markHandled(item);
    this.items = [item];
    this.handOver();
  }

  get pending(): number {
    return this.items.length;
  }

  get isEnded(): boolean {
    return this.ended;
  }

  /** Runs `cleanup` when the stream ends (or at once if it has). */
  onEnd(cleanup: () => void): void {
    if (this.ended) cleanup();
    else this.cleanups.push(cleanup);
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.items = [];
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.handOver();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    if (this.items.length === 0) return new Promise((resolve) => (this.waiting = resolve));
    return Promise.resolve(this.take());
  }

  async return(): Promise<IteratorResult<T>> {
    this.end();
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private handOver(): void {
    const waiting = this.waiting;
    if (!waiting) return;
    this.waiting = undefined;
    waiting(this.ended ? { value: undefined, done: true } : this.take());
  }

  /** The next item as a result: at once when it is ready (most are), else once its promise settles; null ones are skipped. */
  private take(): IteratorResult<T> | Promise<IteratorResult<T>> {
    const item = this.items.shift() as T | Promise<T | null>;
    if (!(item instanceof Promise)) return { value: item, done: false };
    return item.then(
      (value) => (value === null || this.ended ? this.next() : { value, done: false }),
      (error: unknown) => {
        // graphql-ws ends the subscription on an error without calling return(): release the listeners here.
        this.end();
        throw error;
      },
    );
  }
}
