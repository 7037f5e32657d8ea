/** What one graphql-ws socket runs, for the per-socket and per-user caps. */
export class SocketOperations {
  private readonly admitted = new Set<string>();

  constructor(
    /** The user it speaks for; null for an anonymous socket, which only the per-socket cap limits. */
    readonly subject: string | null,
    /**
     * Whether graphql-ws still runs operation `id` (`id in ctx.subscriptions`). graphql-ws does
     * not call onComplete on every path out of an operation, so this keeps the count honest.
     */
    private readonly isRunning: (id: string) => boolean,
  ) {}

  get count(): number {
    for (const id of this.admitted) if (!this.isRunning(id)) this.admitted.delete(id);
    return this.admitted.size;
  }

  admit(id: string): void {
    this.admitted.add(id);
  }

  release(id: string): void {
    this.admitted.delete(id);
  }
}

export interface OperationCapLimits {
  perSocket: number;
  perUser: number;
}

/** Counts the operations running on this process's sockets, per socket and per user. */
export class OperationCaps {
  private readonly socketsOfUser = new Map<string, Set<SocketOperations>>();

  constructor(private readonly limits: OperationCapLimits) {}

  open(subject: string | null, isRunning: (id: string) => boolean): SocketOperations {
    const socket = new SocketOperations(subject, isRunning);
    if (subject !== null) {
      const sockets = this.socketsOfUser.get(subject) ?? new Set();
      sockets.add(socket);
      this.socketsOfUser.set(subject, sockets);
    }
    return socket;
  }

  close(socket: SocketOperations): void {
    if (socket.subject === null) return;
    const sockets = this.socketsOfUser.get(socket.subject);
    sockets?.delete(socket);
    if (sockets?.size === 0) this.socketsOfUser.delete(socket.subject);
  }

  /**
   * Admits operation `id` on `socket`, or says why not. Synchronous on purpose: graphql-ws
   * reserves the id and calls onSubscribe in the same tick, so no two admissions interleave.
   */
  admit(socket: SocketOperations, id: string): { admitted: true } | { admitted: false; reason: string } {
    if (socket.count >= this.limits.perSocket) {
      return { admitted: false, reason: `At most ${this.limits.perSocket} subscriptions may run at once on one connection` };
    }
    if (socket.subject !== null) {
      let running = 0;
      for (const other of this.socketsOfUser.get(socket.subject) ?? []) running += other.count;
      if (running >= this.limits.perUser) {
        return { admitted: false, reason: `At most ${this.limits.perUser} subscriptions may run at once for one user, across all connections` };
      }
    }
    socket.admit(id);
    return { admitted: true };
  }

  /** Users with at least one open socket (for tests and metrics). */
  get users(): number {
    return this.socketsOfUser.size;
  }
}

/** setTimeout fires at once for delays over 2^31 - 1 ms (about 24.8 days). */
const MAX_TIMER_DELAY = 2 ** 31 - 1;

/**
 * Calls `expire` at `expiresAt` (at once if it has passed); returns the cancel function.
 * Waits longer than setTimeout allows are taken in steps.
 */
export function onExpiry(expiresAt: Date, expire: () => void, now: () => number = Date.now): () => void {
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    const remaining = expiresAt.getTime() - now();
    if (remaining <= 0) {
      timer = undefined;
      expire();
      return;
    }
    timer = setTimeout(arm, Math.min(remaining, MAX_TIMER_DELAY));
    // An expiry timer alone must not keep the process alive.
    timer.unref();
  };
  arm();
  return () => clearTimeout(timer);
}
