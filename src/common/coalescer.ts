export interface CoalescingWindow {
  /** The work runs once no further request came for this long, in ms. */
  quietMs: number;
  /** ...but never later than this after the first request it answers, in ms, however long the burst. */
  maxWaitMs: number;
}

/**
 * Runs `work` once for a burst of requests: after `quietMs` without a new one, or `maxWaitMs`
 * after the first, whichever comes first. A request while the work runs schedules one more run
 * after it, never two at a time.
 */
export class Coalescer {
  private timer: NodeJS.Timeout | undefined;
  private firstRequestAt: number | undefined;
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
    if (this.running) {
      this.requestedWhileRunning = true;
      return;
    }
    const now = this.now();
    this.firstRequestAt ??= now;
    clearTimeout(this.timer);
    const delay = Math.max(0, Math.min(this.window.quietMs, this.firstRequestAt + this.window.maxWaitMs - now));
    this.timer = setTimeout(() => void this.run(), delay);
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
  }

  private async run(): Promise<void> {
    this.timer = undefined;
    this.firstRequestAt = undefined;
    this.running = true;
    try {
      await this.work();
    } finally {
      this.running = false;
      if (this.requestedWhileRunning) {
        this.requestedWhileRunning = false;
        this.request();
      }
    }
  }
}
