import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clock } from '../../../src/common/clock';
import { Scheduler, type ScheduledJob } from '../../../src/scheduler/scheduler';

const T0 = Date.parse('2030-01-01T00:00:00.000Z');
/** Date is faked along with the timers: the clock moves exactly as far as the test advances them. */
const clock: Clock = { now: () => new Date() };

/** setImmediate stays real: waiting for it lets every pending promise of a turn settle. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
const advance = async (ms: number) => {
  await vi.advanceTimersByTimeAsync(ms);
  await settle();
};

/** A job over items that are just due times in memory; `waiting` may be changed from outside, like another process would. */
function fakeJob(name: string, dueTimes: number[] = []) {
  const waiting = [...dueTimes];
  const job = {
    name,
    waiting,
    nextDueAt: vi.fn(async (): Promise<Date | null> => (waiting.length ? new Date(Math.min(...waiting)) : null)),
    runDue: vi.fn(async (now: Date): Promise<number> => {
      const due = waiting.filter((at) => at <= now.getTime());
      for (const at of due) waiting.splice(waiting.indexOf(at), 1);
      return due.length;
    }),
  } satisfies ScheduledJob & { waiting: number[] };
  return job;
}

/** A promise the test resolves when it chooses. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

let logger: pino.Logger;
let scheduler: Scheduler | undefined;
const newScheduler = (jobs: ScheduledJob[], options: { pollMs?: number; retryMs?: number } = {}) => {
  scheduler = new Scheduler({ clock, logger, ...options });
  for (const job of jobs) scheduler.register(job);
  return scheduler;
};

beforeEach(() => {
  vi.useFakeTimers({ now: T0, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  logger = pino({ level: 'silent' });
});
afterEach(async () => {
  await scheduler?.stop();
  scheduler = undefined;
  vi.useRealTimers();
});

describe('starting', () => {
  it('runs every job once, due or not, and reports how late the oldest overdue item was', async () => {
    const idle = fakeJob('idle');
    const overdue = fakeJob('overdue', [T0 - 60_000, T0 - 1_000]);
    const runs = await newScheduler([idle, overdue]).start();
    expect(runs).toEqual([
      { job: 'idle', at: new Date(T0), processed: 0, lagMs: null, failed: false },
      { job: 'overdue', at: new Date(T0), processed: 2, lagMs: 60_000, failed: false },
    ]);
    expect(idle.runDue).toHaveBeenCalledTimes(1);
    expect(overdue.waiting).toEqual([]);
    expect(scheduler!.lastRun('overdue')).toMatchObject({ processed: 2, lagMs: 60_000 });
  });

  it('refuses a second start and jobs registered after start', async () => {
    const s = newScheduler([fakeJob('one')]);
    await s.start();
    await expect(s.start()).rejects.toThrow(/started already/);
    expect(() => s.register(fakeJob('two'))).toThrow(/after start/);
  });
});

describe('planning', () => {
  it('sleeps until the earliest due time and then runs only the jobs that are due', async () => {
    const later = fakeJob('later', [T0 + 3_000]);
    const sooner = fakeJob('sooner', [T0 + 1_000]);
    const s = newScheduler([later, sooner], { pollMs: 10_000 });
    await s.start();
    expect(s.plannedWakeUp()).toEqual(new Date(T0 + 1_000));

    await advance(999);
    expect(sooner.runDue).toHaveBeenCalledTimes(1);
    await advance(1);
    expect(sooner.runDue).toHaveBeenCalledTimes(2);
    expect(sooner.runDue).toHaveBeenLastCalledWith(new Date(T0 + 1_000));
    expect(sooner.waiting).toEqual([]);
    expect(later.runDue).toHaveBeenCalledTimes(1);
    expect(s.plannedWakeUp()).toEqual(new Date(T0 + 3_000));

    await advance(2_000);
    expect(later.runDue).toHaveBeenCalledTimes(2);
    expect(later.waiting).toEqual([]);
    expect(s.plannedWakeUp()).toEqual(new Date(T0 + 3_000 + 10_000));
  });

  it('sleeps no longer than the poll interval, and then finds work another process created', async () => {
    const job = fakeJob('job', [T0 + 3_600_000]);
    const s = newScheduler([job], { pollMs: 5_000 });
    await s.start();
    expect(s.plannedWakeUp()).toEqual(new Date(T0 + 5_000));

    job.waiting.push(T0 + 1_000); // written by another process: nobody kicks this one
    await advance(4_999);
    expect(job.runDue).toHaveBeenCalledTimes(1);
    await advance(1);
    expect(job.runDue).toHaveBeenCalledTimes(2);
    expect(s.lastRun('job')).toMatchObject({ processed: 1, lagMs: 4_000 });
  });

  it('looks at the jobs without running them when nothing is due at the poll', async () => {
    const job = fakeJob('job', [T0 + 3_600_000]);
    const s = newScheduler([job], { pollMs: 5_000 });
    await s.start();
    await advance(5_000);
    expect(job.nextDueAt).toHaveBeenCalledTimes(3); // before and after the catch-up, then at the poll
    expect(job.runDue).toHaveBeenCalledTimes(1);
    expect(s.plannedWakeUp()).toEqual(new Date(T0 + 10_000));
  });

  it('does not spin on items that stay due after a run because another process holds them', async () => {
    const held = { name: 'held', nextDueAt: vi.fn(async () => new Date(T0 - 1_000)), runDue: vi.fn(async () => 0) };
    const s = newScheduler([held], { pollMs: 5_000, retryMs: 500 });
    await s.start();
    expect(s.plannedWakeUp()).toEqual(new Date(T0 + 500));
    await advance(5_000);
    expect(held.runDue).toHaveBeenCalledTimes(11);
  });
});

describe('kick', () => {
  it('plans again at once for an item due sooner than the planned wake-up', async () => {
    const job = fakeJob('job');
    const s = newScheduler([job], { pollMs: 60_000 });
    await s.start();
    expect(s.plannedWakeUp()).toEqual(new Date(T0 + 60_000));

    job.waiting.push(T0 + 2_000);
    s.kick(new Date(T0 + 2_000));
    await settle();
    expect(s.plannedWakeUp()).toEqual(new Date(T0 + 2_000));
    await advance(2_000);
    expect(job.waiting).toEqual([]);
    expect(s.lastRun('job')).toMatchObject({ at: new Date(T0 + 2_000), processed: 1, lagMs: 0 });
  });

  it('changes nothing for an item due after the planned wake-up', async () => {
    const job = fakeJob('job', [T0 + 1_000]);
    const s = newScheduler([job], { pollMs: 60_000 });
    await s.start();
    const looks = job.nextDueAt.mock.calls.length;
    job.waiting.push(T0 + 3_000);
    s.kick(new Date(T0 + 3_000));
    await settle();
    expect(job.nextDueAt).toHaveBeenCalledTimes(looks);
    expect(s.plannedWakeUp()).toEqual(new Date(T0 + 1_000));
  });

  it('looks again right after the turn in flight when the kick came during it', async () => {
    const job = fakeJob('job');
    const lookedAfterRun = gate();
    const released = gate();
    const look = job.nextDueAt.getMockImplementation()!;
    job.nextDueAt
      .mockImplementationOnce(look)
      // The catch-up's look after its run: taken before the kick's item exists, answered later.
      .mockImplementationOnce(async () => {
        const answer = await look();
        lookedAfterRun.open();
        await released.opened;
        return answer;
      });
    const s = newScheduler([job], { pollMs: 60_000 });
    const started = s.start();
    await lookedAfterRun.opened;

    job.waiting.push(T0);
    s.kick(new Date(T0));
    released.open();
    await started;
    await settle();
    expect(job.runDue).toHaveBeenCalledTimes(2);
    expect(job.waiting).toEqual([]);
  });

  it('does nothing before start and after stop', async () => {
    const job = fakeJob('job', [T0]);
    const s = newScheduler([job]);
    s.kick();
    await settle();
    expect(job.nextDueAt).not.toHaveBeenCalled();
    await s.start();
    await s.stop();
    const looks = job.nextDueAt.mock.calls.length;
    s.kick();
    await settle();
    expect(job.nextDueAt).toHaveBeenCalledTimes(looks);
  });
});

describe('failures', () => {
  it('logs a failing job, goes on with the others, and runs it again on a later turn', async () => {
    const errors = vi.spyOn(logger, 'error');
    const flaky = fakeJob('flaky', [T0 - 1_000]);
    const run = flaky.runDue.getMockImplementation()!;
    flaky.runDue.mockRejectedValueOnce(new Error('connection reset')).mockImplementation(run);
    const steady = fakeJob('steady', [T0 - 1_000, T0 + 7_000]);
    const s = newScheduler([flaky, steady], { pollMs: 5_000 });

    const runs = await s.start();
    expect(runs.map(({ job, processed, failed }) => ({ job, processed, failed }))).toEqual([
      { job: 'flaky', processed: 0, failed: true },
      { job: 'steady', processed: 1, failed: false },
    ]);
    expect(errors).toHaveBeenCalledWith(expect.objectContaining({ job: 'flaky', err: expect.objectContaining({ message: 'connection reset' }) }), expect.any(String));
    expect(s.plannedWakeUp()).toEqual(new Date(T0 + 5_000));

    await advance(5_000);
    expect(s.lastRun('flaky')).toMatchObject({ processed: 1, failed: false, lagMs: 6_000 });
    await advance(2_000);
    expect(s.lastRun('steady')).toMatchObject({ at: new Date(T0 + 7_000), processed: 1 });
  });

  it('keeps the loop going when a job cannot even tell when it is due', async () => {
    const job = fakeJob('job', [T0 + 6_000]);
    const look = job.nextDueAt.getMockImplementation()!;
    job.nextDueAt.mockRejectedValueOnce(new Error('database down')).mockImplementation(look);
    const s = newScheduler([job], { pollMs: 5_000 });
    expect(await s.start()).toEqual([{ job: 'job', at: new Date(T0), processed: 0, lagMs: null, failed: true }]);
    await advance(6_000);
    expect(job.waiting).toEqual([]);
  });
});

describe('stop', () => {
  it('waits for the run in flight, then leaves no timer and runs nothing more', async () => {
    const job = fakeJob('job', [T0 + 1_000]);
    const running = gate();
    const finish = gate();
    const run = job.runDue.getMockImplementation()!;
    job.runDue.mockImplementation(async (now: Date) => {
      running.open();
      await finish.opened;
      return run(now);
    });
    const s = newScheduler([job]);
    const started = s.start();
    await running.opened;

    let stopped = false;
    const stopping = s.stop().then(() => (stopped = true));
    await settle();
    expect(stopped).toBe(false);
    finish.open();
    await stopping;
    await started;
    expect(vi.getTimerCount()).toBe(0);
    expect(s.plannedWakeUp()).toBeNull();
    await advance(60_000);
    expect(job.runDue).toHaveBeenCalledTimes(1);
    expect(await s.runDueNow()).toEqual([]);
  });
});

describe('runDueNow', () => {
  it('runs what is due by the clock now, for tests that move a controllable clock', async () => {
    const job = fakeJob('job', [T0 + 3_600_000]);
    const s = newScheduler([job], { pollMs: 5_000 });
    await s.start();
    expect(await s.runDueNow()).toEqual([]);
    vi.setSystemTime(T0 + 3_600_000);
    expect(await s.runDueNow()).toEqual([{ job: 'job', at: new Date(T0 + 3_600_000), processed: 1, lagMs: 0, failed: false }]);
    expect(s.plannedWakeUp()).toEqual(new Date(T0 + 3_600_000 + 5_000));
  });
});
