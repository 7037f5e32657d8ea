import { afterAll, beforeAll } from 'vitest';
import type { Clock } from '../../src/common/clock';
import { isolatedDatabase, startTestApp, type TestApp, type TestDatabase } from './test-app';

/**
 * Two servers on one PostgreSQL database of their own, agreeing on `clock`, for a describe
 * block: started before its tests, stopped and dropped after. Their scheduler batches are
 * small, so each run is many short transactions that interleave with the other server's.
 */
export function twoServersOnOneDatabase(clock: Clock): { a(): TestApp; b(): TestApp } {
  let database: TestDatabase | undefined;
  let a: TestApp | undefined;
  let b: TestApp | undefined;
  beforeAll(async () => {
    database = await isolatedDatabase();
    a = await startTestApp({ schedulerBatchSize: 3 }, { clock, database });
    b = await startTestApp({ schedulerBatchSize: 3 }, { clock, database });
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await database?.drop();
  });
  return { a: () => a!, b: () => b! };
}

/**
 * Claims due work from every side at once: both servers' schedulers, and `claim` twice on each
 * server's connection pool. Resolves with how many items they processed in all.
 */
export async function claimFromEverySide(apps: readonly TestApp[], claim: (app: TestApp) => Promise<number>): Promise<number> {
  const claimers = apps.flatMap((app) => [
    app.app.deps.scheduler.runDueNow().then((runs) => runs.reduce((sum, run) => sum + run.processed, 0)),
    claim(app),
    claim(app),
  ]);
  return (await Promise.all(claimers)).reduce((sum, count) => sum + count, 0);
}
