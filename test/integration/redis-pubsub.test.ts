import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PubSub } from '../../src/pubsub/pubsub';
import { createRedisPubSub } from '../../src/pubsub/redis-pubsub';
import { Topic, type AccessChangedMessage } from '../../src/pubsub/topics';

const redisUrl = process.env.REDIS_URL;

// Needs a Redis server: CI sets REDIS_URL to the machine's.
describe.skipIf(!redisUrl)('the Redis PubSub', () => {
  const prefix = `deskline-test-${randomBytes(4).toString('hex')}:`;
  let first: PubSub;
  let second: PubSub;
  beforeAll(async () => {
    first = await createRedisPubSub(redisUrl!, prefix, pino({ level: 'silent' }));
    second = await createRedisPubSub(redisUrl!, prefix, pino({ level: 'silent' }));
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  const receive = (pubsub: PubSub, count: number) =>
    new Promise<AccessChangedMessage[]>((resolve) => {
      const received: AccessChangedMessage[] = [];
      const stop = pubsub.subscribe(Topic.ACCESS_CHANGED, (message) => {
        received.push(message);
        if (received.length === count) {
          stop();
          resolve(received);
        }
      });
    });

  it('delivers a message published by one process to the listeners of both, in order', async () => {
    const onFirst = receive(first, 3);
    const onSecond = receive(second, 3);
    for (const subject of ['agent:1', 'agent:2', 'customer:3']) await first.publish(Topic.ACCESS_CHANGED, { subject });
    const expected = [{ subject: 'agent:1' }, { subject: 'agent:2' }, { subject: 'customer:3' }];
    expect(await onFirst).toEqual(expected);
    expect(await onSecond).toEqual(expected);
  });

  it('keeps one Redis subscription per process: listeners are counted and removed locally', async () => {
    const stops = Array.from({ length: 100 }, () => second.subscribe(Topic.TICKET_CHANGED, () => {}));
    expect(second.listenerCount()).toBe(100);
    stops.forEach((stop) => stop());
    expect(second.listenerCount()).toBe(0);
  });

  it('reaches nobody of another prefix', async () => {
    const other = await createRedisPubSub(redisUrl!, `${prefix}other:`, pino({ level: 'silent' }));
    let heard = 0;
    const stop = other.subscribe(Topic.ACCESS_CHANGED, () => (heard += 1));
    const onFirst = receive(first, 1);
    await first.publish(Topic.ACCESS_CHANGED, { subject: 'agent:9' });
    await onFirst;
    stop();
    await other.close();
    expect(heard).toBe(0);
  });
});
