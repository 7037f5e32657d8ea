import { performance } from 'node:perf_hooks';
import { Client } from 'pg';

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

/** Runs each probe `runs` times on one connection (after one untimed run) and keeps the median. */
export async function timeProbes(databaseUrl: string, probes: readonly Probe[], runs = 20): Promise<ProbeTiming[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const timings: ProbeTiming[] = [];
    for (const probe of probes) {
      await client.query(probe.sql, probe.params);
      const durations: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await client.query(probe.sql, probe.params);
        durations.push(performance.now() - start);
      }
      durations.sort((a, b) => a - b);
      timings.push({ name: probe.name, medianMs: durations[Math.floor(runs / 2)] as number, runs, goalMs: probe.goalMs });
    }
    return timings;
  } finally {
    await client.end();
  }
}
