/**
 * `npm run bench`: the HTTP benchmark. On the database `npm run bench:data` made, it starts the
 * server and the raw baseline (raw-queue-server.ts), loads them from a forked autocannon process
 * scenario by scenario, prints one table and writes bench/results/<time>.json. See bench/README.md.
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { databaseUrl } from '../common/database';
import { GraphQLHttp } from '../common/graphql-http';
import { rssKb } from '../common/proc';
import { freePort, forkNode, installExitHandlers, spawnNode, stopAll, stopChild, waitForHealth, waitForLine } from '../common/processes';
import { parseArgs, USAGE, type HttpBenchArgs, type ScenarioName } from './args';
import { argsOrUsage } from '../common/flags';
import { differences } from './compare';
import * as documents from './documents';
import { sqlStatements } from './metrics';
import type { LoadJob } from './protocol';
import { GOALS, ratiosOf, table, windowRow, type ResultRow } from './report';
import { LoadProcess, measure, type Target, type Window } from './runner';
import { countTickets, MissingDataError, prepareCallers, WRITE_DEPARTMENT_NAME, type BenchSetup, type Caller } from './setup';
import { benchReports, REPORT_PROBES, timeProbes, timeSequences } from './sql-probes';
import { reportStatements } from '../../src/modules/reports/report-query';

const ROOT = resolve(__dirname, '../../..');
const SERVER_SCRIPT = join(ROOT, 'dist/src/main.js');
/** The unloaded p50 stops after this long, or the measured window's length if shorter. */
const UNLOADED_SECONDS = 10;
/** Statements per page do not depend on load: a short single-connection window counts them. */
const SQL_COUNT_SECONDS = 3;

function log(text: string): void {
  process.stdout.write(`[bench] ${text}\n`);
}

/** The server's environment: the bench database, and the login limits raised for 24 logins in a row. */
function serverEnv(args: HttpBenchArgs, dbUrl: string, port: number): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATABASE_URL: dbUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    JWT_SECRET: randomBytes(48).toString('base64url'),
    LOG_LEVEL: args.logLevel,
    LOGIN_LIMIT_PER_ADDRESS: '100000/60',
    LOGIN_FAILURE_LIMIT_PER_ACCOUNT: '100000/60',
    // Closing bench:data's old RESOLVED tickets would change the data and load the server under measurement.
    AUTO_CLOSE_AFTER_HOURS: '0',
  };
}

async function startProduct(args: HttpBenchArgs, dbUrl: string): Promise<{ child: ChildProcess; baseUrl: string }> {
  const port = await freePort();
  const nodeArgs = args.serverNodeArgs.split(/\s+/).filter(Boolean);
  const child = spawnNode(SERVER_SCRIPT, [], serverEnv(args, dbUrl, port), '[server]', nodeArgs);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(`${baseUrl}/healthz`, child);
  log(`server (pid ${child.pid}) up on port ${port}`);
  return { child, baseUrl };
}

async function startRaw(dbUrl: string): Promise<{ child: ChildProcess; baseUrl: string }> {
  const port = await freePort();
  const child = forkNode(join(__dirname, 'raw-queue-server.js'), [String(port), dbUrl], '[raw]');
  await waitForLine(child, 'ready');
  log(`raw baseline (pid ${child.pid}) up on port ${port}`);
  return { child, baseUrl: `http://127.0.0.1:${port}` };
}

async function postJson(url: string, body: string, token?: string): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body });
  const answer = (await response.json()) as { errors?: unknown[] };
  if (response.status !== 200 || answer.errors) throw new Error(`${url} answered ${response.status}: ${JSON.stringify(answer).slice(0, 500)}`);
  return answer;
}

/** Facts about the machine and the data, kept with the figures. */
async function environment(dbUrl: string) {
  const client = new Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>('show server_version');
    return { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? null, node: process.version, postgres: rows[0]?.server_version ?? null, loadAverageAtStart: loadavg() };
  } finally {
    await client.end();
  }
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
  } catch {
    return null;
  }
}

