import { subjectOf, type Viewer } from '../../auth/viewer';
import type { PubSub } from '../../pubsub/pubsub';
import { Topic } from '../../pubsub/topics';

export interface ViewerCacheOptions {
  /** Longest an answer is kept without an ACCESS_CHANGED to drop it earlier; a safety net only. @default 60000 */
  ttlMs: number;
  /** Tokens remembered at most; the oldest go first. @default 10000 */
  maxEntries: number;
}

interface Entry {
  viewer: Promise<Viewer>;
  /** The answer once the lookup is done. */
  known?: Viewer;
  /** Known once the lookup is done. */
  subject: string | null;
  expiresAt: number;
}

/**
 * Who each token speaks for, for open subscriptions that re-check their caller on every event:
 * a thousand subscribers of one agent cost one lookup, not a thousand per event. An entry goes
 * when ACCESS_CHANGED names its subject (published, through the outbox, by every change of
 * rights, on every instance), when the token expires, or after `ttlMs`.
 */
export class ViewerCache {
  private readonly entries = new Map<string, Entry>();
  private readonly stopListening: () => void;

  constructor(
    private readonly lookUp: (token: string) => Promise<Viewer>,
    pubsub: PubSub,
    private readonly options: ViewerCacheOptions,
    private readonly now: () => number = Date.now,
  ) {
    this.stopListening = pubsub.subscribe(Topic.ACCESS_CHANGED, ({ subject }) => this.forget(subject));
  }

  get(token: string): Promise<Viewer> {
    const cached = this.entries.get(token);
    if (cached && cached.expiresAt > this.now()) return cached.viewer;
    this.entries.delete(token);
    if (this.entries.size >= this.options.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    const entry: Entry = { viewer: this.lookUp(token), subject: null, expiresAt: this.now() + this.options.ttlMs };
    this.entries.set(token, entry);
    entry.viewer.then(
      (viewer) => {
        entry.known = viewer;
        entry.subject = subjectOf(viewer);
        const tokenExpiry = 'expiresAt' in viewer ? viewer.expiresAt?.getTime() : undefined;
        if (tokenExpiry !== undefined) entry.expiresAt = Math.min(entry.expiresAt, tokenExpiry);
      },
      () => this.entries.delete(token),
    );
    return entry.viewer;
  }

  /** The answer for `token` if it is known and still good, without waiting; undefined when it must be looked up. */
  peek(token: string): Viewer | undefined {
    const cached = this.entries.get(token);
    return cached?.known && cached.expiresAt > this.now() ? cached.known : undefined;
  }

  /**
   * Drops the subject's entries, and every lookup still running: it may have read the rights
   * just before the change committed.
   */
  forget(subject: string): void {
    for (const [token, entry] of this.entries) {
      if (entry.subject === subject || entry.subject === null) this.entries.delete(token);
    }
  }

  close(): void {
    this.stopListening();
    this.entries.clear();
  }
}
