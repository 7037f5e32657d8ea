import type { EntityManager } from '@mikro-orm/postgresql';
import { Redis } from 'ioredis';
import { AbuseLimits } from './auth/abuse-limits';
import { sharedJwtSecret } from './auth/jwt-secret';
import { TokenService } from './auth/tokens';
import { subjectOf, type Viewer } from './auth/viewer';
import { systemClock, type Clock } from './common/clock';
import type { Logger } from './common/logger';
import type { Config } from './config';
import { migrateToLatest, openDatabase, type Database } from './db/orm';
import { seedDemo } from './demo/seed-demo';
import { ensureFirstOwner } from './modules/agents/first-owner';
import { createAppContext, viewerForToken, type AppDeps } from './modules/context';
import { entities, permissions, resolvers } from './modules';
import { OutboxRelay } from './pubsub/outbox';
import { createInProcessPubSub, type PubSub } from './pubsub/pubsub';
import { createRedisPubSub } from './pubsub/redis-pubsub';
import { ViewerCache } from './modules/sessions/viewer-cache';
import { postponedWakeUpJob } from './modules/tickets/postponed-wake-up';
import { SlaPolicyCatalog } from './modules/slas/sla-catalog';
import { slaBreachJob, slaRecomputationJob } from './modules/slas/sla-jobs';
import { autoCloseJob } from './modules/tickets/auto-close';
import { Scheduler } from './scheduler/scheduler';
import { AppMetrics } from './observability/metrics';
import { metricsEndpoint } from './observability/metrics-endpoint';
import { OperationLog } from './observability/operation-log';
import { QueueViews } from './modules/queues/queue-views';
import { QueueService } from './modules/queues/queue.service';
import { startHttpServer, type SocketAuthentication } from './server/http-server';
import { buildExecutableSchema } from './server/schema';

export interface RunningApp {
  url: string;
  port: number;
  deps: AppDeps;
  database: Database;
  relay: OutboxRelay;
  /** This app's Prometheus registry and counters (GET /metrics serves them). */
  metrics: AppMetrics;
  stop(): Promise<void>;
}

/** Who holds a socket, for the per-user subscription limit, and until when its token is good (then 4401). */
function socketAuthentication(viewer: Viewer): SocketAuthentication {
  switch (viewer.kind) {
    case 'REJECTED':
      return { accepted: false };
    case 'ANONYMOUS':
      return { accepted: true, subject: null, expiresAt: null };
    case 'AGENT':
    case 'CUSTOMER':
      return { accepted: true, subject: subjectOf(viewer), expiresAt: viewer.expiresAt };
  }
}

/**
 * queueChanged answers a change on its own after 10 ms of quiet, so dashboards see it at once
 * even at a steady ten changes a second; 5 or more changes within 250 ms are a burst (200
 * tickets reassigned at once), answered with one update per 250 ms instead of one per ticket.
 */
export const QUEUE_COALESCING_WINDOW = { quietMs: 10, burstMs: 250, burstSize: 5 } as const;

export interface AppOptions {
  logger: Logger;
  clock?: Clock;
  /** Sees every SQL statement, transaction control included, once it ran (tests count them). */
  onQuery?: (sql: string) => void;
}

/**
 * Opens the database, migrates it, makes sure there is an owner and a token secret, catches up
 * on scheduled work that fell due while no process ran (postponed tickets, auto-close), and serves.
 */
