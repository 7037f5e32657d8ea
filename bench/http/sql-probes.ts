import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { ReportGrouping } from '../../src/modules/reports/report-query';

/** A statement timed alone through `pg`, with its goal. */
export interface Probe {
  name: string;
  sql: string;
  params?: unknown[];
  goalMs: number | null;
}

export interface ProbeTiming {
  name: string;
  medianMs: number;
  runs: number;
  goalMs: number | null;
}

/** The report probes of the issue, written here in plain SQL: what a report can cost at best. */
export const REPORT_PROBES: Probe[] = [
  {
    name: 'SQL: 30-day volume (per day)',
    sql: `select date_trunc('day', created_at at time zone 'UTC') as day, count(*)::int as created
            from ticket where created_at >= now() - interval '30 days' group by 1 order by 1`,
    goalMs: 30,
  },
  {
    name: 'SQL: 30-day median first response',
    sql: `select percentile_cont(0.5) within group (order by extract(epoch from first_responded_at - created_at)) as seconds
            from ticket where first_responded_at >= now() - interval '30 days'`,
    goalMs: 60,
  },
  {
    name: 'SQL: all-time volume (per month)',
    sql: `select date_trunc('month', created_at at time zone 'UTC') as month, count(*)::int as created from ticket group by 1 order by 1`,
    goalMs: 500,
  },
];

const DAY_MS = 86_400_000;

/** The two reports the issue benchmarks, ending now: as GraphQL variables, and as the report's own SQL builder takes them. */
export function benchReports(now: Date) {
  const report = (name: string, days: number, groupBy: ReportGrouping) => {
    const from = new Date(now.getTime() - days * DAY_MS);
    return {
      name,
      variables: { from: from.toISOString(), to: now.toISOString(), groupBy, timezone: 'UTC' },
      query: { from, to: now, groupBy, timezone: 'UTC', departmentId: null, agentId: null, channel: null },
    };
  };
  return [report('ticketReport DAY over 90 days', 90, ReportGrouping.DAY), report('ticketReport AGENT over 30 days', 30, ReportGrouping.AGENT)];
}

/** Statements run one after the other, timed together: a report's rows and backlog. */
export interface StatementSequence {
  name: string;
  statements: ReadonlyArray<{ sql: string; params: unknown[] }>;
}

/** Runs each sequence `runs` times on one connection (after one untimed run) and keeps the median. */
export async function timeSequences(databaseUrl: string, sequences: readonly StatementSequence[], runs = 20): Promise<ProbeTiming[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const timings: ProbeTiming[] = [];
    for (const sequence of sequences) {
      const runOnce = async () => {
        for (const statement of sequence.statements) await client.query(statement.sql, statement.params);
      };
      await runOnce();
      const durations: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await runOnce();
        durations.push(performance.now() - start);
      }
      durations.sort((a, b) => a - b);
      timings.push({ name: sequence.name, medianMs: durations[Math.floor(runs / 2)] as number, runs, goalMs: null });
    }
    return timings;
  } finally {
    await client.end();
  }
}

/** Runs each probe `runs` times on one connection (after one untimed run) and keeps the median. */
export async function timeProbes(databaseUrl: string, probes: readonly Probe[], runs = 20): Promise<ProbeTiming[]> {
  const timings = await timeSequences(databaseUrl, probes.map((probe) => ({ name: probe.name, statements: [{ sql: probe.sql, params: probe.params ?? [] }] })), runs);
  return timings.map((timing, index) => ({ ...timing, goalMs: probes[index]?.goalMs ?? null }));
}
