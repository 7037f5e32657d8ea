import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

const clients: Client[] = [];

/**
 * A graphql-ws client that records every raw frame the server sends into `frames`, so a test can
 * assert that nothing protected travelled, not only that the parsed results look right.
 */
export function connectRecording(wsUrl: string, token: string | undefined, frames: string[] = []): Client {
  class RecordingWebSocket extends WebSocket {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      super(...args);
      this.on('message', (data: WebSocket.RawData) => frames.push(data.toString()));
    }
  }
  const client = createClient({
    url: wsUrl,
    webSocketImpl: RecordingWebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
  clients.push(client);
  return client;
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

export async function disposeClients(): Promise<void> {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
}
