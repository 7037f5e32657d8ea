import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../../src/app';
import { ConfigError, loadConfig, type Config } from '../../src/config';
import { isolatedDatabase, loginToken } from '../support/test-app';

const silent = pino({ level: 'silent' });
let database: Awaited<ReturnType<typeof isolatedDatabase>>;
let dataDir: string;

beforeAll(async () => {
  database = await isolatedDatabase();
  dataDir = await mkdtemp(join(tmpdir(), 'deskline-startup-'));
});
afterAll(async () => {
  await database?.drop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** The same database on every start: a PostgreSQL database of this file, or an embedded one on disk. */
const configFor = (env: Record<string, string>): Config => ({
  ...loadConfig({ OWNER_EMAIL: 'first@example.com', ...env }),
  port: 0,
  host: '127.0.0.1',
  databaseUrl: database.url,
  dataDir,
});

describe('starting the server', () => {
  it('refuses to start in production without an owner password when there is no agent yet', async () => {
    await expect(startApp(configFor({ NODE_ENV: 'production' }), { logger: silent })).rejects.toThrow(ConfigError);
    await expect(startApp(configFor({ NODE_ENV: 'production' }), { logger: silent })).rejects.toThrow(/OWNER_PASSWORD/);
  });

  it('creates the first owner once, and keeps the generated token secret across restarts', async () => {
    const first = await startApp(configFor({ OWNER_PASSWORD: 'first-owner-password' }), { logger: silent });
    const token = await loginToken(`http://127.0.0.1:${first.port}/graphql`, 'first@example.com', 'first-owner-password');
    await first.stop();

    // A different OWNER_PASSWORD no longer matters: the owner exists.
    const second = await startApp(configFor({ OWNER_PASSWORD: 'another-password-1' }), { logger: silent });
    try {
      const response = await fetch(`http://127.0.0.1:${second.port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ viewer { kind agent { email role } } agents { email } }' }),
      });
      expect(await response.json()).toEqual({
        data: { viewer: { kind: 'AGENT', agent: { email: 'first@example.com', role: 'OWNER' } }, agents: [{ email: 'first@example.com' }] },
      });
    } finally {
      await second.stop();
    }
  });
});
