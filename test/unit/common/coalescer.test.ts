import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Coalescer } from '../../../src/common/coalescer';

describe('Coalescer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const start = () => {
    const runs: number[] = [];
    const coalescer = new Coalescer({ quietMs: 20, maxWaitMs: 250 }, async () => void runs.push(Date.now()), () => Date.now());
    return { runs, coalescer, startedAt: Date.now() };
  };

  it('runs once, quietMs after a lone request', async () => {
    const { runs, coalescer, startedAt } = start();
    coalescer.request();
    await vi.advanceTimersByTimeAsync(19);
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toEqual([startedAt + 20]);
  });

  it('answers a burst of 200 requests 5 ms apart with one run per maxWaitMs', async () => {
    const { runs, coalescer } = start();
    for (let i = 0; i < 200; i += 1) {
      coalescer.request();
      await vi.advanceTimersByTimeAsync(5);
    }
    await vi.advanceTimersByTimeAsync(100);
    // 1 s of requests: at most every 250 ms, plus the one after the burst ends.
    expect(runs.length).toBeGreaterThanOrEqual(4);
    expect(runs.length).toBeLessThanOrEqual(5);
  });

  it('never runs twice at a time, and runs again for a request made while it ran', async () => {
    let active = 0;
    let most = 0;
    let runs = 0;
    const coalescer = new Coalescer({ quietMs: 10, maxWaitMs: 50 }, async () => {
      active += 1;
      most = Math.max(most, active);
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 100));
      active -= 1;
    });
    coalescer.request();
    await vi.advanceTimersByTimeAsync(20);
    coalescer.request();
    coalescer.request();
    await vi.advanceTimersByTimeAsync(500);
    expect(most).toBe(1);
    expect(runs).toBe(2);
  });

  it('does nothing once closed', async () => {
    const { runs, coalescer } = start();
    coalescer.request();
    coalescer.close();
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toEqual([]);
  });
});
