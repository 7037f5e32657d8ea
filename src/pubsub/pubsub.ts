import { createPubSub } from '@graphql-yoga/subscription';
import { Topic, type TopicMessages } from './topics';

type Channels = { [T in Topic]: [TopicMessages[T]] };

/** In-process publish/subscribe for one server process. */
export function createInProcessPubSub() {
  return createPubSub<Channels>();
}

export type AppPubSub = ReturnType<typeof createInProcessPubSub>;
