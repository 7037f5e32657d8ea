import { Redis } from 'ioredis';
import type { Logger } from '../common/logger';
import { LocalListeners, type PubSub } from './pubsub';
import { Topic } from './topics';

/**
 * Several server processes behave as one: every message goes through Redis, also to this
 * process's own listeners, so each instance sees the same messages in the same order. One
 * subscribing connection per process, whatever the number of subscribers.
 */
export async function createRedisPubSub(url: string, channelPrefix: string, logger: Logger): Promise<PubSub> {
  const listeners = new LocalListeners((error, topic) => logger.error({ err: error, topic }, 'a listener failed'));
  // A subscribing connection can do nothing else, hence two.
  const publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  const subscriber = new Redis(url, { lazyConnect: true });
  for (const connection of [publisher, subscriber]) connection.on('error', (error) => logger.warn({ err: error }, 'Redis connection error'));
  const topics = new Map(Object.values(Topic).map((topic) => [channelPrefix + topic, topic]));
  subscriber.on('message', (channel: string, text: string) => {
    const topic = topics.get(channel);
    if (!topic) return;
    try {
      listeners.deliver(topic, JSON.parse(text));
    } catch (error) {
      logger.error({ err: error, channel }, 'unreadable message on Redis');
    }
  });
  try {
    await Promise.all([publisher.connect(), subscriber.connect()]);
    await subscriber.subscribe(...topics.keys());
  } catch (error) {
    publisher.disconnect();
    subscriber.disconnect();
    throw error;
  }
  return {
    publish: async (topic, message) => {
      await publisher.publish(channelPrefix + topic, JSON.stringify(message));
    },
    subscribe: (topic, listener) => listeners.add(topic, listener),
    listenerCount: () => listeners.count(),
    close: async () => {
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
    },
  };
}
