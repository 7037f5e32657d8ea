import type { Clock } from '../common/clock';
import type { Logger } from '../common/logger';

/**
 * Work that falls due at points in time, e.g. postponed tickets to wake up. Several processes
 * on one database run the same jobs, so a job must claim its items (e.g. `for update skip
 * locked`): each item is processed by exactly one of them.
 */
export interface ScheduledJob {
  /** Names the job in logs and in {@link Scheduler.lastRun}. */
  name: string;
  /** When the earliest waiting item falls due (in the past when overdue), or null when none waits. */
  nextDueAt(): Promise<Date | null>;
  /** Processes every item due at `now` that no other process holds; returns how many it processed. */
  runDue(now: Date): Promise<number>;
}

/** What one job did in one turn of the scheduler. */
export interface JobRun {
  job: string;
  /** The `now` the job ran for. */
  at: Date;
  processed: number;
  /**
   * How late the oldest item was handled: `at` minus the earliest due time read just before the
   * run. Null when nothing was processed. Another process may have taken that item; then it is
   * an upper bound.
   */
  lagMs: number | null;
  /** The job threw; it is tried again on the next turn. */
  failed: boolean;
}

/** setTimeout and clearTimeout, so tests can drive the scheduler's sleep. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const globalTimers: Timers = {
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // A pending wake-up must not keep the process alive on its own.
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** setTimeout's own limit (about 24.8 days); longer delays fire at once. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

export interface SchedulerOptions {
  /** The time jobs run for and the scheduler plans with. */
  clock: Clock;
  logger: Logger;
  /** Longest sleep between two looks at the jobs: another process may have created due work. @default 5000 */
  pollMs?: number;
  /**
   * How soon to look again when a job still has due items right after it ran (another process
   * holds them), rather than at once, which would spin. A failed job waits `pollMs`.
   * @default min(1000, pollMs)
   */
  retryMs?: number;
  /** @default the global setTimeout and clearTimeout, unref'd */
  timers?: Timers;
}

type State = 'idle' | 'running' | 'stopped';

/**
 * Runs registered jobs when they fall due. `start()` runs every job once (catching up on work
 * that fell due while no process was running), then the scheduler sleeps until the earliest
 * due time, never longer than `pollMs`, runs the jobs that are due and plans again. One turn
 * runs at a time; a failing job is logged and tried again on a later turn.
 */
export class Scheduler {
  private readonly jobs: ScheduledJob[] = [];
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly pollMs: number;
  private readonly retryMs: number;
  private readonly timers: Timers;
  private readonly runs = new Map<string, JobRun>();
  private state: State = 'idle';
  private timer: unknown = undefined;
  private wakeAt: number | null = null;
  /** The turn running or queued last; turns chain, so at most one runs at a time. */
  private tail: Promise<JobRun[]> | null = null;
  /** A kick arrived during a turn, whose look at the jobs may have come too early to see it. */
  private kickedDuringTurn = false;

  constructor(options: SchedulerOptions) {
    this.clock = options.clock;
    this.logger = options.logger;
    this.pollMs = options.pollMs ?? 5000;
    this.retryMs = Math.min(options.retryMs ?? 1000, this.pollMs);
    this.timers = options.timers ?? globalTimers;
  }

  /** Adds a job; only before `start()`. */
  register(job: ScheduledJob): void {
    if (this.state !== 'idle') throw new Error(`Scheduler: cannot register "${job.name}" after start`);
    if (this.jobs.some((known) => known.name === job.name)) throw new Error(`Scheduler: a job named "${job.name}" is registered already`);
    this.jobs.push(job);
  }

  /** Runs every job once, whether due or not (the catch-up), resolves when that is done, then keeps running them as they fall due. */
  async start(): Promise<JobRun[]> {
    if (this.state !== 'idle') throw new Error('Scheduler: started already');
    this.state = 'running';
    return this.enqueue(true);
  }

  /**
   * Plans again at once: this process just created an item due at `dueAt` (or at an unknown
   * time). Does nothing when the planned wake-up comes no later than `dueAt`, and before
   * `start()` or after `stop()`.
   */
  kick(dueAt?: Date): void {
    if (this.state !== 'running') return;
    if (this.tail) {
      this.kickedDuringTurn = true;
      return;
    }
    if (dueAt && this.wakeAt !== null && this.wakeAt <= dueAt.getTime()) return;
    void this.enqueue(false);
  }

  /**
   * Runs the jobs due now (after any turn in flight) and plans again; resolves with what ran.
   * For tests with a controllable clock, and for anyone who must know the work is done.
   * Runs without starting the loop before `start()`; does nothing after `stop()`.
   */
  runDueNow(): Promise<JobRun[]> {
    if (this.state === 'stopped') return Promise.resolve([]);
    return this.enqueue(false);
  }

