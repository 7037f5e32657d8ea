/**
 * `npm run bench:data`: fills a PostgreSQL database with a help desk at scale (1M tickets by
 * default) for the benchmarks. The database is dropped, re-created and migrated with the
 * application's own code; the few rows of configuration go through its entities, the bulk is
 * generated inside PostgreSQL (tickets.ts), and the SLAs of tickets that are not closed are
 * computed with the application's own SLA functions. The application starts on the result with
 * nothing to catch up. Prints each step and writes bench/results/data-<time>.json. See bench/README.md.
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { hashPassword } from '../../src/auth/password';
import { migrateToLatest, openDatabase } from '../../src/db/orm';
import { entities } from '../../src/modules/entities';
import { databaseUrl, recreateDatabase } from '../common/database';
import { parseArgs, USAGE } from './args';
import { argsOrUsage } from '../common/flags';
import { createHelpDesk, type HelpDesk } from './help-desk';
import { BULK_TABLES, dropBulkIndexes, inLanes, restoreIndexes } from './indexes';
import { catchUpSlaBreaches, settleOpenSlas } from './open-slas';
import { contactSteps, eventStep, HELPERS, laneCondition, messageStep, planStep, policyStep, STAGING_CLEANUP, ticketStep, type SqlStep } from './tickets';

export const BENCH_PASSWORD = 'bench-password-1';
/** Shares of tickets whose subject, and of customer messages whose text, say "refund": together about 0.6 % of tickets. */
const SEARCHED_SUBJECT_SHARE = 0.004;
const SEARCHED_SENTENCE_SHARE = 0.0015;
/** Connections writing at once: one per core of the 2-core machine this was written for. */
const LANES = 2;
const APP_TABLES = ['department', 'agent', 'agent_department', 'contact_group', 'contact', 'contact_identity', 'sla_policy', 'ticket', 'message', 'ticket_event'];

interface StepResult {
  step: string;
  seconds: number;
  rows: number | null;
}

function log(text: string): void {
  process.stdout.write(`[bench:data] ${text}\n`);
}

const steps: StepResult[] = [];

async function timed(step: string, work: () => Promise<number | null>): Promise<void> {
  const started = performance.now();
  const rows = await work();
  const seconds = (performance.now() - started) / 1000;
  steps.push({ step, seconds, rows });
  log(`${step.padEnd(28)} ${seconds.toFixed(1).padStart(7)} s${rows === null ? '' : `  ${rows.toLocaleString('en-US').padStart(11)} rows`}`);
}

async function runSql(lanes: readonly Client[], step: SqlStep): Promise<void> {
  await timed(step.name, async () => {
    if (!step.byLanes) return (await lanes[0]!.query(step.sql, step.params)).rowCount ?? null;
    const results = await Promise.all(lanes.map((client, lane) => client.query(step.sql + laneCondition(lanes.length, lane), step.params)));
    return results.reduce((sum, result) => sum + (result.rowCount ?? 0), 0);
  });
}

/** Migrates with the application's code and writes the configuration through its entities. */
async function migrateAndConfigure(url: string, now: Date): Promise<HelpDesk> {
  const database = await openDatabase({ databaseUrl: url, dataDir: '', entities, poolSize: 2 });
  try {
    await timed('migrations', async () => (await migrateToLatest(database.orm)).length);
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    let desk: HelpDesk | undefined;
    await timed('departments, agents, SLAs', async () => {
      desk = await createHelpDesk(database.orm.em.fork(), passwordHash, now);
      return desk.agentIds.length + 2;
    });
    return desk!;
  } finally {
    await database.close();
  }
}

