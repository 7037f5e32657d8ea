import { IANAZone } from 'luxon';
import { AppError, badInput } from '../../errors/app-error';

// Business hours: when an SLA clock runs. Pure: no database, no GraphQL.

export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}

/** One stretch of a weekday's business hours, in local wall-clock time HH:MM; `end` may be 24:00. */
export interface BusinessHoursInterval {
  day: Weekday;
  start: string;
  end: string;
}

/** Validated business hours, as stored on a policy. */
export interface BusinessHoursSpec {
  /** An IANA zone name, as the client named it. */
  timezone: string;
  /** Sorted by weekday (Monday first), then start; those of one day never overlap. */
  intervals: BusinessHoursInterval[];
  /** Local dates YYYY-MM-DD on which nothing is business time; distinct and sorted. */
  holidays: string[];
}

/** Monday first, as ISO 8601 numbers its weekdays. */
const WEEKDAYS: readonly Weekday[] = [
  Weekday.MONDAY,
  Weekday.TUESDAY,
  Weekday.WEDNESDAY,
  Weekday.THURSDAY,
  Weekday.FRIDAY,
  Weekday.SATURDAY,
  Weekday.SUNDAY,
];

const MAX_BUSINESS_HOURS_INTERVALS = 100;
const MAX_HOLIDAYS = 1000;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;
/** addBusinessTime gives up when this long passes without any business time: the calendar is effectively empty. */
const EMPTY_SEARCH_MS = 10 * YEAR_MS;
/** addBusinessTime gives up on deadlines further away than this (a minute a week and a target of a year would be 10,000 years). */
const MAX_SEARCH_MS = 100 * YEAR_MS;

const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Minutes after local midnight of a valid HH:MM, or null; 24:00 (1440) only when `allowMidnightEnd`. */
function minutesOfDay(value: unknown, allowMidnightEnd: boolean): number | null {
  if (typeof value !== 'string') return null;
  if (allowMidnightEnd && value === '24:00') return 24 * 60;
  const match = TIME_OF_DAY.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil); no Date.UTC quirks for years below 100. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 of a real date YYYY-MM-DD, or null. */
function localDayNumber(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, day);
}

/**
 * Kept as named rather than as Intl resolves it: Node 20's ICU resolves Asia/Kolkata to the
 * obsolete Asia/Calcutta and Europe/Kyiv to Europe/Kiev, which a client would not recognise.
 */
function isIanaZone(name: unknown): name is string {
  // Fixed offsets such as +03:00 are no IANA names, though newer Intl versions accept them.
  return typeof name === 'string' && /^[A-Za-z]/.test(name) && IANAZone.isValidZone(name);
}

/**
 * Validates and normalises business hours as a client sent them: intervals sorted by weekday
 * (Monday first) then start, holidays distinct and sorted; the zone is kept as named.
 *
 * @param field how the client named the whole input, to prefix the failing field's path
 * @default field 'businessHours'
 * @throws AppError BAD_USER_INPUT naming the field at fault, e.g. `businessHours.intervals[2].end`
 */