  /** Cancels the planned wake-up and waits for the turn in flight; no turn starts afterwards. */
  async stop(): Promise<void> {
    this.state = 'stopped';
    this.cancelTimer();
    while (this.tail) await this.tail.catch(() => undefined);
  }

  /** When the scheduler plans to look at its jobs next, by its clock; null when no wake-up is planned. */
  plannedWakeUp(): Date | null {
    return this.wakeAt === null ? null : new Date(this.wakeAt);
  }

  /** The last turn in which `job` ran (for metrics: lag, items processed, failure). */
  lastRun(job: string): JobRun | undefined {
    return this.runs.get(job);
  }

  /** The last run of every job that has run. */
  lastRuns(): IterableIterator<JobRun> {
    return this.runs.values();
  }

  private enqueue(catchUp: boolean): Promise<JobRun[]> {
    const turn = (this.tail ?? Promise.resolve([])).catch(() => []).then(() => this.turn(catchUp));
    this.tail = turn;
    const settled = () => {
      if (this.tail === turn) this.tail = null;
      this.afterTurn();
    };
    turn.then(settled, (error: unknown) => {
      this.logger.error({ err: error }, 'scheduler turn failed');
      settled();
    });
    return turn;
  }

  /** A job's failure is logged and retried on a later turn; the loop goes on. */
  private async turn(catchUp: boolean): Promise<JobRun[]> {
    if (this.state === 'stopped') return [];
    this.cancelTimer();
    this.kickedDuringTurn = false;
    const now = this.clock.now();
    let wakeAt = now.getTime() + this.pollMs;
    const runs: JobRun[] = [];
    for (const job of this.jobs) {
      // stop() may have come while the previous job ran.
      if ((this.state as State) === 'stopped') break;
      const { run, nextAt } = await this.runJob(job, now, catchUp);
      if (run) {
        runs.push(run);
        this.runs.set(job.name, run);
      }
      if (nextAt !== null) wakeAt = Math.min(wakeAt, nextAt);
    }
    // Only a running loop plans: not before start() (runDueNow alone), not after stop().
    if ((this.state as State) === 'running') this.wakeAt = wakeAt;
    return runs;
  }

  /** Arms the timer for the planned wake-up, or turns again at once after a kick during the turn. */
  private afterTurn(): void {
    if (this.state !== 'running' || this.tail) return;
    if (this.kickedDuringTurn) {
      void this.enqueue(false);
      return;
    }
    if (this.wakeAt === null) return;
    const delay = Math.min(Math.max(this.wakeAt - this.clock.now().getTime(), 0), MAX_TIMEOUT_MS);
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      void this.enqueue(false);
    }, delay);
  }

  /** Runs `job` if it is due (or `force`); returns the run and when to look at the job next (null: no need). */
  private async runJob(job: ScheduledJob, now: Date, force: boolean): Promise<{ run?: JobRun; nextAt: number | null }> {
    const time = now.getTime();
    let dueAt: Date | null;
    try {
      dueAt = await job.nextDueAt();
    } catch (error) {
      this.logger.error({ err: error, job: job.name }, 'scheduled job failed to tell when it is due; trying again later');
      return { run: { job: job.name, at: now, processed: 0, lagMs: null, failed: true }, nextAt: time + this.pollMs };
    }
    if (!force && (dueAt === null || dueAt.getTime() > time)) return { nextAt: dueAt?.getTime() ?? null };

    let run: JobRun;
    try {
      const processed = await job.runDue(now);
      run = { job: job.name, at: now, processed, lagMs: processed > 0 && dueAt ? Math.max(time - dueAt.getTime(), 0) : null, failed: false };
      if (processed > 0) this.logger.info({ job: job.name, processed, lagMs: run.lagMs }, 'scheduled job ran');
    } catch (error) {
      this.logger.error({ err: error, job: job.name }, 'scheduled job failed; trying again later');
      return { run: { job: job.name, at: now, processed: 0, lagMs: null, failed: true }, nextAt: time + this.pollMs };
    }

    try {
      const next = await job.nextDueAt();
      // Still due right after the run: another process holds those items. Look again soon, not at once.
      return { run, nextAt: next === null ? null : next.getTime() <= time ? time + this.retryMs : next.getTime() };
    } catch (error) {
      this.logger.error({ err: error, job: job.name }, 'scheduled job failed to tell when it is due; trying again later');
      return { run, nextAt: time + this.pollMs };
    }
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.wakeAt = null;
  }
}
