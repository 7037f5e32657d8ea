import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { timestamp } from '../db/types';
import type { Topic } from './topics';

/**
 * A message waiting to be published, written in the same transaction as the change it
 * announces: a change that commits cannot lose its message, even if the process dies before
 * publishing, and a change rolled back never had one. Deleted once relayed.
 */
@Entity()
export class OutboxMessage {
  /** Relayed in this order. */
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  topic: Topic;

  @Property({ type: 'jsonb' })
  payload: object;

  @Property(timestamp())
  createdAt: Date;

  constructor(topic: Topic, payload: object, now: Date) {
    this.topic = topic;
    this.payload = payload;
    this.createdAt = now;
  }
}
