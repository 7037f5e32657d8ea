/** What a LiveStream does when its consumer falls `capacity` items behind. */
export type OverflowPolicy<T> = (stream: LiveStream<T>, item: T | Promise<T | null>) => void;

/**
 * One subscriber's pending events, in order, bounded. Items may be promises (a decision still
 * being made); a promise resolving to null is skipped. When the consumer (a socket that stopped
 * reading) falls `capacity` items behind, `onOverflow` decides instead of the queue growing:
 * end the stream, or replace the backlog with one fresh item. Ending runs the cleanups
 * (listeners removed) at once, even while the consumer waits for the next item.
 */
export class LiveStream<T> implements AsyncIterableIterator<T> {
  private items: Array<T | Promise<T | null>> = [];
  private wake: (() => void) | undefined;
  private ended = false;
  private readonly cleanups: Array<() => void> = [];

  constructor(
    private readonly capacity: number,
    private readonly onOverflow: OverflowPolicy<T>,
  ) {}

  push(item: T | Promise<T | null>): void {
    if (this.ended) return;
    if (this.items.length >= this.capacity) {
      this.onOverflow(this, item);
      return;
    }
    this.items.push(item);
    this.wake?.();
  }

  /** Drops whatever waits and queues `item` alone (a fresh snapshot instead of a backlog). */
  replaceBacklog(item: T | Promise<T | null>): void {
    if (this.ended) return;
    this.items = [item];
    this.wake?.();
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
    this.wake?.();
  }

  async next(): Promise<IteratorResult<T>> {
    for (;;) {
      if (this.ended) return { value: undefined, done: true };
      const item = this.items.shift();
      if (item === undefined) {
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = undefined;
        continue;
      }
      let value: T | null;
      try {
        value = await item;
      } catch (error) {
        // graphql-ws ends the subscription on an error without calling return(): release the listeners here.
        this.end();
        throw error;
      }
      if (value !== null && !this.ended) return { value, done: false };
    }
  }

  async return(): Promise<IteratorResult<T>> {
    this.end();
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
