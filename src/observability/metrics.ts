import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { PoolUse } from '../db/orm';
import type { JobRun } from '../scheduler/scheduler';
import { BoundedLabels } from './bounded-labels';

export type OperationType = 'query' | 'mutation' | 'subscription' | 'unknown';

/** One GraphQL operation once it has ended (a subscription ends when it is completed or its socket closes). */
export interface FinishedOperation {
  /** The operation's name as the document or the request gave it; 'anonymous' when none. */
  name: string;
  type: OperationType;
  durationMs: number;
  /** `extensions.code` of each error the client received. */
  errorCodes: readonly string[];
}

/** What the gauges read when Prometheus scrapes; each part is given once the app has it. */
export interface MetricsSources {
  openSockets(): number;
  activeSubscriptions(): number;
  databasePool(): PoolUse;
  schedulerRuns(): Iterable<JobRun>;
}

/** Operation names kept as label values before the rest become 'other'. @default 200 */
const MAX_OPERATION_NAMES = 200;
/** Error codes come from the server's own formatter, a closed set: this only guards against a mistake there. */
const MAX_ERROR_CODES = 50;

/**
 * The app's Prometheus series on a registry of its own (tests run several apps in one process).
 * Operations and statements are counted as they happen, in O(1); gauges are read on scrape.
 */
export class AppMetrics {
  readonly registry = new Registry();
  private readonly sources: Partial<MetricsSources> = {};
  private readonly operationNames = new BoundedLabels(MAX_OPERATION_NAMES);
  private readonly errorCodes = new BoundedLabels(MAX_ERROR_CODES);
  private readonly operationDuration: Histogram<'operation' | 'type'>;
  private readonly operationErrors: Counter<'operation' | 'type' | 'code'>;
  private readonly statements: Counter;

  constructor() {
    const registers = [this.registry];
    const sources = this.sources;
    collectDefaultMetrics({ register: this.registry });
    this.operationDuration = new Histogram({
      name: 'deskline_graphql_operation_duration_seconds',
      help: 'GraphQL operations by name and type, and how long they took (a subscription: how long it ran); _count counts them',
      labelNames: ['operation', 'type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.operationErrors = new Counter({
      name: 'deskline_graphql_errors_total',
      help: 'Errors sent to clients, by extensions.code and operation',
      labelNames: ['operation', 'type', 'code'],
      registers,
    });
    this.statements = new Counter({ name: 'deskline_db_statements_total', help: 'SQL statements sent to the database, transaction control included', registers });
    new Gauge({
      name: 'deskline_ws_connections',
      help: 'Open WebSocket connections',
      registers,
      collect() {
        if (sources.openSockets) this.set(sources.openSockets());
      },
    });
    new Gauge({
      name: 'deskline_graphql_active_subscriptions',
      help: 'Subscriptions running on this process',
      registers,
      collect() {
        if (sources.activeSubscriptions) this.set(sources.activeSubscriptions());
      },
    });
    new Gauge({
      name: 'deskline_db_pool_connections',
      help: 'Database pool connections by state (in_use, idle)',
      labelNames: ['state'],
      registers,
      collect() {
        if (!sources.databasePool) return;
        const pool = sources.databasePool();
        this.set({ state: 'in_use' }, pool.inUse);
        this.set({ state: 'idle' }, pool.idle);
      },
    });
    new Gauge({
      name: 'deskline_db_pool_waiting',
      help: 'Callers waiting for a database pool connection',
      registers,
      collect() {
        if (sources.databasePool) this.set(sources.databasePool().waiting);
      },
    });
    new Gauge({
      name: 'deskline_scheduler_job_lag_seconds',
      help: "How late the last run of each scheduled job handled its oldest due item (0 when it had nothing due)",
      labelNames: ['job'],
      registers,
      collect() {
        for (const run of sources.schedulerRuns?.() ?? []) this.set({ job: run.job }, (run.lagMs ?? 0) / 1000);
      },
    });
  }

  /** Adds gauge sources as the app opens the parts they read. */
  watch(sources: Partial<MetricsSources>): void {
    Object.assign(this.sources, sources);
  }

  countStatement(): void {
    this.statements.inc();
  }

  recordOperation(operation: FinishedOperation): void {
    const name = this.operationNames.label(operation.name);
    this.operationDuration.observe({ operation: name, type: operation.type }, operation.durationMs / 1000);
    for (const code of operation.errorCodes) this.operationErrors.inc({ operation: name, type: operation.type, code: this.errorCodes.label(code) });
  }

  /** The Prometheus text exposition of every series. */
  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
