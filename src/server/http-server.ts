import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type Request, type RequestHandler } from 'express';
import { GraphQLError, getOperationAST, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { WebSocket, WebSocketServer } from 'ws';
import { bearerToken } from '../auth/tokens';
import type { Logger } from '../common/logger';
import { AppError, ErrorCode } from '../errors/app-error';
import { toClientError } from '../errors/format-error';
import { documentChecker, type DocumentChecker, type DocumentLimits } from './document-limits';
import { graphiqlRouter } from './graphiql';
import { serveGraphqlWs } from './graphql-ws-server';
import { isOriginAllowed } from './origin';
import { onExpiry, OperationCaps, type SocketOperations } from './socket-limits';
import { SubscriptionFanout } from './subscription-fanout';

export const GRAPHQL_PATH = '/graphql';

/** Close codes of graphql-ws's protocol that this server sends itself. */
const CLOSE_UNAUTHORIZED = 4401;

/** Who asks for one operation, over HTTP or graphql-ws. */
export interface OperationRequest {
  token: string | undefined;
  /** The client's address: req.ip for HTTP (express 'trust proxy' from a TRUST_PROXY config setting, default off), the upgrade request's socket.remoteAddress for WebSocket. */
  clientAddress: string;
  /** Present for operations over graphql-ws: ends the whole socket, e.g. close(4403, 'Forbidden') when the token is revoked. */
  socket?: { close(code: number, reason: string): void };
}

export type SocketAuthentication = { accepted: false } | { accepted: true; subject: string | null; expiresAt: Date | null };

/** One set of limits for HTTP and graphql-ws alike. */
export interface ServerLimits {
  /** Tokens, depth, aliases, cost, directives and introspection of every document. */
  document: DocumentLimits;
  /** Largest HTTP body in bytes: larger ones get 413 before they are parsed. */
  maxBodyBytes: number;
  /** Largest WebSocket message in bytes (ws `maxPayload`): a larger one closes the socket with 1009. */
  maxFrameBytes: number;
  /** Operations (subscriptions, and queries or mutations while they run) at once on one socket. */
  maxSubscriptionsPerSocket: number;
  /** The same, for one subject over all its sockets to this process. */
  maxSubscriptionsPerUser: number;
  /** Time a new socket has to send ConnectionInit before graphql-ws closes it with 4408, in ms. */
  connectionInitTimeoutMs: number;
  /** Origins allowed to open a WebSocket; undefined: the server's own. See {@link isOriginAllowed}. */
  allowedOrigins?: readonly string[];
  /** Ping interval of WebSockets; a socket that missed the previous pong is terminated. */
  keepAliveMs: number;
}

export interface HttpServerOptions<C extends BaseContext> {
  schema: GraphQLSchema;
  port: number;
  host: string;
  logger: Logger;
  limits: ServerLimits;
  /** Drop "Did you mean ...?" from error messages (production). */
  hideSuggestions: boolean;
  /** express's 'trust proxy' setting, which decides req.ip. */
  trustProxy: boolean | number | string;
  /** The context of one operation (over HTTP or graphql-ws). */
  createContext(request: OperationRequest): Promise<C>;
  /** Replaces acceptsToken. Not accepted: close 4403. Accepted with expiresAt: the server closes the socket with 4401 'Unauthorized' when the token expires. subject identifies the user for the per-user subscription limit (null for anonymous). */
  authenticateSocket(token: string | undefined): Promise<SocketAuthentication>;
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
  (logger: Logger, maxBodyBytes: number): ErrorRequestHandler =>
  (error: { status?: number; type?: string }, _req, res, _next) => {
    const answer =
      error.type === 'entity.too.large'
        ? errorResponse(413, 'PAYLOAD_TOO_LARGE', `Request bodies are limited to ${maxBodyBytes} bytes`)
        : error.type === 'entity.parse.failed'
          ? errorResponse(400, 'BAD_REQUEST', 'The request body is not valid JSON')
          : error.status && error.status < 500
            ? errorResponse(error.status, 'BAD_REQUEST', 'Bad request')
            : errorResponse(500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    if (answer.status >= 500) logger.error({ err: error }, 'request failed');
    res.status(answer.status).json(answer.body);
  };

/** A parameter of a GraphQL request, read as Apollo reads it (one search parameter of that name for GET). */
function requestParameter(req: Request, name: 'query' | 'operationName'): string | undefined {
  if (req.method === 'POST') {
    const body: unknown = req.body;
    const value = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>)[name] : undefined;
    return typeof value === 'string' ? value : undefined;
  }
  if (req.method === 'GET') {
    const values = new URL(req.url, 'http://localhost').searchParams.getAll(name);
    return values.length === 1 ? values[0] : undefined;
  }
  return undefined;
}

const SUBSCRIPTION_OVER_HTTP = new GraphQLError(`Subscriptions are served over WebSocket (graphql-ws) at ${GRAPHQL_PATH}`, {
  extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
});

/**
 * Apollo builds the context, which looks the token up in the database, before it parses the
 * document: this checks the document first, so a rejected one costs no SQL. It answers as
 * Apollo does for documents that fail (400 and the errors); anything it cannot read is left
 * to Apollo, which refuses it.
 */
const checkDocumentFirst =
  (checker: DocumentChecker, formatError: (error: unknown) => GraphQLFormattedError): RequestHandler =>
  (req, res, next) => {
    const query = requestParameter(req, 'query');
    const checked = query === undefined ? undefined : checker.check(query);
    const subscription = checked?.document && getOperationAST(checked.document, requestParameter(req, 'operationName'))?.operation === 'subscription';
    const errors = checked?.errors ?? (subscription ? [SUBSCRIPTION_OVER_HTTP] : undefined);
    if (!errors) return next();
    res.status(400).json({ errors: errors.map(formatError) });
  };

/** What this server keeps per graphql-ws socket it accepted. */
interface SocketState {
  operations: SocketOperations;
  cancelExpiry?: () => void;
}

const rateLimited = (reason: string) => new GraphQLError(reason, { originalError: new AppError(ErrorCode.RATE_LIMITED, reason) });

/** GraphQL over HTTP (POST and GET), GraphiQL for browsers and graphql-ws, all on one port and path. */
export async function startHttpServer<C extends BaseContext>(options: HttpServerOptions<C>): Promise<RunningHttpServer> {
  const { logger, limits } = options;
  const reportInternal = (error: unknown) => logger.error({ err: error }, 'internal error in a GraphQL operation');
  const formatError = (error: unknown) => toClientError(error, reportInternal, { hideSuggestions: options.hideSuggestions });
  const checker = documentChecker(options.schema, limits.document);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy);
  const httpServer: Server = createServer(app);

  const wsServer = new WebSocketServer({
    server: httpServer,
    path: GRAPHQL_PATH,
    maxPayload: limits.maxFrameBytes,
    verifyClient: ({ req }, done) =>
      isOriginAllowed(req.headers.origin, req.headers.host, limits.allowedOrigins) ? done(true) : done(false, 403, 'Forbidden'),
  });
  const caps = new OperationCaps({ perSocket: limits.maxSubscriptionsPerSocket, perUser: limits.maxSubscriptionsPerUser });
  const sockets = new WeakMap<object, SocketState>();
  const tokenOf = (ctx: { connectionParams?: Readonly<{ authorization?: unknown }> }) => bearerToken(ctx.connectionParams?.authorization);

  const fanout = new SubscriptionFanout();
  const wsHandle = serveGraphqlWs<{ authorization?: unknown }>(
    wsServer,
    {
      schema: options.schema,
      subscribe: (args) => fanout.subscribe(args),
      connectionInitWaitTimeout: limits.connectionInitTimeoutMs,
      onConnect: async (ctx) => {
        const authentication = await options.authenticateSocket(tokenOf(ctx));
        // A socket that closed while its token was looked up has had its onClose already.
        if (!authentication.accepted || ctx.extra.socket.readyState !== WebSocket.OPEN) return false;
        const state: SocketState = { operations: caps.open(authentication.subject, (id) => id in ctx.subscriptions) };
        if (authentication.expiresAt) {
          state.cancelExpiry = onExpiry(authentication.expiresAt, () => ctx.extra.socket.close(CLOSE_UNAUTHORIZED, 'Unauthorized'));
        }
        sockets.set(ctx, state);
        return true;
      },
      // Returning ExecutionArgs makes graphql-ws skip its own parse and validation: check() does both.
      onSubscribe: (ctx, id, payload) => {
        const checked = checker.check(payload.query);
        if (checked.errors) return checked.errors;
        const state = sockets.get(ctx);
        if (!state) throw new Error('graphql-ws subscribed on a socket that onConnect never accepted');
        const admission = caps.admit(state.operations, id);
        if (!admission.admitted) return [rateLimited(admission.reason)];
        return { schema: options.schema, document: checked.document, operationName: payload.operationName, variableValues: payload.variables };
      },
      onComplete: (ctx, id) => sockets.get(ctx)?.operations.release(id),
      onClose: (ctx) => {
        const state = sockets.get(ctx);
        if (!state) return;
        state.cancelExpiry?.();
        caps.close(state.operations);
        sockets.delete(ctx);
      },
      context: (ctx) =>
        options.createContext({
          token: tokenOf(ctx),
          clientAddress: ctx.extra.request.socket.remoteAddress ?? '',
          socket: { close: (code, reason) => ctx.extra.socket.close(code, reason) },
        }),
      // A shared answer is already formatted, and must stay the same object for its JSON to be reused.
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map(formatError) } : fanout.isShared(result) ? result : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map(formatError),
    },
    { keepAliveMs: limits.keepAliveMs, logger, sharedJsonOf: (payload) => fanout.jsonOf(payload) },
  );

  const apollo = new ApolloServer<C>({
    schema: options.schema,
    introspection: limits.document.introspection,
    // The same limits as checkDocumentFirst, should a request ever reach Apollo unchecked.
    parseOptions: checker.parseOptions,
    validationRules: checker.validationRules,
    hideSchemaDetailsFromClientErrors: options.hideSuggestions,
    // main.ts owns shutdown: Apollo's own signal handler would race it and re-raise the signal.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: (_formatted, error) => formatError(error),
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
    express.json({ limit: limits.maxBodyBytes }),
    checkDocumentFirst(checker, formatError),
    expressMiddleware(apollo, {
      context: ({ req }) => options.createContext({ token: bearerToken(req.headers.authorization), clientAddress: req.ip ?? req.socket.remoteAddress ?? '' }),
    }),
  );
  app.use(jsonErrors(logger, limits.maxBodyBytes));

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
