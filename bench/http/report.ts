import { errorsOf, type Window } from './runner';

/** The goals. */
export const GOALS = {
  searchP99Ms: 100,
  createTicketToRawInsert: 0.45,
  /** SQL statements of a 50-ticket page minus those of a 5-ticket page, at most. */
  sqlGrowthFiveToFifty: 2,
  graphqlReportToSql: 1.2,
  rssMb: 400,
  /** RSS after the second queue run over RSS after the first, at most: more is growth, not noise. */
  rssGrowth: 1.1,
} as const;

/** Product figure / baseline figure. */
export interface Ratios {
  requestsPerSecond: number;
  p50: number;
  cpuPerRequest: number;
}

export interface ResultRow {
  scenario: string;
  window: Window | null;
  ratio: Ratios | null;
  /** For rows without a window (SQL timings, memory): the figure itself. */
  value?: string;
  goal: string;
  /** null: no goal, or not measured. */
  pass: boolean | null;
}

/** Null when either window has no answer to compare. */
export function ratiosOf(product: Window, baseline: Window): Ratios | null {
  const [p, b] = [product.figures, baseline.figures];
  if (!p.latencyMs || !b.latencyMs || product.cpuMsPerRequest === null || baseline.cpuMsPerRequest === null) return null;
  return {
    requestsPerSecond: p.requestsPerSecond / b.requestsPerSecond,
    p50: p.latencyMs.p50 / b.latencyMs.p50,
    cpuPerRequest: product.cpuMsPerRequest / baseline.cpuMsPerRequest,
  };
}

/** A loaded scenario's row: its goal beyond 0 errors, if any, decides with the errors. */
export function windowRow(scenario: string, window: Window, options: { ratio?: Ratios | null; goal?: string; meets?: boolean } = {}): ResultRow {
  return {
    scenario,
    window,
    ratio: options.ratio ?? null,
    goal: ['answers, 0 errors', ...(options.goal ? [options.goal] : [])].join('; '),
    pass: window.figures.requests > 0 && errorsOf(window) === 0 && (options.meets ?? true),
  };
}

const fixed = (value: number | null | undefined, digits = 1) => (value === null || value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(digits));
const times = (value: number) => `${value.toFixed(2)}x`;

export function table(rows: readonly ResultRow[]): string {
  const header = ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'ratio to baseline: req/s, p50, CPU', 'CPU ms/req', 'SQL/req', 'errors', 'goal', 'pass'];
  const body = rows.map((row) => {
    const w = row.window;
    return [
      row.scenario,
      w ? fixed(w.figures.requestsPerSecond, 0) : (row.value ?? '—'),
      fixed(w?.figures.latencyMs?.p50),
      fixed(w?.figures.latencyMs?.p99),
      row.ratio ? `${times(row.ratio.requestsPerSecond)}, ${times(row.ratio.p50)}, ${times(row.ratio.cpuPerRequest)}` : '—',
      w ? fixed(w.cpuMsPerRequest, 2) : '—',
      w ? fixed(w.sqlPerRequest, 2) : '—',
      w ? String(errorsOf(w)) : '—',
      row.goal,
      row.pass === null ? 'n/a' : row.pass ? 'pass' : 'FAIL',
    ];
  });
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((cells) => (cells[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
