import type { BaselineResult, LoadResult, ProductResult } from './protocol';
import type { Summary } from '../common/stats';

/** The issue's goals. */
export const GOALS = { cpuRatio: 2, p99Ms: 100, kbPerConnection: 70 } as const;

const fixed = (value: number | null | undefined, digits = 1) => (value === null || value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits));
const latency = (summary: Summary | null | undefined) => (summary ? `${fixed(summary.p50)} / ${fixed(summary.p99)} / ${fixed(summary.max)}` : '—');
const times = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${value.toFixed(2)}x`);
const count = (value: number) => value.toLocaleString('en-US');

export interface Ratios {
  label: string;
  /** Product CPU per delivery / baseline CPU per delivery. */
  cpuRatio: number | null;
  /** The same with the changes' own cost taken out of the product's figure. */
  cpuRatioNet: number | null;
}

export function ratios(results: readonly LoadResult[]): Ratios[] {
  const baseline = results.find((r): r is BaselineResult => r.kind === 'baseline');
  const base = baseline?.cpu.serverCpuPerDeliveryUs ?? null;
  return results
    .filter((r): r is ProductResult => r.kind === 'product')
    .map((r) => ({
      label: r.label,
      cpuRatio: base && r.cpu.serverCpuPerDeliveryUs !== null ? r.cpu.serverCpuPerDeliveryUs / base : null,
      cpuRatioNet: base && r.cpu.serverCpuPerDeliveryNetUs !== null ? r.cpu.serverCpuPerDeliveryNetUs / base : null,
    }));
}

/** One column per run, one row per figure. */
export function table(results: readonly LoadResult[]): string {
  const ratioOf = new Map(ratios(results).map((r) => [r.label, r]));
  const rows: [string, (r: LoadResult) => string][] = [
    ['server', (r) => (r.kind === 'product' ? `Deskline x${r.instances}` : 'bare ws')],
    ['subscriber sockets', (r) => (r.kind === 'product' ? `${count(r.rss.sockets)} (${r.ticket ? `${r.ticket.subscribers} ticketChanged` : ''}${r.ticket && r.queue ? ' + ' : ''}${r.queue ? `${r.queue.subscribers} queueChanged` : ''})` : count(r.clients))],
    ['changes (broadcasts) made / planned', (r) => (r.kind === 'product' ? `${r.changes.made} / ${r.changes.planned} (${fixed(r.changes.achievedRate)}/s sent, ${r.changes.overlapping} overlapping, ${r.changes.failed} failed)` : `${r.broadcasts}`)],
    ['events written; changes not writing exactly 1; changes waiting for a free ticket', (r) => (r.kind === 'product' ? `${r.changes.events}; ${r.changes.notOneEvent}; ${r.changes.waitedForTicket}` : '—')],
    ['change response ms p50 / p99', (r) => (r.kind === 'product' && r.changes.responseMs ? `${fixed(r.changes.responseMs.p50)} / ${fixed(r.changes.responseMs.p99)}` : '—')],
    ['ticketChanged latency ms p50 / p99 / max', (r) => (r.kind === 'product' ? latency(r.ticket?.latencyMs) : latency(r.latencyMs))],
    ['  from the change\'s request', (r) => (r.kind === 'product' ? latency(r.ticket?.latencyFromRequestMs) : '—')],
    ['ticketChanged lost (of expected)', (r) => (r.kind === 'product' ? (r.ticket ? `${count(r.ticket.lost)} of ${count(r.ticket.expectedPerSubscriber * r.ticket.subscribers)}` : '—') : `${count(r.lost)} of ${count(r.clients * r.broadcasts)}`)],
    ['ticketChanged extra; subscribers missing some; failed', (r) => (r.kind === 'product' && r.ticket ? `${r.ticket.extra}; ${r.ticket.subscribersMissing}; ${r.ticket.failed}` : '—')],
    ['queueChanged latency ms p50 / p99 / max', (r) => (r.kind === 'product' ? latency(r.queue?.latencyMs) : '—')],
    ['queueChanged top-N changes; unreflected pairs', (r) => (r.kind === 'product' && r.queue ? `${r.queue.changesOfTopN}; ${count(r.queue.unreflected)}` : '—')],
    ['queueChanged final view wrong (list; moves); moves inconsistent; failed', (r) => (r.kind === 'product' && r.queue ? `${r.queue.finalViewMismatches}; ${r.queue.finalMovesMismatches}; ${r.queue.movesInconsistent}; ${r.queue.failed}` : '—')],
    ['drain after the last change', (r) => r.drain],
    ['deliveries in window (per s, until the last one)', (r) => `${count(r.cpu.deliveries)} (${count(Math.round(r.cpu.deliveriesPerSecond))}/s over ${fixed(r.cpu.deliveringMs / 1000)} s)`],
    ['server CPU ms in window (s)', (r) => `${count(Math.round(r.cpu.serverCpuMs))} (${fixed(r.cpu.windowMs / 1000)} s)`],
    ['server CPU µs per delivery', (r) => fixed(r.cpu.serverCpuPerDeliveryUs)],
    ['  net of the changes\' own cost', (r) => (r.kind === 'product' ? `${fixed(r.cpu.serverCpuPerDeliveryNetUs)} (${fixed(r.cpu.cpuPerChangeAloneMs)} ms per change)` : '—')],
    ['  ratio to the baseline (net)', (r) => (r.kind === 'product' ? `${times(ratioOf.get(r.label)?.cpuRatio)} (${times(ratioOf.get(r.label)?.cpuRatioNet)})` : '1x')],
    ['PostgreSQL backends CPU ms (µs per delivery)', (r) => (r.cpu.postgresCpuMs === null ? '—' : `${count(Math.round(r.cpu.postgresCpuMs))} (${fixed(r.cpu.deliveries ? (r.cpu.postgresCpuMs * 1000) / r.cpu.deliveries : null)})`)],
    ['load process CPU ms (% of a core)', (r) => `${count(Math.round(r.cpu.loadCpuMs))} (${fixed((100 * r.cpu.loadCpuMs) / r.cpu.windowMs, 0)}%)`],
    ['server RSS MB before / with sockets', (r) => `${fixed(r.rss.beforeKb / 1024)} / ${fixed(r.rss.afterKb / 1024)}`],
    ['RSS KB per connection', (r) => fixed(r.rss.perConnectionKb)],
  ];
  const header = ['', ...results.map((r) => r.label)];
  const body = rows.map(([name, cell]) => [name, ...results.map(cell)]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

/** The issue's goals, run by run: met, missed, or not measured. */
export function goals(results: readonly LoadResult[]): string[] {
  const ratioOf = new Map(ratios(results).map((r) => [r.label, r]));
  const verdict = (ok: boolean | null) => (ok === null ? 'n/a' : ok ? 'met' : 'MISSED');
  return results
    .filter((r): r is ProductResult => r.kind === 'product')
    .map((r) => {
      const ratio = ratioOf.get(r.label)?.cpuRatio ?? null;
      const p99s = [r.ticket?.latencyMs?.p99, r.queue?.latencyMs?.p99].filter((v): v is number => v !== undefined);
      const lost = (r.ticket?.lost ?? 0) + (r.queue ? r.queue.unreflected + r.queue.finalViewMismatches : 0);
      return [
        `${r.label}:`,
        `CPU per delivery ≤ ${GOALS.cpuRatio}x baseline: ${verdict(ratio === null ? null : ratio <= GOALS.cpuRatio)} (${times(ratio)})`,
        `p99 < ${GOALS.p99Ms} ms: ${verdict(p99s.length ? Math.max(...p99s) < GOALS.p99Ms : null)}`,
        `< ${GOALS.kbPerConnection} KB per connection: ${verdict(r.rss.perConnectionKb < GOALS.kbPerConnection)} (${fixed(r.rss.perConnectionKb)})`,
        `0 lost: ${verdict(lost === 0)} (${lost})`,
      ].join('  ');
    });
}