export function validateBusinessHours(
  input: { timezone: string; intervals: readonly BusinessHoursInterval[]; holidays?: readonly string[] | null },
  field = 'businessHours',
): BusinessHoursSpec {
  const timezone = input.timezone;
  if (!isIanaZone(timezone)) {
    throw badInput(`${field}.timezone`, `timezone "${String(input.timezone)}" is not a known IANA time zone (such as Europe/Riga or America/New_York)`);
  }

  const intervals = input.intervals;
  if (intervals.length === 0) {
    throw badInput(`${field}.intervals`, 'at least one interval is required: a calendar without business hours would never reach a deadline');
  }
  if (intervals.length > MAX_BUSINESS_HOURS_INTERVALS) {
    throw badInput(`${field}.intervals`, `at most ${MAX_BUSINESS_HOURS_INTERVALS} intervals are allowed, not ${intervals.length}`);
  }
  const parsed = intervals.map(({ day, start, end }, index) => {
    const path = `${field}.intervals[${index}]`;
    if (!WEEKDAYS.includes(day)) throw badInput(`${path}.day`, `day must be one of ${WEEKDAYS.join(', ')}`);
    const startMinute = minutesOfDay(start, false);
    if (startMinute === null) throw badInput(`${path}.start`, `start must be a time HH:MM from 00:00 to 23:59, not "${String(start)}"`);
    const endMinute = minutesOfDay(end, true);
    if (endMinute === null) throw badInput(`${path}.end`, `end must be a time HH:MM from 00:00 to 24:00, not "${String(end)}"`);
    if (endMinute <= startMinute) {
      throw badInput(`${path}.end`, `end ${end} must be later than start ${start}; an interval cannot pass midnight, so split it into one interval per day`);
    }
    return { index, dayIndex: WEEKDAYS.indexOf(day), startMinute, endMinute, interval: { day, start, end } };
  });
  parsed.sort((a, b) => a.dayIndex - b.dayIndex || a.startMinute - b.startMinute || a.endMinute - b.endMinute);
  for (let i = 1; i < parsed.length; i++) {
    const [previous, current] = [parsed[i - 1]!, parsed[i]!];
    if (previous.dayIndex === current.dayIndex && current.startMinute < previous.endMinute) {
      const later = previous.index > current.index ? previous : current;
      const other = later === current ? previous : current;
      const describe = ({ interval }: typeof current) => `${interval.day} ${interval.start}–${interval.end}`;
      throw badInput(
        `${field}.intervals[${later.index}]`,
        `intervals[${later.index}] (${describe(later)}) overlaps intervals[${other.index}] (${describe(other)}); intervals of one day may touch but not overlap`,
      );
    }
  }

  const holidays = input.holidays ?? [];
  if (holidays.length > MAX_HOLIDAYS) throw badInput(`${field}.holidays`, `at most ${MAX_HOLIDAYS} holidays are allowed, not ${holidays.length}`);
  holidays.forEach((holiday, index) => {
    if (localDayNumber(holiday) !== null) return;
    const path = `${field}.holidays[${index}]`;
    if (typeof holiday === 'string' && ISO_DATE.test(holiday)) throw badInput(path, `holiday ${holiday} is not a real date`);
    throw badInput(path, `a holiday must be a date YYYY-MM-DD, not "${String(holiday)}"`);
  });

  return {
    timezone,
    intervals: parsed.map(({ interval }) => ({ ...interval })),
    holidays: [...new Set(holidays)].sort(),
  };
}

/** [start, end) in milliseconds after local midnight. */
type DayRange = readonly [number, number];

interface CompiledHours {
  zone: IANAZone;
  /** Per weekday, Monday first: sorted, disjoint ranges, touching ones merged. */
  rangesByWeekday: ReadonlyArray<readonly DayRange[]>;
  /** Local dates as days since 1970-01-01. */
  holidays: ReadonlySet<number>;
}

function compile(spec: BusinessHoursSpec): CompiledHours {
  let valid: BusinessHoursSpec;
  try {
    valid = validateBusinessHours(spec);
  } catch (error) {
    // Stored hours were validated when saved; if they no longer are, that is our fault, not the client's.
    if (error instanceof AppError) throw new Error(`Stored business hours are invalid: ${error.field ?? ''}: ${error.message}`);
    throw error;
  }
  const rangesByWeekday = WEEKDAYS.map((weekday) => {
    const merged: Array<[number, number]> = [];
    for (const interval of valid.intervals.filter(({ day }) => day === weekday)) {
      const start = minutesOfDay(interval.start, false)! * MINUTE_MS;
      const end = minutesOfDay(interval.end, true)! * MINUTE_MS;
      const last = merged.at(-1);
      if (last && last[1] === start) last[1] = end;
      else merged.push([start, end]);
    }
    return merged;
  });
  return {
    zone: IANAZone.create(valid.timezone),
    rangesByWeekday,
    holidays: new Set(valid.holidays.map((holiday) => localDayNumber(holiday)!)),
  };
}

/** 1970-01-01 was a Thursday: index 3 with Monday first. */
const weekdayIndex = (localDay: number): number => (((localDay + 3) % 7) + 7) % 7;

function epochMs(date: Date, name: string): number {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`${name} is not a valid date`);
  return ms;
}

/**
 * Business-time arithmetic over one calendar. Built once per policy; immutable.
 *
 * An instant is business time when its wall-clock local date and time in the calendar's zone
 * fall inside one of that local weekday's intervals [start, end), and that local date is not a
 * holiday. Durations are real elapsed milliseconds: on the day clocks go back, a repeated
 * wall-clock hour inside an interval counts twice (it was worked twice); on the day they go
 * forward, the skipped hour has no instants at all. So Sunday 00:00–06:00 in Europe/Riga is 5
 * hours on the last Sunday of March and 7 hours on the last Sunday of October. Holidays and
 * weekdays are those of the local date, not of the UTC date.
 *
 * The work is one step per local day walked (plus a binary search per offset change), so a
 * target of 30 days costs about 30 steps whatever the calendar.
 */
export class BusinessCalendar {
  private constructor(
    /** null: 24x7. */
    private readonly hours: CompiledHours | null,
  ) {}

