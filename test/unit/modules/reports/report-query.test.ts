import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../../src/errors/app-error';
import { bucketCount, checkPeriod, MAX_BUCKETS } from '../../../../src/modules/reports/report-period';
import { ReportGrouping, ReportMetric, reportStatements, withPositionalPlaceholders } from '../../../../src/modules/reports/report-query';

const at = (iso: string) => new Date(iso);
const INPUT = {
  from: at('2026-03-01T00:00:00Z'),
  to: at('2026-04-01T00:00:00Z'),
  groupBy: ReportGrouping.DAY,
  timezone: 'Europe/Riga',
  departmentId: null,
  agentId: null,
  channel: null,
};

describe('bucketCount', () => {
  it('counts local days, a 23-hour day as one', () => {
    // 00:00 on 28 March to 00:00 on 30 March in Riga, across the switch to summer time.
    expect(bucketCount(at('2026-03-27T22:00:00Z'), at('2026-03-29T21:00:00Z'), 'day', 'Europe/Riga')).toBe(2);
  });

  it('counts a partial first and last bucket, and nothing for an empty period', () => {
    expect(bucketCount(at('2026-03-02T12:00:00Z'), at('2026-03-10T00:00:01Z'), 'week', 'UTC')).toBe(2);
    expect(bucketCount(at('2026-01-31T00:00:00Z'), at('2026-03-01T00:00:00Z'), 'month', 'UTC')).toBe(2);
    expect(bucketCount(at('2026-03-01T00:00:00Z'), at('2026-03-01T00:00:00Z'), 'day', 'UTC')).toBe(0);
  });
});

describe('checkPeriod', () => {
  const refusal = (input: Partial<typeof INPUT>) => {
    try {
      checkPeriod({ ...INPUT, ...input });
      return undefined;
    } catch (error) {
      return error as { code: ErrorCode; field: string };
    }
  };

  it('takes exactly MAX_BUCKETS days, and refuses one more (but not as months)', () => {
    const from = at('2020-01-01T00:00:00Z');
    const to = new Date(from.getTime() + MAX_BUCKETS * 86_400_000);
    expect(refusal({ from, to, timezone: 'UTC' })).toBeUndefined();
    expect(refusal({ from, to: new Date(to.getTime() + 1), timezone: 'UTC' })).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'to' });
    expect(refusal({ from, to: new Date(to.getTime() + 1), timezone: 'UTC', groupBy: ReportGrouping.MONTH })).toBeUndefined();
  });

  it('refuses from after to and unknown zones, naming the field', () => {
    expect(refusal({ from: INPUT.to, to: INPUT.from })).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'from' });
    expect(refusal({ timezone: 'Europe/Atlantis' })).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'timezone' });
  });
});

describe('reportStatements', () => {
  it('numbers placeholders densely from $1, each value bound once', () => {
    const { rows, backlog } = reportStatements({ ...INPUT, channel: null, agentId: '00000000-0000-4000-8000-000000000001' }, at('2026-05-01T00:00:00Z'));
    for (const statement of [rows, backlog]) {
      const used = new Set([...statement.sql.matchAll(/\$(\d+)/g)].map((match) => Number(match[1])));
      expect([...used].sort((a, b) => a - b)).toEqual(statement.params.map((_value, index) => index + 1));
    }
    // The zone groups buckets only; the backlog ends at `to`, which is before now.
    expect(backlog.params).toEqual(['00000000-0000-4000-8000-000000000001', '2026-04-01T00:00:00.000Z']);
  });

  it('ends the backlog now when to is in the future', () => {
    const { backlog } = reportStatements(INPUT, at('2026-03-15T10:00:00Z'));
    expect(backlog.params).toEqual(['2026-03-15T10:00:00.000Z']);
  });

  it('reads only the tables of the metrics asked for', () => {
    const { rows } = reportStatements({ ...INPUT, metrics: new Set([ReportMetric.CREATED]) }, at('2026-05-01T00:00:00Z'));
    expect(rows.sql).not.toMatch(/"ticket_event"|"message"|"sla"/);
  });

  it('turns numbered placeholders into positional ones for MikroORM, repeating values where reused', () => {
    expect(withPositionalPlaceholders({ sql: 'select $2::int, $1::text, $2::int', params: ['a', 7] })).toEqual({
      sql: 'select ?::int, ?::text, ?::int',
      params: [7, 'a', 7],
    });
  });
});
