import { DateTime, IANAZone } from 'luxon';
import { badInput } from '../../errors/app-error';
import { ReportGrouping, TIME_UNITS } from './report-query';

/** At most this many calendar buckets per report: about 2.7 years of days, 19 of weeks, 83 of months. */
export const MAX_BUCKETS = 1_000;

/** How many calendar buckets (local days, Monday weeks, months of `zone`) [from, to) touches; 0 when from = to. */
export function bucketCount(from: Date, to: Date, unit: 'day' | 'week' | 'month', zone: string): number {
  if (to.getTime() <= from.getTime()) return 0;
  const first = DateTime.fromJSDate(from, { zone }).startOf(unit);
  const last = DateTime.fromJSDate(new Date(to.getTime() - 1), { zone }).startOf(unit);
  return Math.round(last.diff(first, unit).as(unit)) + 1;
}

/**
 * The checks of a report's period: from not after to, a zone PostgreSQL and luxon both know
 * by its IANA name, and no more than MAX_BUCKETS calendar buckets.
 */
export function checkPeriod(input: { from: Date; to: Date; groupBy: ReportGrouping; timezone: string }): void {
  if (input.from.getTime() > input.to.getTime()) throw badInput('from', 'from must not be after to');
  if (!IANAZone.isValidZone(input.timezone)) {
    throw badInput('timezone', `timezone "${input.timezone}" is not a known IANA time zone (such as Europe/Riga or America/New_York)`);
  }
  const unit = TIME_UNITS[input.groupBy];
  if (unit && bucketCount(input.from, input.to, unit, input.timezone) > MAX_BUCKETS) {
    throw badInput('to', `The period has more than ${MAX_BUCKETS} ${unit}s: shorten it or group by a longer period`);
  }
}
