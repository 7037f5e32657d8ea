import { describe, expect, it } from 'vitest';
import { LiveStream } from '../../../src/common/live-stream';

describe('LiveStream', () => {
  const collect = async (stream: LiveStream<number>, count: number) => {
    const values: number[] = [];
    for (let i = 0; i < count; i += 1) values.push((await stream.next()).value as number);
    return values;
  };

  it('yields items in order, skipping those that resolve to null', async () => {
    const stream = new LiveStream<number>(10, () => {});
    stream.push(1);
    stream.push(Promise.resolve(null));
    stream.push(Promise.resolve(2));
    stream.push(3);
    expect(await collect(stream, 3)).toEqual([1, 2, 3]);
  });

  it('hands the overflowing item to the policy instead of queueing it', () => {
    const overflowed: unknown[] = [];
    const stream = new LiveStream<number>(2, (_full, item) => overflowed.push(item));
    [1, 2, 3, 4].forEach((value) => stream.push(value));
    expect(stream.pending).toBe(2);
    expect(overflowed).toEqual([3, 4]);
  });

  it('ends a consumer waiting for the next item, running its cleanups once', async () => {
    const stream = new LiveStream<number>(2, () => {});
    let cleanups = 0;
    stream.onEnd(() => (cleanups += 1));
    const waiting = stream.next();
    await stream.return();
    expect(await waiting).toEqual({ value: undefined, done: true });
    stream.end();
    expect(cleanups).toBe(1);
  });

  it('ends itself, releasing its listeners, when an item fails', async () => {
    const stream = new LiveStream<number>(2, () => {});
    let cleanups = 0;
    stream.onEnd(() => (cleanups += 1));
    stream.push(Promise.reject(new Error('the database is gone')));
    await expect(stream.next()).rejects.toThrow('the database is gone');
    expect(cleanups).toBe(1);
    expect(stream.isEnded).toBe(true);
  });

  it('replaces its backlog with one item', async () => {
    const stream = new LiveStream<number>(3, (full) => full.replaceBacklog(99));
    [1, 2, 3, 4].forEach((value) => stream.push(value));
    expect(await collect(stream, 1)).toEqual([99]);
    expect(stream.pending).toBe(0);
  });
});

describe('LiveStream, ended with decisions still queued', () => {
  it('never leaves a failing one as an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', listener);
    try {
      const stream = new LiveStream<number>(5, () => {});
      let fail: (error: Error) => void = () => {};
      stream.push(new Promise<number>((_resolve, reject) => (fail = reject)));
      stream.end();
      fail(new Error('the database closed while the server stopped'));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', listener);
    }
  });
});
