import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { Client as PgClient } from 'pg';
import pino from 'pino';
import { startApp, type RunningApp } from '../../src/app';
import type { Clock } from '../../src/common/clock';
import type { Logger } from '../../src/common/logger';
import { loadConfig, type Config } from '../../src/config';

const GENEROUS = { points: 100_000, durationSeconds: 60 };

export const OWNER = { email: 'owner@test.local', password: 'owner-password-1' } as const;

/** A server of its own for one test file, on a database of its own, talked to over real HTTP and WebSocket. */
export interface TestApp {
  app: RunningApp;
  /** Where its data lives: pass it to another startTestApp for a second process on the same database. */
  database: TestDatabase;
  httpUrl: string;
  wsUrl: string;
  /**
   * SQL statements sent since the last reset. reset() first lets the outbox relay finish what
   * earlier changes kicked off, so that a count measures the requests that follow it only.
   */
  queries: { count: number; statements: string[]; reset(): Promise<void> };
  request<R, V>(document: TypedDocumentNode<R, V>, variables?: V, token?: string): Promise<{ status: number; body: ExecutionResult<R> }>;
  /** Like request, but fails the test on any GraphQL error. */
  data<R, V>(document: TypedDocumentNode<R, V>, variables?: V, token?: string): Promise<R>;
  ownerToken: string;
  /** Stops the server, and drops its database unless the test passed one in. */
  stop(): Promise<void>;
}

/** A database for tests: `url` on the PostgreSQL of DATABASE_URL, else embedded in `dataDir`. */
export interface TestDatabase {
  url?: string;
  /** The embedded database's files; 'memory://' lives and dies with one app. */
  dataDir: string;
  drop(): Promise<void>;
}

export interface TestAppOptions {
  /** The app's time, e.g. a {@link TestClock} the test moves. @default the system clock */
  clock?: Clock;
  /**
   * A database the test owns, to start several apps on one database (at once on PostgreSQL;
   * one after another on an embedded one made `reopenable`). Not dropped by `stop()`.
   */
  database?: TestDatabase;
  /** Where the app logs, e.g. a pino logger on a stream the test reads. @default silent, or TEST_LOG_LEVEL */
  logger?: Logger;
}

async function withAdminClient<T>(url: string, work: (client: PgClient) => Promise<T>): Promise<T> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new PgClient({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * With DATABASE_URL, a fresh database on that server, dropped afterwards; without, an in-memory
 * embedded PostgreSQL, or with `reopenable` one on disk in a temporary folder, so an app started
 * after another stopped finds its data (PGlite serves one process at a time, so never two apps at
 * once). Either way created from the migrations.
 */
export async function isolatedDatabase(options: { reopenable?: boolean } = {}): Promise<TestDatabase> {
  const base = process.env.DATABASE_URL;
  if (!base) {
    if (!options.reopenable) return { dataDir: 'memory://', drop: async () => {} };
    const dataDir = await mkdtemp(join(tmpdir(), 'deskline-test-'));
    return { dataDir, drop: () => rm(dataDir, { recursive: true, force: true }) };
  }
  const name = `deskline_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(base, (client) => client.query(`create database "${name}"`));
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dataDir: 'memory://',
    drop: () => withAdminClient(base, (client) => client.query(`drop database if exists "${name}" with (force)`)).then(() => undefined),
  };
}

/** `overrides` replace settings of the test configuration, e.g. tighter limits for the test of one limit. */
export async function startTestApp(overrides: Partial<Config> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const ownsDatabase = !options.database;
  const database = options.database ?? (await isolatedDatabase());
  const statements: string[] = [];
  const config = {
    ...loadConfig({ NODE_ENV: 'test', OWNER_EMAIL: OWNER.email, OWNER_PASSWORD: OWNER.password }),
    port: 0,
    host: '127.0.0.1',
    databaseUrl: database.url,
    dataDir: database.dataDir,
    // Test files log in and write in far more often than a person would; the limits' own test sets tight ones.
    abuseLimits: { loginPerAddress: GENEROUS, loginFailuresPerAccount: GENEROUS, supportRequestsPerAddress: GENEROUS, supportRequestsPerEmail: GENEROUS },
    // Relayed when each change commits; the poll, for messages of instances that died, only runs where a test asks for it.
    outboxPollMs: 3_600_000,
    // The scheduler's poll would add statements to tests that count SQL; its own tests kick it or call runDueNow.
    schedulerPollMs: 3_600_000,
    ...overrides,
  };
  let app: RunningApp;
  try {
    app = await startApp(config, {
      logger: options.logger ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
      clock: options.clock,
      onQuery: (sql) => statements.push(sql),
    });
  } catch (error) {
    if (ownsDatabase) await database.drop();
    throw error;
  }
  const httpUrl = `http://127.0.0.1:${app.port}/graphql`;

  async function request<R, V>(document: TypedDocumentNode<R, V>, variables?: V, token?: string) {
    const response = await fetch(httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: print(document), variables }),
    });
    return { status: response.status, body: (await response.json()) as ExecutionResult<R> };
  }

  async function data<R, V>(document: TypedDocumentNode<R, V>, variables?: V, token?: string): Promise<R> {
    const { body } = await request(document, variables, token);
    if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  const ownerToken = await loginToken(httpUrl, OWNER.email, OWNER.password);

  return {
    app,
    database,
    httpUrl,
    wsUrl: httpUrl.replace(/^http/, 'ws'),
    queries: {
      get count() {
        return statements.length;
      },
      statements,
      async reset() {
        await app.relay.drain();
        statements.splice(0);
      },
    },
    request,
    data,
    ownerToken,
    async stop() {
      await app.stop();
      if (ownsDatabase) await database.drop();
    },
  };
}

/** Logs in over HTTP with a plain document, so the harness needs no generated types of its own. */
export async function loginToken(httpUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($input: LoginInput!) { login(input: $input) { token } }', variables: { input: { email, password } } }),
  });
  const body = (await response.json()) as { data?: { login: { token: string } }; errors?: unknown };
  if (!body.data) throw new Error(`login failed: ${JSON.stringify(body.errors)}`);
  return body.data.login.token;
}
