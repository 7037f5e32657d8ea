import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BusinessCalendar, type BusinessHoursInterval, type BusinessHoursSpec, Weekday, validateBusinessHours } from '../../../src/modules/slas/business-hours';

/*
 * BusinessCalendar against a deliberately simple reference: step real time one minute at a time
 * and ask Intl (not luxon, not the implementation) for each minute's local date, weekday and
 * time. Every zone here has whole-minute offsets that change on whole minutes, so a
 * minute-aligned minute is wholly business time or wholly not.
 *
 * Each formatToParts costs about 8 µs, so the reference steps at most a few days per case.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const ZONES = ['UTC', 'Europe/Riga', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'Pacific/Auckland'] as const;
const WEEKDAYS = Object.values(Weekday);
const FIRST = Date.UTC(2024, 0, 1);
const LAST = Date.UTC(2028, 0, 1);
/** How far the reference steps to find addBusinessTime's answer; beyond it, only "later than this" is checked. */
const ADD_CAP_MINUTES = 3 * 24 * 60;
const BETWEEN_CAP_MINUTES = 2 * 24 * 60;

// ---- the reference --------------------------------------------------------------------------

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'long',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

interface LocalMinute {
  date: string;
  weekday: string;
  minuteOfDay: number;
  /** The local wall clock read as if it were UTC, to derive the offset. */
  wallClock: number;
}

function localMinute(timeZone: string, instant: number): LocalMinute {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(instant).map(({ type, value }) => [type, value]));
  const [year, month, day, hour, minute] = [parts.year, parts.month, parts.day, parts.hour, parts.minute].map(Number) as [number, number, number, number, number];
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: String(parts.weekday).toUpperCase(),
    minuteOfDay: hour * 60 + minute,
    wallClock: Date.UTC(year, month - 1, day, hour, minute),
  };
}

const minutesOf = (time: string) => (time === '24:00' ? 1440 : Number(time.slice(0, 2)) * 60 + Number(time.slice(3)));

function isBusinessMinute(spec: BusinessHoursSpec, instant: number): boolean {
  const local = localMinute(spec.timezone, instant);
  if (spec.holidays.includes(local.date)) return false;
  return spec.intervals.some(
    ({ day, start, end }) => day === local.weekday && minutesOf(start) <= local.minuteOfDay && local.minuteOfDay < minutesOf(end),
  );
}

/** Where `targetMinutes` of business time from a minute-aligned `from` are reached, or null when not within `capMinutes`. */
function referenceAdd(spec: BusinessHoursSpec, from: number, targetMinutes: number, capMinutes: number): number | null {
  if (targetMinutes === 0) return from;
  let counted = 0;
  for (let minute = 0; minute < capMinutes; minute++) {
    if (isBusinessMinute(spec, from + minute * MINUTE) && ++counted === targetMinutes) return from + (minute + 1) * MINUTE;
  }
  return null;
}

/** Business minutes in [from, to), both minute-aligned. */
function referenceBetween(spec: BusinessHoursSpec, from: number, to: number): number {
  let counted = 0;
  for (let instant = from; instant < to; instant += MINUTE) if (isBusinessMinute(spec, instant)) counted++;
  return counted;
}

// ---- where clocks change, found with Intl alone, to start cases near them -------------------

const offsetAt = (timeZone: string, instant: number) => localMinute(timeZone, instant).wallClock - instant;

function offsetChanges(timeZone: string): number[] {
  const changes: number[] = [];
  for (let day = FIRST; day < LAST; day += DAY) {
    if (offsetAt(timeZone, day) === offsetAt(timeZone, day + DAY)) continue;
    let [low, high] = [day, day + DAY];
    while (high - low > MINUTE) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
      if (offsetAt(timeZone, middle) === offsetAt(timeZone, day)) low = middle;
      else high = middle;
    }
    changes.push(high);
  }
  return changes;
}

const CHANGES = new Map(ZONES.map((zone) => [zone, offsetChanges(zone)]));

// ---- generators ---------------------------------------------------------------------------

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const localDateOf = (instant: number) => new Date(instant).toISOString().slice(0, 10);

/** A point of a day in minutes, often midnight at either end or a round hour. */
const dayPoint = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 1440 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1440) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 24 }).map((hour) => hour * 60) },
);

/** 1–4 intervals of one day: sorted points paired up, so they never overlap and sometimes touch. */
const dayIntervals = (day: Weekday) =>
  fc.array(dayPoint, { minLength: 2, maxLength: 8 }).map((points) => {
    const sorted = [...points].sort((a, b) => a - b);
    const intervals: BusinessHoursInterval[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      if (sorted[i]! < sorted[i + 1]!) intervals.push({ day, start: hhmm(sorted[i]!), end: hhmm(sorted[i + 1]!) });
    }
    return intervals;
  });

const weeklyMinutes = (intervals: readonly BusinessHoursInterval[]) => intervals.reduce((sum, { start, end }) => sum + minutesOf(end) - minutesOf(start), 0);

/** Random weekly hours, at least 10 business hours a week so that the reference's steps stay few. */
const intervalsArbitrary = fc
  .uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 7 })
  .chain((days) => fc.tuple(...days.map(dayIntervals)))
  .map((perDay) => perDay.flat())
  .filter((intervals) => weeklyMinutes(intervals) >= 600);

