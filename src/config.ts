import { randomBytes } from 'node:crypto';
import type { AbuseLimitSettings, RateLimit } from './auth/abuse-limits';

/** Settings of one server process, read from the environment once at start. */
export interface Config {
  /** HTTP and WebSocket port. @default 4000 */
  port: number;
  /** Host to bind. @default '0.0.0.0' */
  host: string;
  /** PostgreSQL connection URL; unset = embedded PostgreSQL (PGlite) in `dataDir`. */
  databaseUrl?: string;
  /** Where the embedded database keeps its files; 'memory://' keeps none. @default './.data' */
  dataDir: string;
  /** HMAC secret for tokens; unset = a random one generated once and stored in the database. */
  jwtSecret?: string;
  /** Lifetime of an agent's login token, in seconds. @default 43200 (12 hours) */
  tokenTtlSeconds: number;
  /** The first OWNER, created when the database has no agent yet. */
  ownerEmail: string;
  ownerPassword?: string;
  /** NODE_ENV=production: no demo credentials, no field suggestions in errors, introspection off unless asked for. */
  production: boolean;
  /** Seed the demo help desk when the database has no tickets yet. */
  demo: boolean;
  logLevel: string;
  /** Operations that take longer than this are logged at warn ('slow graphql operation'), in ms. @default 1000 */
  slowOperationMs: number;
  /** When set, GET /metrics requires `Authorization: Bearer <metricsToken>`; unset, it is open. */
  metricsToken?: string;
  /**
   * Brakes on the public endpoints, each set as `points/seconds`:
   * LOGIN_LIMIT_PER_ADDRESS @default 30/900, LOGIN_FAILURE_LIMIT_PER_ACCOUNT @default 10/900,
   * SUPPORT_REQUEST_LIMIT_PER_ADDRESS @default 20/3600, SUPPORT_REQUEST_LIMIT_PER_EMAIL @default 5/3600.
   */
  abuseLimits: AbuseLimitSettings;

  /** Whether clients may query `__schema` and `__type` (GraphiQL needs it). @default true, false when `production` */
  introspection: boolean;
  /** Largest HTTP request body, in bytes; larger ones get 413 before they are parsed. @default 1048576 (1 MiB) */
  maxBodyBytes: number;
  /** Largest WebSocket message, in bytes; a larger one closes the socket with 1009. @default 1048576 (1 MiB) */
  maxFrameBytes: number;
  /** Lexical tokens in one GraphQL document. @default 1000 */
  maxQueryTokens: number;
  /** Nesting of fields in one operation (fragments are not a level). @default 10 */
  maxQueryDepth: number;
  /** Aliased fields in one operation. @default 30 */
  maxQueryAliases: number;
  /** graphql-armor cost of one operation: 2 per object and 1 per scalar field, times literal `first` page sizes. @default 50000 */
  maxQueryCost: number;
  /** Directives in one operation. @default 20 */
  maxQueryDirectives: number;
  /** Operations running at once on one graphql-ws socket. @default 10 */
  maxSubscriptionsPerSocket: number;
  /** Operations running at once for one agent, over all its sockets to this process. @default 30 */
  maxSubscriptionsPerUser: number;
  /** How long a new WebSocket may take to send ConnectionInit before it is closed with 4408, in ms. @default 3000 */
  connectionInitTimeoutMs: number;
  /**
   * Browser origins allowed to open a WebSocket, e.g. `https://desk.example.com`. Unset: only
   * the server's own origin (Origin host = Host header). Clients sending no Origin are accepted.
   */
  allowedOrigins?: readonly string[];
  /**
   * express's 'trust proxy': which proxies' X-Forwarded-For decides the client address of an
   * HTTP request. `true`, a hop count, or addresses and subnets. @default false
   */
  trustProxy: boolean | number | string;

  /** Redis URL: with it, several server processes on one database behave as one (events, rate limits). Unset: in-process only. */
  redisUrl?: string;
  /** Prefix of the Redis channels, so that several help desks (or test runs) can share one Redis. @default 'deskline:' */
  redisPrefix: string;
  /** How often each instance relays outbox messages that another one committed but never relayed, in ms. @default 1000 */
  outboxPollMs: number;
  /** A WebSocket ping every this many ms; a socket that has not answered the previous one is terminated. @default 12000 */
  wsKeepAliveMs: number;
  /** Events waiting for one subscriber that stopped reading before its socket is closed (1013), or its queue view collapsed to a fresh snapshot. @default 100 */
  maxPendingEvents: number;
  /**
   * Longest the scheduler sleeps before it looks for due work again, in ms. It wakes sooner for
   * work it knows of; the poll finds work another process on the same database created. @default 5000
   */
  schedulerPollMs: number;
  /** Items (e.g. postponed tickets to wake) a scheduled job handles in one transaction. @default 100 */
  schedulerBatchSize: number;
  /** Hours after which a RESOLVED ticket is closed by the system; 0 turns auto-close off. @default 96 (4 days) */
  autoCloseAfterHours: number;
}

export class ConfigError extends Error {}

export const DEMO_OWNER = { email: 'owner@deskline.local', password: 'deskline-demo' } as const;

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new ConfigError(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

function nonNegativeInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new ConfigError(`${name} must be a whole number, 0 or more, got "${raw}"`);
  return value;
}