/** Runs `node dist/bench/live/main.js` with its defaults and returns the JSON it wrote. */
async function runLive(outDir: string): Promise<unknown> {
  const startedAt = Date.now();
  const child = spawnNode(join(ROOT, 'dist/bench/live/main.js'), [], { ...process.env }, '[live]');
  const code = await new Promise<number | null>((done) => child.once('exit', (exitCode) => done(exitCode)));
  if (code !== 0) throw new Error(`bench:live exited with ${code}`);
  const written = readdirSync(outDir)
    .filter((name) => name.startsWith('live-') && name.endsWith('.json'))
    .map((name) => join(outDir, name))
    .filter((path) => statSync(path).mtimeMs >= startedAt)
    .sort();
  const latest = written.at(-1);
  if (!latest) throw new Error(`bench:live wrote no live-*.json in ${outDir}`);
  const result = JSON.parse(readFileSync(latest, 'utf8')) as { ratios: unknown; goals: unknown };
  return { file: latest, ratios: result.ratios, goals: result.goals };
}

/** The scenarios of one run, sharing the server, the baseline, the load process and the callers. */
class HttpBench {
  readonly rows: ResultRow[] = [];
  readonly notes: string[] = [];
  readonly extra: Record<string, unknown> = {};
  private rawQueueWindow: Window | null = null;

  constructor(
    private readonly args: HttpBenchArgs,
    private readonly dbUrl: string,
    private readonly product: { child: ChildProcess; baseUrl: string },
    private readonly raw: { child: ChildProcess; baseUrl: string },
    private readonly setup: BenchSetup,
    private readonly load: LoadProcess,
  ) {}

  private get graphqlUrl(): string {
    return `${this.product.baseUrl}/graphql`;
  }

  private get productTarget(): Target {
    return { pid: this.product.child.pid as number, sqlStatements: () => sqlStatements(this.product.baseUrl) };
  }

  private get rawTarget(): Target {
    return { pid: this.raw.child.pid as number, sqlStatements: async () => null };
  }

  private productJob(caller: Caller, bodies: string[], options: { connections?: number; seconds?: number; unique?: boolean } = {}): LoadJob {
    return {
      url: this.graphqlUrl,
      headers: { authorization: `Bearer ${caller.token}` },
      bodies,
      ...(options.unique ? { uniqueToken: documents.UNIQUE } : {}),
      connections: options.connections ?? this.args.connections,
      seconds: options.seconds ?? this.args.seconds,
    };
  }

  private rawJob(path: string, bodies: string[], options: { connections?: number; seconds?: number; unique?: boolean } = {}): LoadJob {
    return {
      url: `${this.raw.baseUrl}${path}`,
      headers: {},
      bodies,
      ...(options.unique ? { uniqueToken: documents.UNIQUE } : {}),
      connections: options.connections ?? this.args.connections,
      seconds: options.seconds ?? this.args.seconds,
    };
  }

  private measureProduct(job: LoadJob, warmupSeconds = this.args.warmupSeconds): Promise<Window> {
    return measure(this.load, this.productTarget, job, warmupSeconds);
  }

  private measureRaw(job: LoadJob, warmupSeconds = this.args.warmupSeconds): Promise<Window> {
    return measure(this.load, this.rawTarget, job, warmupSeconds);
  }

  private get queueBody(): string {
    return documents.graphqlBody(documents.QUEUE_PAGE, { departmentId: this.setup.department.id });
  }

  private get rawQueueBody(): string {
    const { departmentsAgent, department } = this.setup;
    return JSON.stringify({ agentId: departmentsAgent.agentKey, departmentIds: departmentsAgent.departmentKeys, departmentId: department.key, first: 50 });
  }

  private get queueCallers(): [string, Caller][] {
    return [
      ['DEPARTMENTS agent', this.setup.departmentsAgent],
      ['ASSIGNED_ONLY agent', this.setup.assignedOnlyAgent],
      ['admin', this.setup.admin],
    ];
  }

  /** The product's and the baseline's answers for the DEPARTMENTS agent's page must be equal before either is loaded. */
  async checkBaselineAnswer(): Promise<void> {
    const productAnswer = await postJson(this.graphqlUrl, this.queueBody, this.setup.departmentsAgent.token);
    const rawAnswer = await postJson(`${this.raw.baseUrl}/queue`, this.rawQueueBody);
    const found = differences(productAnswer, rawAnswer);
    if (found.length) {
      throw new Error(`the raw baseline's queue page differs from the product's (${found.length} differences; product ≠ baseline):\n  ${found.slice(0, 20).join('\n  ')}`);
    }
    log(`raw baseline: its queue page equals the product's (${(productAnswer as { data: documents.QueuePageResult }).data.queue.edges.length} tickets)`);
  }

