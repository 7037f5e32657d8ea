import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app';
import { connectRecording, disposeClients, LiveSubscription } from '../support/ws-client';

const METRICS_TOKEN = 'scrape-secret-for-tests';

type Labels = Record<string, string>;
interface Sample {
  name: string;
  labels: Labels;
  value: number;
}

/** The samples of a Prometheus text exposition (no escaped quotes in these tests' label values). */
function parseExposition(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match) throw new Error(`not a sample: ${line}`);
      const labels = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key, value]));
      return { name: match[1] as string, labels, value: Number(match[3]) };
    });
}

let t: TestApp;
const logLines: Record<string, unknown>[] = [];

/** null: no Authorization header. */
async function scrape(token: string | null = METRICS_TOKEN) {
  return fetch(t.httpUrl.replace(/\/graphql$/, '/metrics'), { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

/** The value of one series (labels matched exactly), 0 when it has no sample yet. */
async function metrics() {
  const response = await scrape();
  expect(response.status).toBe(200);
  const samples = parseExposition(await response.text());
  return {
    samples,
    value(name: string, labels: Labels = {}): number {
      const wanted = Object.entries(labels);
      const sample = samples.find((s) => s.name === name && Object.keys(s.labels).length === wanted.length && wanted.every(([k, v]) => s.labels[k] === v));
      return sample?.value ?? 0;
    },
  };
}

async function post(query: string, headers: Record<string, string> = {}) {
  const response = await fetch(t.httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${t.ownerToken}`, ...headers },
    body: JSON.stringify({ query }),
  });
  return { response, body: (await response.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] } };
}

async function eventually(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${what} did not happen within 5 s`);
}

const operationLines = () => logLines.filter((line) => line.msg === 'slow graphql operation' || line.msg === 'graphql operation');

beforeAll(async () => {
  const logger = pino({ level: 'info' }, { write: (line: string) => logLines.push(JSON.parse(line) as Record<string, unknown>) });
  // Every operation takes longer than 1 ms: each one's line is the slow-operation line.
  t = await startTestApp({ metricsToken: METRICS_TOKEN, slowOperationMs: 1 }, { logger });
});

afterAll(async () => {
  await disposeClients();
  await t?.stop();
});

describe('GET /metrics', () => {
  it('answers 401 without the token or with another one, and the Prometheus text format with it', async () => {
    expect((await scrape(null)).status).toBe(401);
    expect((await scrape('not-the-token')).status).toBe(401);
    const response = await scrape();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    for (const name of ['process_cpu_user_seconds_total', 'process_resident_memory_bytes', 'nodejs_eventloop_lag_seconds', 'nodejs_gc_duration_seconds']) {
      expect(text).toContain(`# TYPE ${name} `);
    }
  });

  it('counts a named query once, by name and type, and its time', async () => {
    const before = await metrics();
    const { body } = await post('query ObservedDepartments { departments { id name } }');
    expect(body.errors).toBeUndefined();
    const after = await metrics();
    const series = { operation: 'ObservedDepartments', type: 'query' };
    expect(after.value('deskline_graphql_operation_duration_seconds_count', series) - before.value('deskline_graphql_operation_duration_seconds_count', series)).toBe(1);
    expect(after.value('deskline_graphql_operation_duration_seconds_sum', series)).toBeGreaterThan(0);
    expect(after.value('deskline_graphql_operation_duration_seconds_bucket', { ...series, le: '+Inf' })).toBe(1);
  });

  it('counts a failed mutation and its error code', async () => {
    const series = { operation: 'ObservedLogin', type: 'mutation' };
    const before = await metrics();
    const { body } = await post('mutation ObservedLogin { login(input: { email: "nobody@test.local", password: "wrong-password-1" }) { token } }');
    expect(body.errors?.map((error) => error.extensions.code)).toEqual(['UNAUTHENTICATED']);
    const after = await metrics();
    const errors = (m: typeof after) => m.value('deskline_graphql_errors_total', { ...series, code: 'UNAUTHENTICATED' });
    expect(errors(after) - errors(before)).toBe(1);
    expect(after.value('deskline_graphql_operation_duration_seconds_count', series) - before.value('deskline_graphql_operation_duration_seconds_count', series)).toBe(1);
  });

  it('counts a document refused before it runs, under its code, anonymous as nothing names it', async () => {
    const series = { operation: 'anonymous', type: 'unknown', code: 'GRAPHQL_PARSE_FAILED' };
    const before = await metrics();
    const { response } = await post('query Broken {');
    expect(response.status).toBe(400);
    expect((await metrics()).value('deskline_graphql_errors_total', series) - before.value('deskline_graphql_errors_total', series)).toBe(1);
  });

  it('counts every SQL statement the app sends, BEGIN and COMMIT included, as the onQuery hook sees them', async () => {
    await t.queries.reset();
    const before = await metrics();
    const { body } = await post('mutation ObservedNewDepartment { createDepartment(input: { name: "Observed" }) { department { id } } }');
    expect(body.errors).toBeUndefined();
    await t.app.relay.drain();
    const after = await metrics();
    const counted = after.value('deskline_db_statements_total') - before.value('deskline_db_statements_total');
    expect(counted).toBeGreaterThan(0);
    expect(counted).toBe(t.queries.count);
    expect(t.queries.statements.map((sql) => sql.toLowerCase())).toEqual(expect.arrayContaining(['begin', 'commit']));
  });

  it('shows the database pool, idle between requests', async () => {
    const { samples, value } = await metrics();
    const states = samples.filter((sample) => sample.name === 'deskline_db_pool_connections').map((sample) => sample.labels.state);
    expect(states.sort()).toEqual(['idle', 'in_use']);
    expect(value('deskline_db_pool_connections', { state: 'in_use' })).toBe(0);
    expect(value('deskline_db_pool_waiting')).toBe(0);
  });

  it("shows each scheduled job's lag", async () => {
    const { samples } = await metrics();
    const jobs = samples.filter((sample) => sample.name === 'deskline_scheduler_job_lag_seconds').map((sample) => sample.labels.job);
    expect(jobs).toEqual(expect.arrayContaining(['postponed-tickets']));
  });

  it('follows an open WebSocket and its subscription, and both back to 0 once the socket closes', async () => {
    const before = await metrics();
    expect(before.value('deskline_ws_connections')).toBe(0);
    expect(before.value('deskline_graphql_active_subscriptions')).toBe(0);
    const series = { operation: 'ObservedChanges', type: 'subscription' };

    const client = connectRecording(t.wsUrl, t.ownerToken);
    new LiveSubscription(client, 'subscription ObservedChanges { ticketChanged { ticket { code } } }');
    await eventually(async () => (await metrics()).value('deskline_graphql_active_subscriptions') === 1, 'the subscription counted');
    const open = await metrics();
    expect(open.value('deskline_ws_connections')).toBe(1);
    expect(open.value('deskline_graphql_operation_duration_seconds_count', series)).toBe(0);

    await disposeClients();
    await eventually(async () => (await metrics()).value('deskline_ws_connections') === 0, 'the socket closing');
    const closed = await metrics();
    expect(closed.value('deskline_graphql_active_subscriptions')).toBe(0);
    expect(closed.value('deskline_graphql_operation_duration_seconds_count', series)).toBe(1);
  });
});

describe('the log line of each operation', () => {
  it("carries the caller's x-request-id, echoed in the response", async () => {
    const { response } = await post('query ObservedWithId { departments { id } }', { 'x-request-id': 'proxy-id-42' });
    expect(response.headers.get('x-request-id')).toBe('proxy-id-42');
    expect(operationLines().filter((line) => line.requestId === 'proxy-id-42')).toEqual([
      expect.objectContaining({ level: 40, msg: 'slow graphql operation', operation: 'ObservedWithId', type: 'query', transport: 'http' }),
    ]);
  });

  it('carries a generated id, echoed in the response, when the caller sent none or an unusable one', async () => {
    const { response } = await post('query ObservedWithoutId { departments { id } }', { 'x-request-id': 'not acceptable!' });
    const echoed = response.headers.get('x-request-id');
    expect(echoed).toMatch(/^[0-9a-f-]{36}$/);
    const line = operationLines().find((candidate) => candidate.operation === 'ObservedWithoutId');
    expect(line).toMatchObject({ requestId: echoed });
    expect(line?.durationMs).toEqual(expect.any(Number));
  });

  it('names the error codes and never the variables or the token', async () => {
    const secret = 'a-password-that-must-not-be-logged';
    await fetch(t.httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.ownerToken}` },
      body: JSON.stringify({
        query: 'mutation ObservedSecretLogin($input: LoginInput!) { login(input: $input) { token } }',
        variables: { input: { email: 'nobody@test.local', password: secret } },
      }),
    });
    expect(operationLines().find((line) => line.operation === 'ObservedSecretLogin')).toMatchObject({ errorCodes: ['UNAUTHENTICATED'] });
    const everything = JSON.stringify(logLines);
    expect(everything).not.toContain(secret);
    expect(everything).not.toContain(t.ownerToken);
  });

  it('is written for graphql-ws operations too, each with an id of its own', async () => {
    const client = connectRecording(t.wsUrl, t.ownerToken);
    const results = await Promise.all(
      [1, 2].map(
        () =>
          new Promise<unknown>((resolve, reject) => {
            client.subscribe({ query: 'query ObservedOverSocket { departments { id } }' }, { next: resolve, error: reject, complete: () => undefined });
          }),
      ),
    );
    expect(results).toHaveLength(2);
    await disposeClients();
    await eventually(async () => operationLines().filter((line) => line.operation === 'ObservedOverSocket').length === 2, 'two log lines');
    const lines = operationLines().filter((line) => line.operation === 'ObservedOverSocket');
    expect(lines.every((line) => line.transport === 'ws' && line.type === 'query')).toBe(true);
    expect(new Set(lines.map((line) => line.requestId)).size).toBe(2);
  });
});
