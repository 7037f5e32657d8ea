export interface CoalescingWindow {
  /** A change on its own is answered once this many ms pass without another. */
  quietMs: number;
  /** During a burst, at most one run per this many ms; and a lone change's run waits no longer than this. */
  burstMs: number;
  /** Requests within `burstMs` that make a burst. */
  burstSize: number;
}

/**
 * Runs `work` once for many requests. A request on its own (fewer than `burstSize` within
 * `burstMs`) is answered after `quietMs` without another, so a steady trickle of changes is
 * answered at once; a burst is answered at most once per `burstMs`, however long it lasts. A
 * request while the work runs schedules one more run after it, never two at a time.
 */
export class Coalescer {
  private timer: NodeJS.Timeout | undefined;
  private firstRequestAt: number | undefined;
  private lastRunAt = Number.NEGATIVE_INFINITY;
  /** When the requests of the last `burstMs` came. */
  private readonly recent: number[] = [];
  private running = false;
  private requestedWhileRunning = false;
  private closed = false;

  constructor(
    private readonly window: CoalescingWindow,
    private readonly work: () => Promise<void>,
    private readonly now: () => number = Date.now,
  ) {}

  request(): void {
    if (this.closed) return;
    const now = this.now();
    this.recent.push(now);
    while ((this.recent[0] as number) <= now - this.window.burstMs) this.recent.shift();
    if (this.running) {
      this.requestedWhileRunning = true;
      return;
    }
    this.schedule(now);
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
  }

  private schedule(now: number): void {
    const { quietMs, burstMs, burstSize } = this.window;
    this.firstRequestAt ??= now;
    const burst = this.recent.length >= burstSize;
    // In a burst the planned run stands: moving it later with every request would starve the view.
    if (burst && this.timer) return;
    const due = burst ? Math.max(now + quietMs, this.lastRunAt + burstMs) : Math.min(now + quietMs, this.firstRequestAt + burstMs);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), Math.max(0, due - now));
  }

  private async run(): Promise<void> {
    this.timer = undefined;
    this.firstRequestAt = undefined;
    this.lastRunAt = this.now();
    this.running = true;
    try {
      await this.work();
    } finally {
      this.running = false;
      if (this.requestedWhileRunning && !this.closed) {
        this.requestedWhileRunning = false;
        this.schedule(this.now());
      }
    }
  }
}