export async function startApp(config: Config, options: AppOptions): Promise<RunningApp> {
  const { logger } = options;
  const clock = options.clock ?? systemClock;
  const scheduler = new Scheduler({ clock, logger, pollMs: config.schedulerPollMs });
  const metrics = new AppMetrics();
  const onQuery = options.onQuery;
  let pubsub: PubSub | undefined;
  let counters: Redis | undefined;
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    entities,
    onQuery: onQuery ? (sql) => (metrics.countStatement(), onQuery(sql)) : () => metrics.countStatement(),
  });
  metrics.watch({ databasePool: () => database.poolUse(), schedulerRuns: () => scheduler.lastRuns() });
  try {
    const applied = await migrateToLatest(database.orm);
    if (applied.length) logger.info({ migrations: applied }, 'applied migrations');
    const setupEm = database.orm.em.fork() as EntityManager;
    const secret = config.jwtSecret ?? (await sharedJwtSecret(setupEm));
    await ensureFirstOwner(setupEm, config, logger);

    pubsub = await openPubSub(config, logger);
    counters = config.redisUrl ? await openCounterConnection(config.redisUrl, logger) : undefined;
    const relay = new OutboxRelay(database.orm, pubsub, logger, { pollIntervalMs: config.outboxPollMs, batchSize: 500 }, () => clock.now());
    const tokens = new TokenService(secret, config.tokenTtlSeconds);
    const limits = new AbuseLimits(config.abuseLimits, counters ? { kind: 'redis', client: counters, prefix: config.redisPrefix } : { kind: 'memory' });
    const deps: AppDeps = {
      orm: database.orm,
      pubsub,
      outbox: relay,
      viewers: new ViewerCache((token) => viewerForToken({ orm: database.orm, tokens, limits }, token), pubsub, { ttlMs: 60_000, maxEntries: 10_000 }),
      clock,
      logger,
      tokens,
      limits,
      live: { maxPendingEvents: config.maxPendingEvents },
      scheduler,
      queueViews: new QueueViews(
        pubsub,
        (viewer, departmentKey, first) => new QueueService(database.orm.em.fork() as EntityManager).snapshot(viewer, departmentKey, first),
        { window: QUEUE_COALESCING_WINDOW, maxPendingEvents: config.maxPendingEvents },
        logger,
      ),
      slaPolicies: new SlaPolicyCatalog(),
    };
    relay.start();
    scheduler.register(postponedWakeUpJob(deps, { batchSize: config.schedulerBatchSize }));
    scheduler.register(slaRecomputationJob(deps, { batchSize: config.schedulerBatchSize }));
    scheduler.register(slaBreachJob(deps, { batchSize: config.schedulerBatchSize }));
    if (config.autoCloseAfterHours > 0) scheduler.register(autoCloseJob(deps, { afterMs: config.autoCloseAfterHours * 3_600_000, batchSize: config.schedulerBatchSize }));
    if (config.demo) await seedDemo(deps, logger);
    // Its first turn is the catch-up, done before anyone is served: no client sees a ticket postponed past its time.
    await scheduler.start();

    const server = await startHttpServer({
      schema: await buildExecutableSchema(resolvers, permissions),
      port: config.port,
      host: config.host,
      logger,
      limits: {
        document: {
          maxTokens: config.maxQueryTokens,
          maxDepth: config.maxQueryDepth,
          maxAliases: config.maxQueryAliases,
          maxCost: config.maxQueryCost,
          maxDirectives: config.maxQueryDirectives,
          introspection: config.introspection,
        },
        maxBodyBytes: config.maxBodyBytes,
        maxFrameBytes: config.maxFrameBytes,
        maxSubscriptionsPerSocket: config.maxSubscriptionsPerSocket,
        maxSubscriptionsPerUser: config.maxSubscriptionsPerUser,
        connectionInitTimeoutMs: config.connectionInitTimeoutMs,
        allowedOrigins: config.allowedOrigins,
        keepAliveMs: config.wsKeepAliveMs,
      },
      hideSuggestions: config.production,
      trustProxy: config.trustProxy,
      createContext: async (request) => createAppContext(deps, await viewerForToken(deps, request.token), request),
      authenticateSocket: async (token) => socketAuthentication(await viewerForToken(deps, token)),
      isHealthy: () => database.orm.isConnected(),
      operationLog: new OperationLog(logger, metrics, config.slowOperationMs),
      metricsEndpoint: metricsEndpoint(metrics, config.metricsToken),
    });
    metrics.watch({ openSockets: () => server.openSockets(), activeSubscriptions: () => server.activeSubscriptions() });
    logger.info({ url: server.url, database: database.embedded ? `embedded (${config.dataDir})` : 'PostgreSQL' }, 'Deskline is listening');
    return {
      url: server.url,
      port: server.port,
      deps,
      database,
      relay,
      metrics,
      async stop() {
        // No new scheduled work while the server drains; the job in flight finishes before the database closes.
        await scheduler.stop();
        await server.stop();
        await relay.stop();
        deps.viewers.close();
        await deps.pubsub.close();
        await counters?.quit();
        await database.close();
      },
    };
  } catch (error) {
    await scheduler.stop();
    await pubsub?.close();
    await counters?.quit();
    await database.close();
    throw error;
  }
}

/** The abuse counters' own Redis connection: the PubSub's are busy subscribing and publishing. */
async function openCounterConnection(url: string, logger: Logger): Promise<Redis> {
  const connection = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  connection.on('error', (error) => logger.warn({ err: error }, 'Redis connection error (abuse counters)'));
  await connection.connect();
  return connection;
}

/** Redis when REDIS_URL is set, so that instances on one database behave as one; in-process otherwise. */
async function openPubSub(config: Config, logger: Logger): Promise<PubSub> {
  if (!config.redisUrl) return createInProcessPubSub((error, topic) => logger.error({ err: error, topic }, 'a listener failed'));
  const pubsub = await createRedisPubSub(config.redisUrl, config.redisPrefix, logger);
  logger.info('events travel through Redis');
  return pubsub;
}