/** A minute-aligned instant in 2024–2027, mostly within a day before or six hours after one of the zone's clock changes. */
const startArbitrary = (zone: string) => {
  const anywhere = fc.integer({ min: FIRST / MINUTE, max: LAST / MINUTE - 1 }).map((minute) => minute * MINUTE);
  const changes = CHANGES.get(zone as (typeof ZONES)[number]) ?? [];
  if (changes.length === 0) return anywhere;
  const nearChange = fc
    .tuple(fc.constantFrom(...changes), fc.integer({ min: -24 * 60, max: 6 * 60 }))
    .map(([change, minutes]) => change + minutes * MINUTE);
  return fc.oneof({ weight: 1, arbitrary: anywhere }, { weight: 5, arbitrary: nearChange });
};

interface Case {
  spec: BusinessHoursSpec;
  start: number;
}

/** Zones whose clocks change are chosen twice as often as the others. */
const zoneArbitrary = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...ZONES.filter((zone) => CHANGES.get(zone)!.length === 0)) },
  { weight: 2, arbitrary: fc.constantFrom(...ZONES.filter((zone) => CHANGES.get(zone)!.length > 0)) },
);

/** A calendar, with 0–3 holidays within a week of its start, and a start instant. */
const caseArbitrary: fc.Arbitrary<Case> = zoneArbitrary
  .chain((timezone) =>
    fc.record({
      timezone: fc.constant(timezone),
      intervals: intervalsArbitrary,
      start: startArbitrary(timezone),
      holidayDays: fc.uniqueArray(fc.integer({ min: -1, max: 7 }), { maxLength: 3 }),
    }),
  )
  .map(({ timezone, intervals, start, holidayDays }) => ({
    spec: validateBusinessHours({ timezone, intervals, holidays: holidayDays.map((days) => localDateOf(start + days * DAY)) }),
    start,
  }));

/** 0–3000 minutes, biased towards what the reference can reach within its cap. */
const targetMinutes = fc.oneof(
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 3000 }) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 600 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 30 }) },
);

/** Up to 3000 minutes, with seconds and milliseconds. */
const targetMs = fc.integer({ min: 0, max: 3000 * MINUTE });

const iso = (instant: number) => new Date(instant).toISOString();

// ---- properties ---------------------------------------------------------------------------

describe('business hours, checked against stepping minute by minute', () => {
  it('addBusinessTime finds where the reference reaches the target', () => {
    fc.assert(
      fc.property(caseArbitrary, targetMinutes, ({ spec, start }, target) => {
        const due = BusinessCalendar.of(spec).addBusinessTime(new Date(start), target * MINUTE).getTime();
        const expected = referenceAdd(spec, start, target, ADD_CAP_MINUTES);
        if (expected === null) expect(due).toBeGreaterThan(start + ADD_CAP_MINUTES * MINUTE);
        else expect(iso(due)).toBe(iso(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('businessTimeBetween counts the business minutes the reference counts', () => {
    fc.assert(
      fc.property(caseArbitrary, fc.integer({ min: -60, max: BETWEEN_CAP_MINUTES }), ({ spec, start }, span) => {
        const end = start + span * MINUTE;
        expect(BusinessCalendar.of(spec).businessTimeBetween(new Date(start), new Date(end))).toBe(referenceBetween(spec, start, end) * MINUTE);
      }),
      { numRuns: 300 },
    );
  });

  it('businessTimeBetween undoes addBusinessTime, also from instants and for amounts with seconds', () => {
    fc.assert(
      fc.property(caseArbitrary, fc.integer({ min: 0, max: MINUTE - 1 }), targetMs, ({ spec, start }, jitter, ms) => {
        const calendar = BusinessCalendar.of(spec);
        const from = new Date(start + jitter);
        const due = calendar.addBusinessTime(from, ms);
        expect(due.getTime()).toBeGreaterThanOrEqual(from.getTime());
        expect(calendar.businessTimeBetween(from, due)).toBe(ms);
      }),
      { numRuns: 500 },
    );
  });

  it('addBusinessTime never gives an earlier instant for more time', () => {
    fc.assert(
      fc.property(caseArbitrary, fc.integer({ min: 0, max: MINUTE - 1 }), targetMs, targetMs, ({ spec, start }, jitter, a, b) => {
        const calendar = BusinessCalendar.of(spec);
        const from = new Date(start + jitter);
        const [less, more] = a <= b ? [a, b] : [b, a];
        expect(calendar.addBusinessTime(from, less).getTime()).toBeLessThanOrEqual(calendar.addBusinessTime(from, more).getTime());
      }),
      { numRuns: 300 },
    );
  });

  it('businessTimeBetween adds up over consecutive stretches', () => {
    fc.assert(
      fc.property(caseArbitrary, fc.integer({ min: 0, max: 3 * DAY }), fc.integer({ min: 0, max: 3 * DAY }), ({ spec, start }, first, second) => {
        const calendar = BusinessCalendar.of(spec);
        const [a, b, c] = [new Date(start), new Date(start + first), new Date(start + first + second)];
        expect(calendar.businessTimeBetween(a, b) + calendar.businessTimeBetween(b, c)).toBe(calendar.businessTimeBetween(a, c));
      }),
      { numRuns: 300 },
    );
  });
});
