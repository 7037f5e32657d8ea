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
  production: boolean;
  /** Seed the demo help desk when the database has no tickets yet. */
  demo: boolean;
  logLevel: string;
  /**
   * Brakes on the public endpoints, each set as `points/seconds`:
   * LOGIN_LIMIT_PER_ADDRESS @default 30/900, LOGIN_FAILURE_LIMIT_PER_ACCOUNT @default 10/900,
   * SUPPORT_REQUEST_LIMIT_PER_ADDRESS @default 20/3600, SUPPORT_REQUEST_LIMIT_PER_EMAIL @default 5/3600.
   */
  abuseLimits: AbuseLimitSettings;
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

function rateLimit(env: NodeJS.ProcessEnv, name: string, fallback: RateLimit): RateLimit {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const match = /^(\d+)\/(\d+)$/.exec(raw);
  const [points, durationSeconds] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (points <= 0 || durationSeconds <= 0) throw new ConfigError(`${name} must be "points/seconds" with positive numbers, e.g. 20/3600, got "${raw}"`);
  return { points, durationSeconds };
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
    abuseLimits: {
      loginPerAddress: rateLimit(env, 'LOGIN_LIMIT_PER_ADDRESS', { points: 30, durationSeconds: 900 }),
      loginFailuresPerAccount: rateLimit(env, 'LOGIN_FAILURE_LIMIT_PER_ACCOUNT', { points: 10, durationSeconds: 900 }),
      supportRequestsPerAddress: rateLimit(env, 'SUPPORT_REQUEST_LIMIT_PER_ADDRESS', { points: 20, durationSeconds: 3600 }),
      supportRequestsPerEmail: rateLimit(env, 'SUPPORT_REQUEST_LIMIT_PER_EMAIL', { points: 5, durationSeconds: 3600 }),
    },
  };
}

/** A secret good for HMAC-SHA256 tokens. */
export function generateSecret(): string {
  return randomBytes(48).toString('base64url');
}
