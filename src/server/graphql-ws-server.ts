import type { IncomingMessage } from 'node:http';
import { CloseCode, handleProtocols, makeServer, type Disposable, type ServerOptions } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../common/logger';

/** What graphql-ws hands the server's hooks about a socket (the same as graphql-ws/use/ws's Extra). */
export interface SocketExtra {
  readonly socket: WebSocket;
  readonly request: IncomingMessage;
}

export interface GraphqlWsSettings {
  /** A ping every this many ms; a socket that has not answered the previous ping by then is terminated. 0 = none. */
  keepAliveMs: number;
  logger: Logger;
  /** The JSON of a payload already serialised once for many subscribers, or undefined to serialise it here. */
  sharedJsonOf(payload: unknown): string | undefined;
}

/** graphql-ws writes messages as {"id","type","payload"}: a shared payload is swapped in for this marker at the end. */
const SHARED_PAYLOAD_MARKER = '\u0000shared-payload\u0000';
const MARKED_ENDING = `"payload":${JSON.stringify(SHARED_PAYLOAD_MARKER)}}`;

/**
 * graphql-ws on a `ws` server: what graphql-ws/use/ws does, plus what it cannot be told to do.
 * A payload that many subscribers receive is serialised once and spliced into each message;
 * socket errors (an oversized frame, a reset) go to the logger instead of stderr; a keep-alive
 * ping detects peers that vanished without closing.
 */
export function serveGraphqlWs<P extends Record<string, unknown>>(
  wsServer: WebSocketServer,
  options: ServerOptions<P, SocketExtra>,
  settings: GraphqlWsSettings,
): Disposable {
  let sharedJson: string | undefined;
  const server = makeServer<P, SocketExtra>({
    ...options,
    // Called while graphql-ws stringifies a message, immediately before it is sent.
    jsonMessageReplacer: (key, value: unknown) => {
      if (key !== 'payload') return value;
      sharedJson = settings.sharedJsonOf(value);
      return sharedJson === undefined ? value : SHARED_PAYLOAD_MARKER;
    },
  });
  const withSharedPayload = (data: string): string => {
    const json = sharedJson;
    sharedJson = undefined;
    if (json === undefined || !data.endsWith(MARKED_ENDING)) return data;
    return `${data.slice(0, -MARKED_ENDING.length)}"payload":${json}}`;
  };

  wsServer.options.handleProtocols = handleProtocols;
  wsServer.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    socket.on('error', (error) => {
      settings.logger.debug({ err: error }, 'WebSocket error');
      if (socket.readyState === socket.OPEN) socket.close(CloseCode.InternalServerError, 'Internal server error');
    });
    const keepAlive = startKeepAlive(socket, settings.keepAliveMs);
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            const message = withSharedPayload(data);
            if (socket.readyState !== socket.OPEN) return resolve();
            socket.send(message, (error) => (error ? reject(error) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', async (data) => {
            try {
              await handle(String(data));
            } catch (error) {
              settings.logger.error({ err: error }, 'graphql-ws message handling failed');
              if (socket.readyState === socket.OPEN) socket.close(CloseCode.InternalServerError, 'Internal server error');
            }
          }),
      },
      { socket, request },
    );
    socket.once('close', (code, reason) => {
      keepAlive.stop();
      void closed(code, String(reason));
    });
  });

  return {
    dispose: async () => {
      for (const client of wsServer.clients) client.close(1001, 'Going away');
      wsServer.removeAllListeners();
      await new Promise<void>((resolve, reject) => wsServer.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

function startKeepAlive(socket: WebSocket, intervalMs: number): { stop(): void } {
  if (intervalMs <= 0 || !Number.isFinite(intervalMs)) return { stop: () => {} };
  let answered = true;
  socket.on('pong', () => (answered = true));
  const timer = setInterval(() => {
    if (!answered) {
      socket.terminate();
      return;
    }
    answered = false;
    socket.ping();
  }, intervalMs);
  return { stop: () => clearInterval(timer) };
}
