import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';

describe('the limits in the configuration', () => {
  it('default to the values the README states', () => {
    expect(loadConfig({})).toMatchObject({
      maxBodyBytes: 1_048_576,
      maxFrameBytes: 1_048_576,
      maxQueryTokens: 1000,
      maxQueryDepth: 10,
      maxQueryAliases: 30,
      maxQueryCost: 50_000,
      maxQueryDirectives: 20,
      maxSubscriptionsPerSocket: 10,
      maxSubscriptionsPerUser: 30,
      connectionInitTimeoutMs: 3000,
      allowedOrigins: undefined,
      trustProxy: false,
    });
  });

  it('are read from the environment', () => {
    const config = loadConfig({ MAX_QUERY_DEPTH: '7', MAX_QUERY_ALIASES: '5', MAX_BODY_BYTES: '2048', WS_CONNECTION_INIT_TIMEOUT_MS: '500' });
    expect(config).toMatchObject({ maxQueryDepth: 7, maxQueryAliases: 5, maxBodyBytes: 2048, connectionInitTimeoutMs: 500 });
  });

  it('refuse a limit that is not a positive integer', () => {
    expect(() => loadConfig({ MAX_QUERY_COST: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ MAX_SUBSCRIPTIONS_PER_USER: 'many' })).toThrow(/MAX_SUBSCRIPTIONS_PER_USER must be a positive integer/);
  });
});

describe('introspection', () => {
  it('is on outside production and off in production', () => {
    expect(loadConfig({}).introspection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
  });

  it('follows INTROSPECTION either way', () => {
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(loadConfig({ INTROSPECTION: '0' }).introspection).toBe(false);
  });

  it('refuses a value that is not a boolean', () => {
    expect(() => loadConfig({ INTROSPECTION: 'maybe' })).toThrow(/INTROSPECTION must be true or false/);
  });
});

describe('ALLOWED_ORIGINS', () => {
  it('is a comma-separated list of origins, normalized', () => {
    expect(loadConfig({ ALLOWED_ORIGINS: 'https://Desk.example.com, http://localhost:5173/' }).allowedOrigins).toEqual([
      'https://desk.example.com',
      'http://localhost:5173',
    ]);
  });

  it('refuses entries that are not bare http(s) origins', () => {
    expect(() => loadConfig({ ALLOWED_ORIGINS: 'desk.example.com' })).toThrow(ConfigError);
    expect(() => loadConfig({ ALLOWED_ORIGINS: 'https://desk.example.com/app' })).toThrow(/ALLOWED_ORIGINS must list origins/);
    expect(() => loadConfig({ ALLOWED_ORIGINS: 'ftp://desk.example.com' })).toThrow(ConfigError);
  });
});

describe('TRUST_PROXY', () => {
  it('is off by default and takes true, a hop count or addresses', () => {
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
  });
});

describe('the scheduler settings', () => {
  it('poll every 5 s and handle 100 items per transaction by default', () => {
    expect(loadConfig({})).toMatchObject({ schedulerPollMs: 5000, schedulerBatchSize: 100 });
  });

  it('are read from SCHEDULER_POLL_MS and SCHEDULER_BATCH_SIZE', () => {
    expect(loadConfig({ SCHEDULER_POLL_MS: '250', SCHEDULER_BATCH_SIZE: '10' })).toMatchObject({ schedulerPollMs: 250, schedulerBatchSize: 10 });
  });

  it('refuse values that are not positive integers', () => {
    expect(() => loadConfig({ SCHEDULER_POLL_MS: '0' })).toThrow(/SCHEDULER_POLL_MS must be a positive integer/);
    expect(() => loadConfig({ SCHEDULER_BATCH_SIZE: '1.5' })).toThrow(/SCHEDULER_BATCH_SIZE must be a positive integer/);
  });
});

describe('the auto-close delay', () => {
  it('is 96 hours (4 days) by default', () => {
    expect(loadConfig({}).autoCloseAfterHours).toBe(96);
  });

  it('is read from AUTO_CLOSE_AFTER_HOURS, where 0 turns auto-close off', () => {
    expect(loadConfig({ AUTO_CLOSE_AFTER_HOURS: '24' }).autoCloseAfterHours).toBe(24);
    expect(loadConfig({ AUTO_CLOSE_AFTER_HOURS: '0' }).autoCloseAfterHours).toBe(0);
  });

  it('refuses a negative or fractional number of hours', () => {
    expect(() => loadConfig({ AUTO_CLOSE_AFTER_HOURS: '-1' })).toThrow(/AUTO_CLOSE_AFTER_HOURS must be a whole number, 0 or more/);
    expect(() => loadConfig({ AUTO_CLOSE_AFTER_HOURS: '1.5' })).toThrow(/AUTO_CLOSE_AFTER_HOURS must be a whole number, 0 or more/);
  });
});

describe('observability settings', () => {
  it('log operations over a second as slow, and leave /metrics open, unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ slowOperationMs: 1000, metricsToken: undefined });
    expect(loadConfig({ SLOW_OPERATION_MS: '250', METRICS_TOKEN: ' scrape-secret ' })).toMatchObject({ slowOperationMs: 250, metricsToken: 'scrape-secret' });
  });

  it('refuse a slow-operation threshold that is not a positive integer', () => {
    expect(() => loadConfig({ SLOW_OPERATION_MS: '0' })).toThrow(/SLOW_OPERATION_MS must be a positive integer/);
  });
});