async function main(): Promise<void> {
  const args = argsOrUsage(parseArgs, USAGE);
  const started = performance.now();
  // Whole milliseconds, the precision of every stored instant.
  const now = new Date(Math.floor(Date.now() / 1000) * 1000);
  const contacts = Math.max(100, Math.round(args.tickets / 10));
  const url = databaseUrl(args.serverUrl, args.databaseName);
  log(`${args.tickets.toLocaleString('en-US')} tickets into ${args.databaseName}, as of ${now.toISOString()}`);

  await timed('database re-created', async () => (await recreateDatabase(args.serverUrl, args.databaseName), null));
  const desk = await migrateAndConfigure(url, now);

  const lanes = Array.from({ length: LANES }, () => new Client({ connectionString: url }));
  const [client] = lanes as [Client];
  try {
    for (const [lane, laneClient] of lanes.entries()) {
      await laneClient.connect();
      await laneClient.query(`set synchronous_commit = off; set maintenance_work_mem = '512MB'; set work_mem = '128MB'; set timezone = 'UTC'`);
      await laneClient.query(`select setseed(${(lane + 1) / (LANES + 1)})`);
    }
    await client.query(HELPERS);
    let saved: Awaited<ReturnType<typeof dropBulkIndexes>> | undefined;
    await timed('secondary indexes dropped', async () => {
      saved = await dropBulkIndexes(client);
      return saved.indexes.length + saved.foreignKeys.length;
    });
    for (const step of [policyStep(desk), ...contactSteps(contacts, desk, now), planStep(args.tickets, contacts, now), ticketStep(desk, SEARCHED_SUBJECT_SHARE), messageStep(desk, SEARCHED_SENTENCE_SHARE)]) {
      await runSql(lanes, step);
    }
    await timed('SLAs of open tickets (Node)', () => settleOpenSlas(client, desk.policies, now));
    await runSql(lanes, eventStep(desk));
    await timed('indexes re-created', () => restoreIndexes(lanes, saved!));
    await client.query(STAGING_CLEANUP);
    await timed('VACUUM ANALYZE', async () => {
      // The big tables in lanes; then the whole database, which finds them done already.
      await inLanes(lanes, [...BULK_TABLES].reverse(), (laneClient, table) => laneClient.query(`vacuum analyze "${table}"`));
      await client.query('vacuum analyze');
      return null;
    });
    await timed('SLA breaches during the run', () => catchUpSlaBreaches(client, desk.policies, new Date()));

    const totalSeconds = (performance.now() - started) / 1000;
    const counts = await client.query<{ table: string; rows: string; bytes: string }>(
      `select t as table, (xpath('/row/c/text()', query_to_xml(format('select count(*) as c from %I', t), false, true, '')))[1]::text as rows,
         pg_total_relation_size(t)::text as bytes
       from unnest($1::text[]) t`,
      [APP_TABLES],
    );
    const mix = await client.query(
      `select
         (select jsonb_object_agg(status, n) from (select status, count(*) n from ticket group by status) s) as statuses,
         (select jsonb_build_object('min', min(n), 'max', max(n)) from (select count(*) n from ticket where status in ('NEW', 'OPEN') group by department_id) q) as queued_per_department,
         (select count(*) from ticket t where to_tsvector('simple', subject) @@ to_tsquery('simple', 'refund')
            or exists (select 1 from message m where m.ticket_id = t.id and to_tsvector('simple', m.body) @@ to_tsquery('simple', 'refund'))) as refund_tickets`,
    );
    const tables = counts.rows.map((row) => ({ table: row.table, rows: Number(row.rows), megabytes: Math.round(Number(row.bytes) / 1048576) }));
    log(`done in ${totalSeconds.toFixed(1)} s`);
    for (const { table, rows, megabytes } of tables) log(`  ${table.padEnd(18)} ${rows.toLocaleString('en-US').padStart(11)} rows ${String(megabytes).padStart(7)} MB`);
    log(`  statuses ${JSON.stringify(mix.rows[0].statuses)}; NEW+OPEN per department ${JSON.stringify(mix.rows[0].queued_per_department)}; tickets saying "refund" ${mix.rows[0].refund_tickets}`);

    mkdirSync(args.outDir, { recursive: true });
    const file = join(args.outDir, `data-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    const result = {
      args: { tickets: args.tickets, database: args.databaseName },
      asOf: now.toISOString(),
      totalSeconds,
      steps,
      tables,
      statuses: mix.rows[0].statuses,
      queuedPerDepartment: mix.rows[0].queued_per_department,
      refundTickets: Number(mix.rows[0].refund_tickets),
      machine: { cpus: cpus().length, loadAverage: loadavg() },
    };
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    log(`written ${file}`);
  } finally {
    await Promise.all(lanes.map((laneClient) => laneClient.end()));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
