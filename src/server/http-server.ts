import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { ApolloServer, type ApolloServerPlugin, type BaseContext, type GraphQLRequestListener } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import { GraphQLError, getOperationAST, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { WebSocket, WebSocketServer } from 'ws';
import { bearerToken } from '../auth/tokens';
import type { Logger } from '../common/logger';
import { AppError, ErrorCode } from '../errors/app-error';
import { toClientError } from '../errors/format-error';
import { errorCodesOf, type OperationLog } from '../observability/operation-log';
import { REQUEST_ID_HEADER, requestIdFrom } from '../observability/request-id';
import { documentChecker, type DocumentChecker, type DocumentLimits } from './document-limits';
import { graphiqlRouter } from './graphiql';
import { serveGraphqlWs } from './graphql-ws-server';
import { isOriginAllowed } from './origin';
import { onExpiry, OperationCaps, type SocketOperations } from './socket-limits';
import { SocketOperationLog } from './socket-operation-log';
import { SubscriptionFanout } from './subscription-fanout';

export const GRAPHQL_PATH = '/graphql';

/** Close codes of graphql-ws's protocol that this server sends itself. */
const CLOSE_UNAUTHORIZED = 4401;

/** Who asks for one operation, over HTTP or graphql-ws. */
export interface OperationRequest extends OperationStart {
  token: string | undefined;
  /** The client's address: req.ip for HTTP (express 'trust proxy' from a TRUST_PROXY config setting, default off), the upgrade request's socket.remoteAddress for WebSocket. */
  clientAddress: string;
  /** Present for operations over graphql-ws: ends the whole socket, e.g. close(4403, 'Forbidden') when the token is revoked. */
  socket?: { close(code: number, reason: string): void };
}

/** How the server names and times one operation: an HTTP request, or one graphql-ws subscribe message. */
export interface OperationStart {
  /** The valid `x-request-id` of an HTTP request (echoed in the response), else generated; every graphql-ws operation gets its own. */
  requestId: string;
  /** `performance.now()` when the request or the subscribe message arrived. */
  receivedAt: number;
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

/** The server reads an operation's name and start back from the context it created for it. */
export type ObservableContext = BaseContext & { readonly origin: OperationStart };

export interface HttpServerOptions<C extends ObservableContext> {
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
  /** Ends every operation: its log line and metrics. */
  operationLog: OperationLog;
  /** Serves GET /metrics. */
  metricsEndpoint: RequestHandler;
}

export interface RunningHttpServer {
  url: string;
  port: number;
  /** Open WebSocket connections. */
  openSockets(): number;
  /** Subscriptions running on all sockets. */
  activeSubscriptions(): number;
  /** Stops accepting, lets running operations finish, closes sockets. */
  stop(): Promise<void>;
}

/** Names every HTTP request (echoing the id) and notes when it arrived, before anything else runs. */
const startOperation: RequestHandler = (req, res, next) => {
  const start: OperationStart = { requestId: requestIdFrom(req.headers[REQUEST_ID_HEADER]), receivedAt: performance.now() };
  res.locals.operation = start;
  res.setHeader(REQUEST_ID_HEADER, start.requestId);
  next();
};

const operationStartOf = (res: Response) => res.locals.operation as OperationStart;

/** Apollo's last hook for every HTTP operation it ran, refused or not; one listener object serves all of them. */
function httpOperationLogging<C extends ObservableContext>(operationLog: OperationLog): ApolloServerPlugin<C> {
  const listener: GraphQLRequestListener<C> = {
    willSendResponse: async ({ contextValue, operation, operationName, request, response }) => {
      operationLog.finish({
        requestId: contextValue.origin.requestId,
        transport: 'http',
        name: operationName ?? request.operationName ?? 'anonymous',
        type: operation?.operation ?? 'unknown',
        durationMs: performance.now() - contextValue.origin.receivedAt,
        errorCodes: errorCodesOf(response.body.kind === 'single' ? response.body.singleResult.errors : undefined),
      });
    },
  };
  return { requestDidStart: async () => listener };
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
  (checker: DocumentChecker, formatError: (error: unknown) => GraphQLFormattedError, operationLog: OperationLog): RequestHandler =>
  (req, res, next) => {
    const query = requestParameter(req, 'query');
    const operationName = requestParameter(req, 'operationName');
    const checked = query === undefined ? undefined : checker.check(query);
    const definition = checked?.document && getOperationAST(checked.document, operationName);
    const errors = checked?.errors ?? (definition?.operation === 'subscription' ? [SUBSCRIPTION_OVER_HTTP] : undefined);
    if (!errors) return next();
    const formatted = errors.map(formatError);
    const { requestId, receivedAt } = operationStartOf(res);
    operationLog.finish({
      requestId,
      transport: 'http',
      name: definition?.name?.value ?? operationName ?? 'anonymous',
      type: definition?.operation ?? 'unknown',
      durationMs: performance.now() - receivedAt,
      errorCodes: errorCodesOf(formatted),
    });
    res.status(400).json({ errors: formatted });
  };

/** What this server keeps per graphql-ws socket it accepted. */
interface SocketState {
  operations: SocketOperations;
  cancelExpiry?: () => void;
}

const rateLimited = (reason: string) => new GraphQLError(reason, { originalError: new AppError(ErrorCode.RATE_LIMITED, reason) });

/** GraphQL over HTTP (POST and GET), GraphiQL for browsers and graphql-ws, all on one port and path. */
export async function startHttpServer<C extends ObservableContext>(options: HttpServerOptions<C>): Promise<RunningHttpServer> {
  const { logger, limits, operationLog } = options;
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

  const socketOperations = new SocketOperationLog(operationLog);
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
        socketOperations.start(ctx, id, payload.operationName);
        const checked = checker.check(payload.query);
        if (checked.errors) return checked.errors;
        socketOperations.identify(ctx, id, checked.document, payload.operationName);
        const state = sockets.get(ctx);
        if (!state) throw new Error('graphql-ws subscribed on a socket that onConnect never accepted');
        const admission = caps.admit(state.operations, id);
        if (!admission.admitted) return [rateLimited(admission.reason)];
        socketOperations.admitted(ctx, id);
        return { schema: options.schema, document: checked.document, operationName: payload.operationName, variableValues: payload.variables };
      },
      onComplete: (ctx, id) => {
        sockets.get(ctx)?.operations.release(id);
        socketOperations.finish(ctx, id);
      },
      onClose: (ctx) => {
        socketOperations.finishAll(ctx);
        const state = sockets.get(ctx);
        if (!state) return;
        state.cancelExpiry?.();
        caps.close(state.operations);
        sockets.delete(ctx);
      },
      context: (ctx, id) =>
        options.createContext({
          ...socketOperations.origin(ctx, id),
          token: tokenOf(ctx),
          clientAddress: ctx.extra.request.socket.remoteAddress ?? '',
          socket: { close: (code, reason) => ctx.extra.socket.close(code, reason) },
        }),
      // A shared answer is already formatted, and must stay the same object for its JSON to be reused.
      onNext: (ctx, id, _payload, _args, result) => {
        if (!result.errors) return fanout.isShared(result) ? result : undefined;
        const errors = result.errors.map(formatError);
        socketOperations.errors(ctx, id, errors);
        return { ...result, errors };
      },
      onError: (ctx, id, _payload, errors) => {
        const formatted = errors.map(formatError);
        socketOperations.errors(ctx, id, formatted);
        socketOperations.finish(ctx, id);
        return formatted;
      },
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
      httpOperationLogging<C>(operationLog),
      { serverWillStart: async () => ({ drainServer: async () => void (await wsHandle.dispose()) }) },
    ],
  });
  await apollo.start();

  app.use(startOperation);
  app.get('/healthz', async (_req, res) => {
    const healthy = await options.isHealthy().catch(() => false);
    res.status(healthy ? 200 : 503).json({ status: healthy ? 'ok' : 'unavailable' });
  });
  app.get('/metrics', options.metricsEndpoint);
  app.use(graphiqlRouter(GRAPHQL_PATH));
  app.use(
    GRAPHQL_PATH,
    express.json({ limit: limits.maxBodyBytes }),
    checkDocumentFirst(checker, formatError, operationLog),
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        options.createContext({ ...operationStartOf(res), token: bearerToken(req.headers.authorization), clientAddress: req.ip ?? req.socket.remoteAddress ?? '' }),
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
    openSockets: () => wsServer.clients.size,
    activeSubscriptions: () => socketOperations.activeSubscriptions,
    stop: () => apollo.stop(),
  };
}