  /**
   * A calendar for validated business hours.
   *
   * @param spec null for 24x7: every instant is business time
   * @throws Error when the stored hours are not valid (they are validated when saved)
   */
  static of(spec: BusinessHoursSpec | null): BusinessCalendar {
    return new BusinessCalendar(spec === null ? null : compile(spec));
  }

  /**
   * The earliest instant t >= from such that businessTimeBetween(from, t) === ms: a target met
   * exactly when business hours end is due at their end, not when the next ones begin.
   * ms = 0 gives `from` itself.
   *
   * @param ms a whole, non-negative number of milliseconds
   * @throws RangeError for an invalid date or a negative or fractional ms
   * @throws Error when 10 years pass without any business time, or the result would lie more than
   *   100 years after `from`; validated hours (at most 1000 holidays) reach neither with real targets
   */
  addBusinessTime(from: Date, ms: number): Date {
    const start = epochMs(from, 'from');
    if (!Number.isSafeInteger(ms) || ms < 0) throw new RangeError(`ms must be a whole, non-negative number of milliseconds, not ${ms}`);
    if (ms === 0) return new Date(start);
    if (this.hours === null) return new Date(start + ms);

    let remaining = ms;
    let searchedFrom = start;
    while (searchedFrom - start < MAX_SEARCH_MS) {
      let found = false;
      for (const [pieceStart, pieceEnd] of businessPieces(this.hours, searchedFrom, searchedFrom + EMPTY_SEARCH_MS)) {
        found = true;
        if (pieceEnd - pieceStart >= remaining) return new Date(pieceStart + remaining);
        remaining -= pieceEnd - pieceStart;
      }
      if (!found) {
        throw new Error(`Business hours in ${this.hours.zone.name} have no business time in the 10 years after ${new Date(searchedFrom).toISOString()}`);
      }
      searchedFrom += EMPTY_SEARCH_MS;
    }
    throw new Error(`A deadline of ${ms} ms of business time from ${from.toISOString()} lies more than 100 years ahead`);
  }

  /** Business milliseconds within [from, to); 0 when to <= from. Costs one step per local day between them. */
  businessTimeBetween(from: Date, to: Date): number {
    const start = epochMs(from, 'from');
    const end = epochMs(to, 'to');
    if (end <= start) return 0;
    if (this.hours === null) return end - start;
    let total = 0;
    for (const [pieceStart, pieceEnd] of businessPieces(this.hours, start, end)) total += pieceEnd - pieceStart;
    return total;
  }
}

/** The zone's offset at an instant, in milliseconds (luxon gives minutes, fractional for old local mean times). */
const offsetAt = (zone: IANAZone, instant: number): number => Math.round(zone.offset(instant) * MINUTE_MS);

/** The first instant in (after, before] whose offset is not `offset`, given that `before`'s is not. */
function nextOffsetChange(zone: IANAZone, after: number, before: number, offset: number): number {
  let [low, high] = [after, before];
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (offsetAt(zone, middle) === offset) low = middle;
    else high = middle;
  }
  return high;
}

/**
 * The business time within [from, until), as ranges of epoch milliseconds in increasing order.
 *
 * Walks windows of constant offset, each within one local day: from the cursor to the next local
 * midnight, cut short where the offset changes. Within a window, local time is the instant plus
 * the offset, so each of the day's ranges maps to one range of instants. Offsets are compared
 * only at a window's ends: ATTENTION, two changes within one local day that return to the
 * first offset would be missed.
 */
function* businessPieces(hours: CompiledHours, from: number, until: number): Generator<[number, number]> {
  let cursor = from;
  let offset = offsetAt(hours.zone, cursor);
  while (cursor < until) {
    const localDay = Math.floor((cursor + offset) / DAY_MS);
    let windowEnd = Math.min(until, (localDay + 1) * DAY_MS - offset);
    let nextOffset = offsetAt(hours.zone, windowEnd);
    if (nextOffset !== offset) {
      windowEnd = nextOffsetChange(hours.zone, cursor, windowEnd, offset);
      nextOffset = offsetAt(hours.zone, windowEnd);
    }
    if (!hours.holidays.has(localDay)) {
      const dayStart = localDay * DAY_MS - offset;
      for (const [rangeStart, rangeEnd] of hours.rangesByWeekday[weekdayIndex(localDay)]!) {
        const pieceStart = Math.max(cursor, dayStart + rangeStart);
        const pieceEnd = Math.min(windowEnd, dayStart + rangeEnd);
        if (pieceStart < pieceEnd) yield [pieceStart, pieceEnd];
      }
    }
    cursor = windowEnd;
    offset = nextOffset;
  }
}
