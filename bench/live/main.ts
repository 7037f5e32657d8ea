/**
 * `npm run bench:live`: the live-subscription benchmark. For each mode (one Deskline instance,
 * then two behind Redis) it re-creates a PostgreSQL database, starts the server(s), sets up a
 * help desk over GraphQL and hands a plan to a forked load process, which opens the
 * subscribers, makes the changes and measures; then the same load against a bare `ws` server.
 * It prints one table and writes bench/results/live-<time>.json. See bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, USAGE, type BenchArgs } from './args';
import { argsOrUsage } from '../common/flags';
import { baselineFrame } from './baseline-server';
import { adminUrl, databaseUrl, dropDatabase, lockDatabaseName, recreateDatabase } from '../common/database';
import { forkNode, freePort, installExitHandlers, spawnNode, stopAll, stopChild, waitForHealth, waitForLine } from '../common/processes';
import type { BaselinePlan, LoadMessage, LoadPlan, LoadResult, ProductPlan, ProductResult, StartMessage } from './protocol';
import { goals, ratios, table } from './report';
import { setUpHelpDesk } from './setup';

const ROOT = resolve(__dirname, '../../..');
const SERVER_SCRIPT = join(ROOT, 'dist/src/main.js');
const OWNER = { email: 'bench-owner@bench.local', password: 'bench-owner-password' } as const;

function log(text: string): void {
  process.stdout.write(`[bench] ${text}\n`);
}

/** Runs one plan in a fresh load process and returns its figures. */
function runLoad(plan: LoadPlan): Promise<LoadResult> {
  const child = forkNode(join(__dirname, 'load.js'), [], '[load]');
  return new Promise((resolvePromise, reject) => {
    let settled = false;
    child.on('message', (message: LoadMessage) => {
      if (message.type === 'progress') log(`${plan.label}: ${message.text}`);
      else if (message.type === 'result') {
        settled = true;
        resolvePromise(message.result);
      } else {
        settled = true;
        reject(new Error(`the load process failed: ${message.message}`));
      }
    });
    child.once('exit', (code, signal) => {
      if (!settled) reject(new Error(`the load process exited (${code ?? signal}) without figures`));
    });
    child.send({ type: 'start', plan } satisfies StartMessage);
  });
}

/** The Deskline server's environment: its own database, and limits raised far above this load. */
function serverEnv(args: BenchArgs, dbUrl: string, port: number, jwtSecret: string, redis: boolean): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATABASE_URL: dbUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    OWNER_EMAIL: OWNER.email,
    OWNER_PASSWORD: OWNER.password,
    JWT_SECRET: jwtSecret,
    LOG_LEVEL: args.logLevel,
    MAX_SUBSCRIPTIONS_PER_USER: String(args.clients * 4 + 100),
    MAX_SUBSCRIPTIONS_PER_SOCKET: '10',
    LOGIN_LIMIT_PER_ADDRESS: '100000/60',
    LOGIN_FAILURE_LIMIT_PER_ACCOUNT: '100000/60',
  };
  if (redis) env.REDIS_URL = args.redisUrl;
  return env;
}

async function productRun(args: BenchArgs, instances: number): Promise<ProductResult> {
  const label = instances === 1 ? 'Deskline x1' : `Deskline x${instances} (Redis)`;
  log(`${label}: database ${args.databaseName} re-created`);
  await recreateDatabase(args.postgresUrl, args.databaseName);
  const dbUrl = databaseUrl(args.postgresUrl, args.databaseName);
  const jwtSecret = randomBytes(48).toString('base64url');
  const servers: { child: ReturnType<typeof spawnNode>; port: number }[] = [];
  try {
    // One after the other: the first migrates the empty database and creates the owner.
    for (let i = 0; i < instances; i++) {
      const port = await freePort();
      const name = String.fromCharCode(65 + i);
      const nodeArgs = args.serverNodeArgs.split(/\s+/).filter(Boolean);
      const child = spawnNode(SERVER_SCRIPT, [], serverEnv(args, dbUrl, port, jwtSecret, instances > 1), `[server ${name}]`, nodeArgs);
      await waitForHealth(`http://127.0.0.1:${port}/healthz`, child);
      log(`${label}: server ${name} (pid ${child.pid}) up on port ${port}`);
      servers.push({ child, port });
    }
    const httpUrl = `http://127.0.0.1:${(servers[0] as { port: number }).port}/graphql`;
    const setupStart = Date.now();
    const setup = await setUpHelpDesk(httpUrl, OWNER, args.tickets);
    log(`${label}: set up ${setup.ticketCount} tickets (${setup.preferred.length} CRITICAL/HIGH preferred by the changes) in ${((Date.now() - setupStart) / 1000).toFixed(1)} s`);
    log(`${label}: subscribers are ${setup.subscriberDescription}`);
    const plan: ProductPlan = {
      kind: 'product',
      label,
      clients: args.clients,
      rate: args.rate,
      seconds: args.seconds,
      batchSize: args.batchSize,
      drainSeconds: args.drainSeconds,
      httpUrl,
      wsUrls: servers.map((s) => `ws://127.0.0.1:${s.port}/graphql`),
      token: setup.agentToken,
      subscriberDescription: setup.subscriberDescription,
      departmentId: setup.departmentId,
      only: args.only,
      queueFirst: args.queueFirst,
      preferred: setup.preferred,
      reserve: setup.reserve,
      serverPids: servers.map((s) => s.child.pid as number),
      adminDatabaseUrl: adminUrl(args.postgresUrl),
      databaseName: args.databaseName,
      calibrationSteps: args.calibrationSteps,
    };
    return (await runLoad(plan)) as ProductResult;
  } finally {
    await Promise.all(servers.map((s) => stopChild(s.child, 10_000)));
    if (!args.keepDatabase) await dropDatabase(args.postgresUrl, args.databaseName).catch(() => undefined);
  }
}