  /** The product's queue page as each caller, loaded in turn; `label` tells the runs of the memory scenario apart. */
  async queueSet(label = ''): Promise<void> {
    for (const [who, caller] of this.queueCallers) {
      const answer = await new GraphQLHttp(this.graphqlUrl, caller.token).text<documents.QueuePageResult>(documents.QUEUE_PAGE, { departmentId: this.setup.department.id });
      log(`queue as ${who} (${caller.email}): ${answer.queue.edges.length} of ${answer.queue.totalCount} tickets`);
      const window = await this.measureProduct(this.productJob(caller, [this.queueBody]));
      const base = this.rawQueueWindow;
      this.rows.push(windowRow(`queue page, ${who}${label}`, window, { ratio: base && ratiosOf(window, base) }));
    }
  }

  async queue(): Promise<void> {
    await this.checkBaselineAnswer();
    this.rawQueueWindow = await this.measureRaw(this.rawJob('/queue', [this.rawQueueBody]));
    await this.queueSet();
    this.rows.push(windowRow('raw baseline: queue page (node:http + pg, 1 statement)', this.rawQueueWindow));
  }

  async unloaded(): Promise<void> {
    const seconds = Math.min(UNLOADED_SECONDS, this.args.seconds);
    const warmup = Math.min(2, this.args.warmupSeconds);
    const raw = await this.measureRaw(this.rawJob('/queue', [this.rawQueueBody], { connections: 1, seconds }), warmup);
    const product = await this.measureProduct(this.productJob(this.setup.departmentsAgent, [this.queueBody], { connections: 1, seconds }), warmup);
    this.rows.push(windowRow('unloaded queue page, DEPARTMENTS agent (1 connection)', product, { ratio: ratiosOf(product, raw) }));
    this.rows.push(windowRow('unloaded raw baseline (1 connection)', raw));
  }

  async sql(): Promise<void> {
    const measured = async (document: string) => {
      const body = documents.graphqlBody(document, { departmentId: this.setup.department.id });
      await postJson(this.graphqlUrl, body, this.setup.departmentsAgent.token);
      return this.measureProduct(this.productJob(this.setup.departmentsAgent, [body], { connections: 1, seconds: Math.min(SQL_COUNT_SECONDS, this.args.seconds) }), 0);
    };
    const five = await measured(documents.QUEUE_PAGE_OF_FIVE);
    const fifty = await measured(documents.QUEUE_PAGE);
    if (five.sqlPerRequest === null || fifty.sqlPerRequest === null) this.notes.push('SQL statements per page: the server has no SQL statement counter on GET /metrics, so they are null');
    const growth = five.sqlPerRequest === null || fifty.sqlPerRequest === null ? null : fifty.sqlPerRequest - five.sqlPerRequest;
    const goal = `SQL/req of first: 50 − first: 5 ≤ ${GOALS.sqlGrowthFiveToFifty}`;
    this.rows.push(windowRow('SQL count: queue page first: 5 (1 connection)', five));
    this.rows.push({ ...windowRow('SQL count: queue page first: 50 (1 connection)', fifty, { goal }), ...(growth === null ? { pass: null } : { pass: growth <= GOALS.sqlGrowthFiveToFifty && fifty.figures.graphqlErrors === 0 }) });
  }

  async search(): Promise<void> {
    const body = documents.graphqlBody(documents.SEARCH);
    const answer = await new GraphQLHttp(this.graphqlUrl, this.setup.admin.token).text<documents.SearchResult>(documents.SEARCH, {});
    log(`search "refund" as the admin: ${answer.tickets.edges.length} tickets on the first page`);
    for (const connections of [1, 10]) {
      const window = await this.measureProduct(this.productJob(this.setup.admin, [body], { connections }));
      const goal = `p99 < ${GOALS.searchP99Ms} ms`;
      this.rows.push(windowRow(`search "refund", admin (${connections} connection${connections > 1 ? 's' : ''})`, window, { goal, meets: (window.figures.latencyMs?.p99 ?? Infinity) < GOALS.searchP99Ms }));
    }
  }

