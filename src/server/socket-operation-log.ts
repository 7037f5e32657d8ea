import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { getOperationAST, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import { errorCodesOf, type OperationLog } from '../observability/operation-log';
import type { OperationType } from '../observability/metrics';

/** A graphql-ws operation between its subscribe message and its end. */
interface RunningOperation {
  readonly requestId: string;
  readonly receivedAt: number;
  name: string;
  type: OperationType;
  errorCodes: string[];
  /** Counted in the active subscriptions until it ends. */
  live: boolean;
}

/**
 * Follows graphql-ws operations from subscribe to end, which graphql-ws signals on several
 * paths (onError alone for a refused document, onNext then onComplete for a query, onError then
 * onComplete for a failing stream, neither for a socket that closed mid-way): each operation is
 * finished exactly once, on whichever comes first. A subscription ends when it completes or its
 * socket closes, so its duration is how long it ran.
 */
export class SocketOperationLog {
  private readonly running = new WeakMap<object, Map<string, RunningOperation>>();
  private liveSubscriptions = 0;

  constructor(private readonly log: OperationLog) {}

  /** Subscriptions running now, on every socket. */
  get activeSubscriptions(): number {
    return this.liveSubscriptions;
  }

  start(socket: object, id: string, operationName: string | null | undefined): void {
    let operations = this.running.get(socket);
    if (!operations) this.running.set(socket, (operations = new Map()));
    operations.set(id, { requestId: randomUUID(), receivedAt: performance.now(), name: operationName || 'anonymous', type: 'unknown', errorCodes: [], live: false });
  }

  /** The operation `id`'s name and type, once its document passed the checks. */
  identify(socket: object, id: string, document: DocumentNode, operationName: string | null | undefined): void {
    const operation = this.operation(socket, id);
    const definition = getOperationAST(document, operationName);
    operation.name = definition?.name?.value ?? 'anonymous';
    operation.type = definition?.operation ?? 'unknown';
  }

  /** The operation `id` runs: a subscription counts as active until it ends. */
  admitted(socket: object, id: string): void {
    const operation = this.operation(socket, id);
    if (operation.type !== 'subscription') return;
    operation.live = true;
    this.liveSubscriptions += 1;
  }

  /** Where the operation's context finds its request id and start. */
  origin(socket: object, id: string): { requestId: string; receivedAt: number } {
    const { requestId, receivedAt } = this.operation(socket, id);
    return { requestId, receivedAt };
  }

  errors(socket: object, id: string, errors: readonly GraphQLFormattedError[]): void {
    this.running.get(socket)?.get(id)?.errorCodes.push(...errorCodesOf(errors));
  }

  finish(socket: object, id: string): void {
    const operations = this.running.get(socket);
    const operation = operations?.get(id);
    if (!operation) return;
    operations?.delete(id);
    if (operation.live) this.liveSubscriptions -= 1;
    this.log.finish({
      requestId: operation.requestId,
      transport: 'ws',
      name: operation.name,
      type: operation.type,
      durationMs: performance.now() - operation.receivedAt,
      errorCodes: operation.errorCodes,
    });
  }

  /** The socket closed: whatever still runs on it has ended. */
  finishAll(socket: object): void {
    for (const id of [...(this.running.get(socket)?.keys() ?? [])]) this.finish(socket, id);
    this.running.delete(socket);
  }

  private operation(socket: object, id: string): RunningOperation {
    const operation = this.running.get(socket)?.get(id);
    if (!operation) throw new Error(`graphql-ws operation ${id} was never started`);
    return operation;
  }
}
