import type { Logger } from '../common/logger';
import type { AppMetrics, FinishedOperation } from './metrics';

/** A finished operation as the transport that ran it saw it. */
export interface ObservedOperation extends FinishedOperation {
  requestId: string;
  transport: 'http' | 'ws';
}

/** Client-chosen names of rejected documents can be as long as the body limit: logs keep this much. */
const MAX_LOGGED_NAME = 100;

/**
 * Ends every GraphQL operation, on either transport, the same way: one log line (at warn
 * when a query or mutation took longer than `slowMs`) and its metrics. Never logs variables, tokens or SQL.
 */
export class OperationLog {
  constructor(
    private readonly logger: Logger,
    private readonly metrics: AppMetrics,
    private readonly slowMs: number,
  ) {}

  finish(operation: ObservedOperation): void {
    this.metrics.recordOperation(operation);
    // A subscription lasts as long as its client listens: its duration says nothing of speed.
    const slow = operation.type !== 'subscription' && operation.durationMs > this.slowMs;
    if (!this.logger.isLevelEnabled(slow ? 'warn' : 'info')) return;
    const fields = {
      requestId: operation.requestId,
      transport: operation.transport,
      operation: operation.name.slice(0, MAX_LOGGED_NAME),
      type: operation.type,
      durationMs: Math.round(operation.durationMs * 10) / 10,
      ...(operation.errorCodes.length ? { errorCodes: [...new Set(operation.errorCodes)] } : {}),
    };
    if (slow) this.logger.warn(fields, 'slow graphql operation');
    else this.logger.info(fields, 'graphql operation');
  }
}

/** The codes of errors as sent to the client, for {@link FinishedOperation.errorCodes}. */
export function errorCodesOf(errors: readonly { extensions?: Readonly<Record<string, unknown>> }[] | undefined): string[] {
  return errors?.map((error) => (typeof error.extensions?.code === 'string' ? error.extensions.code : 'UNKNOWN')) ?? [];
}
