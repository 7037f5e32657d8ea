import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Coalescer } from '../../../src/common/coalescer';

describe('Coalescer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const start = () => {
    const runs: number[] = [];
    const coalescer = new Coalescer({ quietMs: 10, burstMs: 250, burstSize: 5 }, async () => void runs.push(Date.now()), () => Date.now());
    return { runs, coalescer, startedAt: Date.now() };
  };

  it('runs once, quietMs after a lone request', async () => {
    const { runs, coalescer, startedAt } = start();
    coalescer.request();
    await vi.advanceTimersByTimeAsync(9);
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toEqual([startedAt + 10]);
  });

  it('answers each of a steady 10 requests per second quietMs after it: a trickle is no burst', async () => {
    const { runs, coalescer, startedAt } = start();
    for (let i = 0; i < 10; i += 1) {
      coalescer.request();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(runs).toEqual(Array.from({ length: 10 }, (_, i) => startedAt + i * 100 + 10));
  });

  it('answers a burst of 200 requests 5 ms apart with one run per burstMs', async () => {
    const { runs, coalescer } = start();
    for (let i = 0; i < 200; i += 1) {
      coalescer.request();
      await vi.advanceTimersByTimeAsync(5);
    }
    await vi.advanceTimersByTimeAsync(300);
    // 1 s of requests: the first few alone, then one run per 250 ms, and the one after the burst.
    expect(runs.length).toBeGreaterThanOrEqual(4);
    expect(runs.length).toBeLessThanOrEqual(7);
    const gaps = runs.slice(2).map((at, index) => at - (runs[index + 1] as number));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(250);
  });

  it('never runs twice at a time, and runs again for a request made while it ran', async () => {
    let active = 0;
    let most = 0;
    let runs = 0;
    const coalescer = new Coalescer({ quietMs: 10, burstMs: 50, burstSize: 5 }, async () => {
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