  async reports(): Promise<void> {
    for (const timing of await timeProbes(this.dbUrl, REPORT_PROBES)) {
      this.rows.push({
        scenario: `${timing.name}, median of ${timing.runs}`,
        window: null,
        ratio: null,
        value: `${timing.medianMs.toFixed(1)} ms`,
        goal: timing.goalMs === null ? '' : `< ${timing.goalMs} ms`,
        pass: timing.goalMs === null ? null : timing.medianMs < timing.goalMs,
      });
    }
    const now = new Date();
    for (const report of benchReports(now)) {
      const body = documents.graphqlBody(documents.TICKET_REPORT, { input: report.variables });
      const answer = await new GraphQLHttp(this.graphqlUrl, this.setup.admin.token).text<documents.TicketReportResult>(documents.TICKET_REPORT, { input: report.variables });
      log(`${report.name}: ${answer.ticketReport.rows.length} rows, backlog ${answer.ticketReport.backlogAtEnd}`);
      const graphqlWindow = await this.measureProduct(this.productJob(this.setup.admin, [body], { connections: 1 }));
      const statements = reportStatements({ ...report.query, metrics: documents.TICKET_REPORT_METRICS }, now);
      const [alone] = await timeSequences(this.dbUrl, [{ name: report.name, statements: [statements.rows, statements.backlog] }]);
      const sqlMs = alone?.medianMs ?? Number.NaN;
      const ratio = (graphqlWindow.figures.latencyMs?.p50 ?? Number.NaN) / sqlMs;
      this.rows.push(
        windowRow(`${report.name} through GraphQL (1 connection)`, graphqlWindow, {
          goal: `p50 ≤ ${GOALS.graphqlReportToSql}x its SQL alone (${ratio.toFixed(2)}x)`,
          meets: ratio <= GOALS.graphqlReportToSql,
        }),
        { scenario: `${report.name}: its SQL alone through pg, median of ${alone?.runs ?? 0}`, window: null, ratio: null, value: `${sqlMs.toFixed(1)} ms`, goal: '', pass: null },
      );
    }
  }

  async write(): Promise<void> {
    const { departmentsAgent: agent, admin, writeDepartment, replyTicketIds, contactKey } = this.setup;
    const asAgent = new GraphQLHttp(this.graphqlUrl, agent.token);
    const asAdmin = new GraphQLHttp(this.graphqlUrl, admin.token);
    const createBody = documents.graphqlBody(documents.CREATE_TICKET, { input: documents.createTicketInput(writeDepartment.id) });
    const created = await asAdmin.text<documents.CreateTicketResult>(documents.CREATE_TICKET, { input: documents.createTicketInput(writeDepartment.id) });
    log(`createTicket answers (${created.createTicket.ticket.code}), into "${WRITE_DEPARTMENT_NAME}"; replies go to ${replyTicketIds.length} queued tickets in turn`);
    await asAgent.text<documents.ReplyResult>(documents.REPLY, { input: documents.replyInput(replyTicketIds[0] as string) });
    const rawInsertBody = JSON.stringify({ actorId: admin.agentKey, departmentId: writeDepartment.key, contactId: contactKey, subject: `Raw bench ticket ${documents.UNIQUE}` });
    await postJson(`${this.raw.baseUrl}/tickets`, rawInsertBody.replace(documents.UNIQUE, 'check'));

    const rawInsert = await this.measureRaw(this.rawJob('/tickets', [rawInsertBody], { unique: true }));
    const create = await this.measureProduct(this.productJob(admin, [createBody], { unique: true }));
    const replyBodies = replyTicketIds.map((ticketId) => documents.graphqlBody(documents.REPLY, { input: documents.replyInput(ticketId) }));
    const reply = await this.measureProduct(this.productJob(agent, replyBodies));
    const createRatio = ratiosOf(create, rawInsert);
    this.rows.push(
      windowRow(`createTicket, admin, into "${WRITE_DEPARTMENT_NAME}"`, create, {
        ratio: createRatio,
        goal: `req/s ≥ ${GOALS.createTicketToRawInsert}x raw insert`,
        meets: (createRatio?.requestsPerSecond ?? 0) >= GOALS.createTicketToRawInsert,
      }),
      windowRow('replyToTicket, DEPARTMENTS agent (ratio: to the raw insert)', reply, { ratio: ratiosOf(reply, rawInsert) }),
      windowRow('raw baseline: insert ticket + CREATED event (1 statement)', rawInsert),
    );
  }