function rateLimit(env: NodeJS.ProcessEnv, name: string, fallback: RateLimit): RateLimit {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const match = /^(\d+)\/(\d+)$/.exec(raw);
  const [points, durationSeconds] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (points <= 0 || durationSeconds <= 0) throw new ConfigError(`${name} must be "points/seconds" with positive numbers, e.g. 20/3600, got "${raw}"`);
  return { points, durationSeconds };
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

/** Comma-separated bare origins (scheme, host and port only), each normalized as URL.origin. */
function origins(env: NodeJS.ProcessEnv, name: string): string[] | undefined {
  const raw = optional(env, name);
  if (raw === undefined) return undefined;
  return raw.split(',').map((entry) => {
    const text = entry.trim();
    let url: URL | undefined;
    try {
      url = new URL(text);
    } catch {
      url = undefined;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
      throw new ConfigError(`${name} must list origins such as https://desk.example.com, separated by commas; got "${text}"`);
    }
    return url.origin;
  });
}

function trustProxy(env: NodeJS.ProcessEnv, name: string): boolean | number | string {
  const raw = optional(env, name);
  if (raw === undefined || raw === 'false' || raw === '0') return false;
  if (raw === 'true') return true;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

function optional(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const jwtSecret = optional(env, 'JWT_SECRET');
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET must be at least 32 characters long (or unset, to keep a generated one in the database)');
  }
  return {
    port: positiveInt(env, 'PORT', 4000),
    host: optional(env, 'HOST') ?? '0.0.0.0',
    databaseUrl: optional(env, 'DATABASE_URL'),
    dataDir: optional(env, 'DATA_DIR') ?? './.data',
    jwtSecret,
    tokenTtlSeconds: positiveInt(env, 'TOKEN_TTL_SECONDS', 12 * 60 * 60),
    ownerEmail: optional(env, 'OWNER_EMAIL') ?? DEMO_OWNER.email,
    ownerPassword: optional(env, 'OWNER_PASSWORD'),
    production,
    demo: env.DESKLINE_DEMO === '1' || env.DESKLINE_DEMO === 'true',
    logLevel: optional(env, 'LOG_LEVEL') ?? 'info',
    slowOperationMs: positiveInt(env, 'SLOW_OPERATION_MS', 1000),
    metricsToken: optional(env, 'METRICS_TOKEN'),
    abuseLimits: {
      loginPerAddress: rateLimit(env, 'LOGIN_LIMIT_PER_ADDRESS', { points: 30, durationSeconds: 900 }),
      loginFailuresPerAccount: rateLimit(env, 'LOGIN_FAILURE_LIMIT_PER_ACCOUNT', { points: 10, durationSeconds: 900 }),
      supportRequestsPerAddress: rateLimit(env, 'SUPPORT_REQUEST_LIMIT_PER_ADDRESS', { points: 20, durationSeconds: 3600 }),
      supportRequestsPerEmail: rateLimit(env, 'SUPPORT_REQUEST_LIMIT_PER_EMAIL', { points: 5, durationSeconds: 3600 }),
    },
    introspection: flag(env, 'INTROSPECTION', !production),
    maxBodyBytes: positiveInt(env, 'MAX_BODY_BYTES', 1024 * 1024),
    maxFrameBytes: positiveInt(env, 'MAX_FRAME_BYTES', 1024 * 1024),
    maxQueryTokens: positiveInt(env, 'MAX_QUERY_TOKENS', 1000),
    maxQueryDepth: positiveInt(env, 'MAX_QUERY_DEPTH', 10),
    maxQueryAliases: positiveInt(env, 'MAX_QUERY_ALIASES', 30),
    maxQueryCost: positiveInt(env, 'MAX_QUERY_COST', 50_000),
    maxQueryDirectives: positiveInt(env, 'MAX_QUERY_DIRECTIVES', 20),
    maxSubscriptionsPerSocket: positiveInt(env, 'MAX_SUBSCRIPTIONS_PER_SOCKET', 10),
    maxSubscriptionsPerUser: positiveInt(env, 'MAX_SUBSCRIPTIONS_PER_USER', 30),
    connectionInitTimeoutMs: positiveInt(env, 'WS_CONNECTION_INIT_TIMEOUT_MS', 3000),
    allowedOrigins: origins(env, 'ALLOWED_ORIGINS'),
    trustProxy: trustProxy(env, 'TRUST_PROXY'),
    redisUrl: optional(env, 'REDIS_URL'),
    redisPrefix: optional(env, 'REDIS_PREFIX') ?? 'deskline:',
    outboxPollMs: positiveInt(env, 'OUTBOX_POLL_MS', 1000),
    wsKeepAliveMs: positiveInt(env, 'WS_KEEP_ALIVE_MS', 12_000),
    maxPendingEvents: positiveInt(env, 'SUBSCRIPTION_MAX_PENDING_EVENTS', 100),
    schedulerPollMs: positiveInt(env, 'SCHEDULER_POLL_MS', 5000),
    schedulerBatchSize: positiveInt(env, 'SCHEDULER_BATCH_SIZE', 100),
    autoCloseAfterHours: nonNegativeInt(env, 'AUTO_CLOSE_AFTER_HOURS', 96),
  };
}

/** A secret good for HMAC-SHA256 tokens. */
export function generateSecret(): string {
  return randomBytes(48).toString('base64url');
}
