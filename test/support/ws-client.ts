import type { GraphQLFormattedError } from 'graphql';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';

/** How long a wait for something the server must deliver may last before it fails with a message saying what never came. */
const GUARD_MS = 15_000;

/** A graphql-ws client that keeps every raw frame the server sends it, and the code its socket was closed with. */
export interface RecordingClient {
  client: Client;
  /** Every frame received, as text, in order. */
  frames: string[];
  dispose(): Promise<void>;
}

/**
 * A client of its own, on a socket of its own, sending `token` as the bearer token of
 * connection_init (none when undefined). It never retries, so a refused connection stays refused.
 */
export function recordingClient(url: string, token: string | undefined, frames: string[] = []): RecordingClient {
  class RecordingWebSocket extends WebSocket {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      super(...args);
      this.on('message', (data: WebSocket.RawData) => frames.push(data.toString()));
    }
  }
  const client = createClient({
    url,
    webSocketImpl: RecordingWebSocket,
    connectionParams: token === undefined ? {} : { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: true,
  });
  return { client, frames, dispose: async () => client.dispose() };
}

const opened: RecordingClient[] = [];

/** A recording client whose frames go into `frames`, disposed of by {@link disposeClients}. */
export function connectRecording(url: string, token: string | undefined, frames: string[] = []): Client {
  const recording = recordingClient(url, token, frames);
  opened.push(recording);
  return recording.client;
}

export async function disposeClients(): Promise<void> {
  await Promise.all(opened.splice(0).map((recording) => recording.dispose()));
}

/** Subscribes and resolves with every result until `until` is true of one; rejects on an error result, an error or a close. */
export function collectUntil<T>(client: Client, query: string, until: (data: T) => boolean, variables: Record<string, unknown> = {}): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const received: T[] = [];
    const stop = client.subscribe<T>(
      { query, variables },
      {
        next: (message) => {
          if (message.errors) return reject(new Error(JSON.stringify(message.errors)));
          received.push(message.data as T);
          if (until(message.data as T)) {
            stop();
            resolve(received);
          }
        },
        error: reject,
        complete: () => resolve(received),
      },
    );
  });
}

/** graphql-ws registers a subscription asynchronously after the client sends it: this gives the server time to. */
export const subscriptionSettles = () => new Promise((resolve) => setTimeout(resolve, 300));

/** How a subscription ended, when it did. */
export type SubscriptionEnd =
  | { kind: 'errors'; errors: ReadonlyArray<GraphQLFormattedError> }
  | { kind: 'closed'; code: number; reason: string }
  | { kind: 'failed'; error: unknown }
  | { kind: 'completed' };

/**
 * One subscription's messages as they arrive, with ways to wait for a condition on them rather
 * than for a length of time.
 */
export class LiveSubscription<T> {
  readonly received: T[] = [];
  end: SubscriptionEnd | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly unsubscribe: () => void;

  constructor(client: Client, query: string, variables: Record<string, unknown> = {}) {
    this.unsubscribe = client.subscribe<T>(
      { query, variables },
      {
        next: (result: FormattedExecutionResult<T>) => {
          if (result.errors?.length) this.finish({ kind: 'errors', errors: result.errors });
          else if (result.data) this.received.push(result.data);
          this.notify();
        },
        error: (error: unknown) => {
          const closed = closeEventOf(error);
          if (closed) this.finish({ kind: 'closed', ...closed });
          else if (Array.isArray(error)) this.finish({ kind: 'errors', errors: error as GraphQLFormattedError[] });
          else this.finish({ kind: 'failed', error });
        },
        complete: () => this.finish({ kind: 'completed' }),
      },
    );
  }

  /** Resolves once `condition` holds; fails if the subscription ends first, or after a guard saying `what` never came. */
  async until(condition: (received: readonly T[]) => boolean, what: string): Promise<void> {
    if (!(await this.wait(() => condition(this.received), { failOnEnd: true, ms: GUARD_MS }))) {
      throw new Error(`${what} did not arrive within ${GUARD_MS} ms; received ${JSON.stringify(this.received)}`);
    }
  }

  /** Resolves once the subscription has ended, however it ended. */
  async ended(what: string): Promise<SubscriptionEnd> {
    if (!(await this.wait(() => this.end !== undefined, { failOnEnd: false, ms: GUARD_MS }))) throw new Error(`${what} did not happen within ${GUARD_MS} ms`);
    return this.end as SubscriptionEnd;
  }

  /**
   * True once `condition` holds, false when `ms` pass first: for polling a server that registers
   * listeners asynchronously. Fails if the subscription ends first.
   */
  holdsWithin(condition: (received: readonly T[]) => boolean, ms: number): Promise<boolean> {
    return this.wait(() => condition(this.received), { failOnEnd: true, ms });
  }

  stop(): void {
    this.unsubscribe();
  }

  /** True as soon as `condition` holds, false after `ms`; rejects when the subscription ends first and `failOnEnd`. */
  private wait(condition: () => boolean, { failOnEnd, ms }: { failOnEnd: boolean; ms: number }): Promise<boolean> {
    return new Promise((resolve, reject) => {
      const settle = (outcome: () => void) => {
        clearTimeout(timer);
        this.listeners.delete(check);
        outcome();
      };
      const check = () => {
        if (condition()) settle(() => resolve(true));
        else if (failOnEnd && this.end) settle(() => reject(new Error(`the subscription ended: ${JSON.stringify(this.end)}`)));
      };
      const timer = setTimeout(() => settle(() => resolve(false)), ms);
      this.listeners.add(check);
      check();
    });
  }

  private finish(end: SubscriptionEnd): void {
    this.end ??= end;
    this.notify();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

function closeEventOf(error: unknown): { code: number; reason: string } | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error) || typeof error.code !== 'number') return undefined;
  return { code: error.code, reason: 'reason' in error && typeof error.reason === 'string' ? error.reason : '' };
}