async function baselineRun(args: BenchArgs, captured: string): Promise<LoadResult> {
  const framePath = join(tmpdir(), `deskline-bench-frame-${process.pid}.json`);
  writeFileSync(framePath, captured);
  const port = await freePort();
  const child = forkNode(join(__dirname, 'baseline-server.js'), [String(port), framePath], '[baseline]');
  try {
    await waitForLine(child, 'ready');
    const plan: BaselinePlan = {
      kind: 'baseline',
      label: 'bare ws baseline',
      clients: args.clients,
      rate: args.rate,
      seconds: args.seconds,
      batchSize: args.batchSize,
      drainSeconds: args.drainSeconds,
      wsUrl: `ws://127.0.0.1:${port}/ws`,
      controlUrl: `http://127.0.0.1:${port}/broadcast`,
      serverPid: child.pid as number,
      payloadBytes: Buffer.byteLength(baselineFrame(captured, 0)),
    };
    log(`baseline: ${plan.payloadBytes}-byte frames (the captured one: ${Buffer.byteLength(captured)} bytes)`);
    return await runLoad(plan);
  } finally {
    await stopChild(child);
    rmSync(framePath, { force: true });
  }
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const args = argsOrUsage(parseArgs, USAGE);
  installExitHandlers(async () => {
    await stopAll();
    if (!args.keepDatabase) await dropDatabase(args.postgresUrl, args.databaseName);
  });
  const startedAt = new Date();
  const loadAtStart = loadavg();
  const command = ['npm run bench:live', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');
  log(`${command}`);
  log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? '?'}, Node ${process.version}, load average ${loadAtStart.map((l) => l.toFixed(2)).join(' ')} (shared: other work skews CPU figures)`);

  const results: LoadResult[] = [];
  let captured: string | null = null;
  const lock = await lockDatabaseName(args.postgresUrl, args.databaseName);
  try {
    for (const instances of args.instances) {
      const result = await productRun(args, instances);
      results.push(result);
      if (!captured && result.capturedFrame) {
        captured = result.capturedFrame;
        if (result.capturedFrameKind !== 'ticketChanged') log('no ticketChanged frame was captured: the baseline uses the size of a queueChanged frame');
      }
    }
  } finally {
    await lock.release();
  }
  if (args.baseline) {
    if (captured) results.push(await baselineRun(args, captured));
    else log('baseline skipped: no real message was captured to size its frames');
  }

  process.stdout.write(`\n${table(results)}\n\n`);
  for (const line of goals(results)) process.stdout.write(`${line}\n`);
  mkdirSync(resolve(ROOT, args.outDir), { recursive: true });
  const out = resolve(ROOT, args.outDir, `live-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        command,
        startedAt: startedAt.toISOString(),
        commit: gitCommit(),
        machine: { cpus: cpus().length, model: cpus()[0]?.model ?? null, node: process.version, loadAverageAtStart: loadAtStart },
        args,
        ratios: ratios(results),
        goals: goals(results),
        results: results.map((r) => (r.kind === 'product' ? { ...r, capturedFrame: r.capturedFrame?.slice(0, 2000) ?? null } : r)),
      },
      null,
      2,
    )}\n`,
  );
  log(`written ${out}`);
}

main().then(
  () => stopAll().then(() => process.exit(0)),
  (error: unknown) => {
    process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    void stopAll().finally(() => process.exit(1));
  },
);
