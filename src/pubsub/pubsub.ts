import type { Topic, TopicMessages } from './topics';

export type Listener<T extends Topic> = (message: TopicMessages[T]) => void;

/**
 * The boundary every event crosses: in-process for one server, Redis for several. Listeners are
 * plain callbacks so that one message reaches a thousand subscribers as one object, without an
 * async iterator per subscriber at this level.
 */
export interface PubSub {
  /** Resolves once the transport took the message (Redis acknowledged it); rejects if it did not. */
  publish<T extends Topic>(topic: T, message: TopicMessages[T]): Promise<void>;
  /** Returns the function that removes the listener again. */
  subscribe<T extends Topic>(topic: T, listener: Listener<T>): () => void;
  /** Listeners alive in this process, all topics together: back to zero when every subscriber left. */
  listenerCount(): number;
  close(): Promise<void>;
}

type AnyListener = (message: never) => void;

/** The listeners of this process, per topic; a listener that throws is reported and never stops the others. */
export class LocalListeners {
  private readonly byTopic = new Map<Topic, Set<AnyListener>>();
  /** What a delivery walks: a copy, so that listeners leaving or joining during one do not disturb it; made again only after a change. */
  private readonly snapshots = new Map<Topic, AnyListener[]>();

  constructor(private readonly onListenerError: (error: unknown, topic: Topic) => void) {}

  add<T extends Topic>(topic: T, listener: Listener<T>): () => void {
    let listeners = this.byTopic.get(topic);
    if (!listeners) this.byTopic.set(topic, (listeners = new Set()));
    const entry = listener as AnyListener;
    listeners.add(entry);
    this.snapshots.delete(topic);
    return () => {
      if (listeners.delete(entry)) this.snapshots.delete(topic);
    };
  }

  deliver<T extends Topic>(topic: T, message: TopicMessages[T]): void {
    let snapshot = this.snapshots.get(topic);
    if (!snapshot) this.snapshots.set(topic, (snapshot = [...(this.byTopic.get(topic) ?? [])]));
    for (const listener of snapshot) {
      try {
        (listener as Listener<T>)(message);
      } catch (error) {
        this.onListenerError(error, topic);
      }
    }
  }

  count(): number {
    let total = 0;
    for (const listeners of this.byTopic.values()) total += listeners.size;
    return total;
  }
}

/** One server process: a published message reaches this process's listeners only. */
export function createInProcessPubSub(onListenerError: (error: unknown, topic: Topic) => void = () => {}): PubSub {
  const listeners = new LocalListeners(onListenerError);
  return {
    publish: async (topic, message) => listeners.deliver(topic, message),
    subscribe: (topic, listener) => listeners.add(topic, listener),
    listenerCount: () => listeners.count(),
    close: async () => {},
  };
}
