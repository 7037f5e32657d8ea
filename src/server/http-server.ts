import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { bearerToken } from '../auth/tokens';
import type { Logger } from '../common/logger';
import { toClientError } from '../errors/format-error';
import { graphiqlRouter } from './graphiql';

export const GRAPHQL_PATH = '/graphql';
/** Larger bodies are refused with 413 before they are parsed. */
export const MAX_BODY = '2mb';

export interface HttpServerOptions<C extends BaseContext> {
  schema: GraphQLSchema;
  port: number;
  host: string;
  logger: Logger;
  /** The context of one operation, for the bearer token it came with (over HTTP or graphql-ws). */
  createContext(token: string | undefined): Promise<C>;
  /** Whether the caller's token, if any, is acceptable at all: a WebSocket with a bad one is closed. */
  acceptsToken(token: string | undefined): Promise<boolean>;
  /** True when the database answers. */
  isHealthy(): Promise<boolean>;
}

export interface RunningHttpServer {
  url: string;
  port: number;
  /** Stops accepting, lets running operations finish, closes sockets. */
  stop(): Promise<void>;
}

function errorResponse(status: number, code: string, message: string) {
  return { status, body: { errors: [{ message, extensions: { code } }] } };
}

/** Express's own handler would print a stack trace outside production: this one never does. */
const jsonErrors =
  (logger: Logger): ErrorRequestHandler =>
  (error: { status?: number; type?: string }, _req, res, _next) => {
    const answer =
      error.type === 'entity.too.large'
        ? errorResponse(413, 'PAYLOAD_TOO_LARGE', `Request bodies are limited to ${MAX_BODY}`)
        : error.type === 'entity.parse.failed'
          ? errorResponse(400, 'BAD_REQUEST', 'The request body is not valid JSON')
          : error.status && error.status < 500
            ? errorResponse(error.status, 'BAD_REQUEST', 'Bad request')
            : errorResponse(500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    if (answer.status >= 500) logger.error({ err: error }, 'request failed');
    res.status(answer.status).json(answer.body);
  };

/** GraphQL over HTTP (POST and GET), GraphiQL for browsers and graphql-ws, all on one port and path. */
export async function startHttpServer<C extends BaseContext>(options: HttpServerOptions<C>): Promise<RunningHttpServer> {
  const { logger } = options;
  const reportInternal = (error: unknown) => logger.error({ err: error }, 'internal error in a GraphQL operation');
  const app = express();
  app.disable('x-powered-by');
  const httpServer: Server = createServer(app);

  const wsServer = new WebSocketServer({ server: httpServer, path: GRAPHQL_PATH, maxPayload: 2 * 1024 * 1024 });
  const wsHandle = useServer<{ authorization?: unknown }>(
    {
      schema: options.schema,
      onConnect: async (ctx) => options.acceptsToken(bearerToken(ctx.connectionParams?.authorization)),
      context: (ctx) => options.createContext(bearerToken(ctx.connectionParams?.authorization)),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((error) => toClientError(error, reportInternal)) } : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => toClientError(error, reportInternal)),
    },
    wsServer,
  );

  const apollo = new ApolloServer<C>({
    schema: options.schema,
    introspection: true,
    // main.ts owns shutdown: Apollo's own signal handler would race it and re-raise the signal.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: (_formatted, error) => toClientError(error, reportInternal),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      { serverWillStart: async () => ({ drainServer: async () => void (await wsHandle.dispose()) }) },
    ],
  });
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    const healthy = await options.isHealthy().catch(() => false);
    res.status(healthy ? 200 : 503).json({ status: healthy ? 'ok' : 'unavailable' });
  });
  app.use(graphiqlRouter(GRAPHQL_PATH));
  app.use(
    GRAPHQL_PATH,
    express.json({ limit: MAX_BODY }),
    expressMiddleware(apollo, { context: ({ req }) => options.createContext(bearerToken(req.headers.authorization)) }),
  );
  app.use(jsonErrors(logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const shownHost = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  return {
    url: `http://${shownHost}:${port}${GRAPHQL_PATH}`,
    port,
    stop: () => apollo.stop(),
  };
}
