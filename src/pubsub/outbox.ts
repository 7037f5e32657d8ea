import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../common/logger';
import type { Orm } from '../db/orm';
import { OutboxMessage } from './outbox-message.entity';
import type { PubSub } from './pubsub';
import type { Topic, TopicMessages } from './topics';

/** How services announce a change: staged in its transaction, relayed after it commits. */
export interface Outbox {
  /** Inside the transaction: the message commits, or rolls back, with the change. */
  stage<T extends Topic>(em: EntityManager, topic: T, message: TopicMessages[T]): void;
  /** After the commit: relay now rather than at the next poll. */
  committed(): void;
}

export interface OutboxRelayOptions {
  /** How often every instance looks for messages another one committed but never relayed (it died). @default 1000 */
  pollIntervalMs: number;
  /** Messages taken per statement. @default 500 */
  batchSize: number;
}

interface RelayedRow {
  id: string;
  topic: Topic;
  /** Text: MikroORM leaves JSON to its entity types, so the driver does not parse it. */
  payload: string | TopicMessages[Topic];
}

/**
 * Moves committed messages from the outbox table to the PubSub. Each batch is deleted and
 * published in one transaction, its rows taken with SKIP LOCKED: instances relaying at the same
 * time take different rows, and a publish that fails rolls the delete back so the rows are
 * relayed again. Delivery is at least once; a message is lost only if Redis loses it.
 */
export class OutboxRelay implements Outbox {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private runAgain = false;
  private stopped = true;

  constructor(
    private readonly orm: Orm,
    private readonly pubsub: PubSub,
    private readonly logger: Logger,
    private readonly options: OutboxRelayOptions,
    private readonly now: () => Date,
  ) {}

  stage<T extends Topic>(em: EntityManager, topic: T, message: TopicMessages[T]): void {
    em.persist(new OutboxMessage(topic, message, this.now()));
  }

  committed(): void {
    this.kick();
  }

  /** Relays what earlier processes left behind, then polls. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.timer = setInterval(() => this.kick(), this.options.pollIntervalMs);
    this.timer.unref();
    this.kick();
  }

  /** Stops polling and relaying; waits for the batch in flight. Staged messages stay in the table for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Starts a relay run, or asks the one in flight to run once more: one at a time per process. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.runAgain = true;
      return;
    }
    this.running = this.relayUntilEmpty().finally(() => {
      this.running = undefined;
      if (this.runAgain) {
        this.runAgain = false;
        this.kick();
      }
    });
  }

  /** Resolves when nothing staged before the call is left to relay by this process (tests wait on it). */
  async drain(): Promise<void> {
    while (this.running) await this.running;
  }

  private async relayUntilEmpty(): Promise<void> {
    try {
      while (!this.stopped && (await this.relayBatch()) === this.options.batchSize);
    } catch (error) {
      this.logger.warn({ err: error }, 'outbox relay failed; retrying at the next poll');
    }
  }

  private async relayBatch(): Promise<number> {
    const em = this.orm.em.fork() as EntityManager;
    return em.transactional(async (trx) => {
      const rows = await trx.execute<RelayedRow[]>(
        `delete from "outbox_message" where "id" in (
           select "id" from "outbox_message" order by "id" limit ? for update skip locked
         ) returning "id", "topic", "payload"`,
        [this.options.batchSize],
      );
      rows.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
      for (const row of rows) await this.pubsub.publish(row.topic, typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload);
      return rows.length;
    });
  }
}