  private rssMb(): number {
    return (rssKb(this.product.child.pid as number) ?? 0) / 1024;
  }

  async memory(queueAlreadyRan: boolean): Promise<void> {
    if (!queueAlreadyRan) await this.queueSet(' (memory: first run)');
    const first = this.rssMb();
    await this.queueSet(' (memory: second run)');
    const second = this.rssMb();
    this.extra.memory = { rssAfterScenariosMb: first, rssAfterSecondQueueRunMb: second };
    const row = (scenario: string, mb: number, goal: string, pass: boolean): ResultRow => ({ scenario, window: null, ratio: null, value: `${mb.toFixed(0)} MB`, goal, pass });
    this.rows.push(
      row('server RSS after the scenarios', first, `< ${GOALS.rssMb} MB`, first < GOALS.rssMb),
      row('server RSS after the queue set again', second, `< ${GOALS.rssMb} MB, ≤ ${GOALS.rssGrowth}x the first`, second < GOALS.rssMb && second <= first * GOALS.rssGrowth),
    );
  }

  async live(): Promise<void> {
    this.extra.live = await runLive(resolve(ROOT, this.args.outDir));
  }
}

async function run(args: HttpBenchArgs, command: string): Promise<void> {
  const startedAt = new Date();
  const dbUrl = databaseUrl(args.postgresUrl, args.databaseName);
  const tickets = await countTickets(dbUrl, args.databaseName);
  const machine = await environment(dbUrl);
  log(command);
  log(`machine: ${machine.cpus} x ${machine.cpuModel ?? '?'}, Node ${machine.node}, PostgreSQL ${machine.postgres}, load average ${machine.loadAverageAtStart.map((l) => l.toFixed(2)).join(' ')} (shared: other work skews CPU figures)`);
  log(`database ${args.databaseName}: ${tickets.toLocaleString('en-US')} tickets`);

  const product = await startProduct(args, dbUrl);
  const raw = await startRaw(dbUrl);
  const setup = await prepareCallers(`${product.baseUrl}/graphql`);
  log(
    `department "${setup.department.name}" (${setup.department.queueLength} queued); ${setup.departmentsAgent.email}, ${setup.assignedOnlyAgent.email} (${setup.assignedOnlyAgent.queued} queued there), ${setup.admin.email}`,
  );
  const bench = new HttpBench(args, dbUrl, product, raw, setup, new LoadProcess());
  const runs = (name: ScenarioName) => args.only.has(name);
  const steps: [ScenarioName, () => Promise<void>][] = [
    ['queue', () => bench.queue()],
    ['unloaded', () => bench.unloaded()],
    ['sql', () => bench.sql()],
    ['search', () => bench.search()],
    ['reports', () => bench.reports()],
    ['write', () => bench.write()],
    ['memory', () => bench.memory(runs('queue'))],
  ];
  for (const [name, step] of steps) {
    if (!runs(name)) continue;
    log(`scenario ${name}`);
    await step();
  }
  await stopChild(raw.child);
  await stopChild(product.child, 10_000);
  if (runs('live') && !args.skipLive) {
    log('scenario live: node dist/bench/live/main.js');
    await bench.live();
  }

  process.stdout.write(`\n${table(bench.rows)}\n\n`);
  for (const note of bench.notes) process.stdout.write(`note: ${note}\n`);
  mkdirSync(resolve(ROOT, args.outDir), { recursive: true });
  const out = resolve(ROOT, args.outDir, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const result = {
    command,
    startedAt: startedAt.toISOString(),
    commit: gitCommit(),
    machine,
    args: { ...args, only: [...args.only] },
    database: { name: args.databaseName, tickets },
    callers: { department: setup.department, departmentsAgent: setup.departmentsAgent.email, assignedOnlyAgent: setup.assignedOnlyAgent.email, admin: setup.admin.email },
    rows: bench.rows,
    notes: bench.notes,
    ...bench.extra,
  };
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  log(`written ${out}`);
}

async function main(): Promise<void> {
  const args = argsOrUsage(parseArgs, USAGE);
  installExitHandlers(stopAll);
  const command = ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');
  await run(args, command);
}

main().then(
  () => stopAll().then(() => process.exit(0)),
  (error: unknown) => {
    const message = error instanceof MissingDataError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`[bench] failed: ${message}\n`);
    void stopAll().finally(() => process.exit(1));
  },
);
