import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { AppMetrics } from '../../../src/observability/metrics';
import { errorCodesOf, OperationLog, type ObservedOperation } from '../../../src/observability/operation-log';

function recordingLog(slowMs: number) {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { log: new OperationLog(logger, new AppMetrics(), slowMs), lines };
}

const operation: ObservedOperation = { requestId: 'req-1', transport: 'http', name: 'Queue', type: 'query', durationMs: 12.345, errorCodes: [] };

describe('the log line of an operation', () => {
  it('is one info line with the request id, name, type, transport and duration', () => {
    const { log, lines } = recordingLog(1000);
    log.finish(operation);
    expect(lines).toEqual([
      expect.objectContaining({ level: 30, msg: 'graphql operation', requestId: 'req-1', transport: 'http', operation: 'Queue', type: 'query', durationMs: 12.3 }),
    ]);
    expect(lines[0]).not.toHaveProperty('errorCodes');
  });

  it('names each error code once', () => {
    const { log, lines } = recordingLog(1000);
    log.finish({ ...operation, errorCodes: ['FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN'] });
    expect(lines[0]).toMatchObject({ errorCodes: ['FORBIDDEN', 'NOT_FOUND'] });
  });

  it('is a warn line instead when the operation took longer than the threshold', () => {
    const { log, lines } = recordingLog(10);
    log.finish({ ...operation, durationMs: 10 });
    log.finish({ ...operation, durationMs: 10.1 });
    expect(lines.map((line) => [line.level, line.msg])).toEqual([
      [30, 'graphql operation'],
      [40, 'slow graphql operation'],
    ]);
  });

  it('stays an info line for a subscription, however long it was open', () => {
    const { log, lines } = recordingLog(10);
    log.finish({ ...operation, transport: 'ws', type: 'subscription', durationMs: 36_000 });
    expect(lines.map((line) => [line.level, line.msg, line.durationMs])).toEqual([[30, 'graphql operation', 36_000]]);
  });

  it('cuts a client-chosen name that is far too long', () => {
    const { log, lines } = recordingLog(1000);
    log.finish({ ...operation, name: 'x'.repeat(10_000) });
    expect(lines[0]?.operation).toBe('x'.repeat(100));
  });
});

describe('error codes of formatted errors', () => {
  it("are each error's extensions.code, UNKNOWN where there is none", () => {
    expect(errorCodesOf([{ extensions: { code: 'FORBIDDEN' } }, {}, { extensions: { code: 3 } }])).toEqual(['FORBIDDEN', 'UNKNOWN', 'UNKNOWN']);
    expect(errorCodesOf(undefined)).toEqual([]);
  });
});
