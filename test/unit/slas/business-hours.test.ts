import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/errors/app-error';
import {
  BusinessCalendar,
  type BusinessHoursInterval,
  type BusinessHoursSpec,
  Weekday,
  validateBusinessHours,
} from '../../../src/modules/slas/business-hours';
import { expectBadInput } from '../../support/app-errors';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const at = (iso: string) => new Date(iso);

const { MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY } = Weekday;
const WORKDAYS = [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY];

const every = (days: readonly Weekday[], start: string, end: string): BusinessHoursInterval[] => days.map((day) => ({ day, start, end }));

const calendar = (timezone: string, intervals: BusinessHoursInterval[], holidays: string[] = []) =>
  BusinessCalendar.of(validateBusinessHours({ timezone, intervals, holidays }));

/** Monday to Friday, 09:00–17:00. */
const office = (timezone: string, holidays: string[] = []) => calendar(timezone, every(WORKDAYS, '09:00', '17:00'), holidays);

describe('a 24x7 calendar', () => {
  const always = BusinessCalendar.of(null);

  it('counts every millisecond', () => {
    expect(always.addBusinessTime(at('2025-03-08T23:30:00Z'), 90 * MINUTE)).toEqual(at('2025-03-09T01:00:00Z'));
    expect(always.businessTimeBetween(at('2025-03-08T23:30:00Z'), at('2025-03-09T01:00:00Z'))).toBe(90 * MINUTE);
  });

  it('gives from itself for no time, and 0 between an instant and an earlier one', () => {
    expect(always.addBusinessTime(at('2025-03-08T23:30:00Z'), 0)).toEqual(at('2025-03-08T23:30:00Z'));
    expect(always.businessTimeBetween(at('2025-03-09T01:00:00Z'), at('2025-03-08T23:30:00Z'))).toBe(0);
  });
});

describe('Monday to Friday 09:00–17:00 in Europe/Riga', () => {
  const riga = office('Europe/Riga');

  it('carries what is left on Friday evening over the weekend to Monday morning', () => {
    expect(riga.addBusinessTime(at('2025-03-07T16:00:00+02:00'), 2 * HOUR)).toEqual(at('2025-03-10T10:00:00+02:00'));
    expect(riga.businessTimeBetween(at('2025-03-07T16:00:00+02:00'), at('2025-03-10T10:00:00+02:00'))).toBe(2 * HOUR);
  });

  it('is due at 17:00, not on Monday, when the target runs out exactly at closing time', () => {
    expect(riga.addBusinessTime(at('2025-03-07T15:00:00+02:00'), 2 * HOUR)).toEqual(at('2025-03-07T17:00:00+02:00'));
  });

  it('starts counting on Monday at 09:00 from a weekend or after closing time', () => {
    expect(riga.addBusinessTime(at('2025-03-08T12:00:00+02:00'), HOUR)).toEqual(at('2025-03-10T10:00:00+02:00'));
    expect(riga.addBusinessTime(at('2025-03-07T17:00:00+02:00'), 1)).toEqual(at('2025-03-10T09:00:00.001+02:00'));
    expect(riga.businessTimeBetween(at('2025-03-08T00:00:00+02:00'), at('2025-03-10T09:00:00+02:00'))).toBe(0);
  });

  it('gives from itself for no time, even outside business hours', () => {
    expect(riga.addBusinessTime(at('2025-03-08T12:00:00+02:00'), 0)).toEqual(at('2025-03-08T12:00:00+02:00'));
  });

  it('reaches 40 hours, one working week, on Friday at 17:00', () => {
    expect(riga.addBusinessTime(at('2025-03-10T09:00:00+02:00'), 40 * HOUR)).toEqual(at('2025-03-14T17:00:00+02:00'));
    expect(riga.businessTimeBetween(at('2025-03-03T00:00:00+02:00'), at('2025-03-31T00:00:00+03:00'))).toBe(4 * 40 * HOUR);
  });

  it('counts whole and partial days across a weekend', () => {
    expect(riga.businessTimeBetween(at('2025-03-06T12:30:00+02:00'), at('2025-03-11T09:45:00+02:00'))).toBe((4.5 + 8 + 8 + 0.75) * HOUR);
  });
});

describe('split shifts and a lunch break', () => {
  const shifts = calendar('Europe/Riga', [
    ...every(WORKDAYS, '09:00', '12:00'),
    ...every(WORKDAYS, '13:00', '17:00'),
    { day: SATURDAY, start: '06:00', end: '10:00' },
    { day: SATURDAY, start: '18:00', end: '22:00' },
  ]);

  it('stops the clock over lunch', () => {
    expect(shifts.addBusinessTime(at('2025-03-10T11:00:00+02:00'), 2 * HOUR)).toEqual(at('2025-03-10T14:00:00+02:00'));
    expect(shifts.businessTimeBetween(at('2025-03-10T11:30:00+02:00'), at('2025-03-10T13:30:00+02:00'))).toBe(HOUR);
  });

  it('is due at 12:00 when the target runs out as lunch begins', () => {
    expect(shifts.addBusinessTime(at('2025-03-10T11:00:00+02:00'), HOUR)).toEqual(at('2025-03-10T12:00:00+02:00'));
  });

  it('moves from the morning shift to the evening shift of the same day', () => {
    expect(shifts.addBusinessTime(at('2025-03-15T09:00:00+02:00'), 3 * HOUR)).toEqual(at('2025-03-15T20:00:00+02:00'));
    expect(shifts.businessTimeBetween(at('2025-03-15T00:00:00+02:00'), at('2025-03-16T00:00:00+02:00'))).toBe(8 * HOUR);
  });

  it('counts touching intervals as one stretch', () => {
    const touching = calendar('Europe/Riga', [...every([MONDAY], '09:00', '12:00'), ...every([MONDAY], '12:00', '17:00')]);
    expect(touching.addBusinessTime(at('2025-03-10T11:00:00+02:00'), 2 * HOUR)).toEqual(at('2025-03-10T13:00:00+02:00'));
  });

  it('runs up to midnight with an end of 24:00 and on into the next day', () => {
    const nights = calendar('Europe/Riga', [
      { day: MONDAY, start: '20:00', end: '24:00' },
      { day: TUESDAY, start: '00:00', end: '06:00' },
    ]);
    expect(nights.addBusinessTime(at('2025-03-10T23:00:00+02:00'), HOUR)).toEqual(at('2025-03-11T00:00:00+02:00'));
    expect(nights.addBusinessTime(at('2025-03-10T23:00:00+02:00'), 3 * HOUR)).toEqual(at('2025-03-11T02:00:00+02:00'));
    expect(nights.businessTimeBetween(at('2025-03-10T00:00:00+02:00'), at('2025-03-12T00:00:00+02:00'))).toBe(10 * HOUR);
  });
});

describe('holidays', () => {
  it('turn a Friday-to-Monday weekend into Friday to Tuesday (Monday 5 May 2025 in Latvia)', () => {
    const riga = office('Europe/Riga', ['2025-05-05']);
    expect(riga.addBusinessTime(at('2025-05-02T16:00:00+03:00'), 2 * HOUR)).toEqual(at('2025-05-06T10:00:00+03:00'));
    expect(riga.businessTimeBetween(at('2025-05-02T00:00:00+03:00'), at('2025-05-07T00:00:00+03:00'))).toBe(16 * HOUR);
  });

  it('carry Wednesday 31 December over New Year to Friday 2 January when 1 January is a holiday', () => {
    const riga = office('Europe/Riga', ['2026-01-01']);
    expect(riga.addBusinessTime(at('2025-12-31T16:00:00+02:00'), 2 * HOUR)).toEqual(at('2026-01-02T10:00:00+02:00'));
    expect(riga.businessTimeBetween(at('2025-12-31T16:00:00+02:00'), at('2026-01-02T10:00:00+02:00'))).toBe(2 * HOUR);
  });

  it('are local dates: 1 January in Riga starts at 22:00 UTC on 31 December', () => {
    const allDay = calendar('Europe/Riga', every([WEDNESDAY, THURSDAY], '00:00', '24:00'), ['2026-01-01']);
    expect(allDay.businessTimeBetween(at('2025-12-31T00:00:00Z'), at('2026-01-02T00:00:00Z'))).toBe(22 * HOUR);
  });
});

describe('the days clocks change', () => {
  const earlySundays = (timezone: string) => calendar(timezone, every([SUNDAY], '00:00', '06:00'));

  describe('in Europe/Riga (03:00 → 04:00 on the last Sunday of March, 04:00 → 03:00 on the last Sunday of October)', () => {
    const riga = earlySundays('Europe/Riga');

    it('has 5 hours in Sunday 00:00–06:00 on 30 March 2025', () => {
      expect(riga.businessTimeBetween(at('2025-03-29T12:00:00+02:00'), at('2025-03-31T12:00:00+03:00'))).toBe(5 * HOUR);
      expect(riga.addBusinessTime(at('2025-03-30T00:00:00+02:00'), 5 * HOUR)).toEqual(at('2025-03-30T06:00:00+03:00'));
    });

    it('skips the hour that does not exist: three hours after midnight is 04:00', () => {
      expect(riga.addBusinessTime(at('2025-03-30T00:00:00+02:00'), 3 * HOUR)).toEqual(at('2025-03-30T04:00:00+03:00'));
    });

    it('has 7 hours in Sunday 00:00–06:00 on 26 October 2025', () => {
      expect(riga.businessTimeBetween(at('2025-10-25T12:00:00+03:00'), at('2025-10-27T12:00:00+02:00'))).toBe(7 * HOUR);
      expect(riga.addBusinessTime(at('2025-10-26T00:00:00+03:00'), 7 * HOUR)).toEqual(at('2025-10-26T06:00:00+02:00'));
    });

    it('counts the repeated hour twice: four hours after midnight is the second 03:00', () => {
      expect(riga.addBusinessTime(at('2025-10-26T00:00:00+03:00'), 3.5 * HOUR)).toEqual(at('2025-10-26T03:30:00+03:00'));
      expect(riga.addBusinessTime(at('2025-10-26T00:00:00+03:00'), 4 * HOUR)).toEqual(at('2025-10-26T03:00:00+02:00'));
      expect(riga.addBusinessTime(at('2025-10-26T00:00:00+03:00'), 5 * HOUR)).toEqual(at('2025-10-26T04:00:00+02:00'));
    });

    it('has no business time in an interval that lies wholly in the skipped hour', () => {
      const skipped = calendar('Europe/Riga', every([SUNDAY], '03:00', '04:00'));
      expect(skipped.businessTimeBetween(at('2025-03-30T00:00:00+02:00'), at('2025-03-31T00:00:00+03:00'))).toBe(0);
      expect(skipped.addBusinessTime(at('2025-03-30T00:00:00+02:00'), HOUR)).toEqual(at('2025-04-06T04:00:00+03:00'));
      expect(skipped.businessTimeBetween(at('2025-10-26T00:00:00+03:00'), at('2025-10-27T00:00:00+02:00'))).toBe(2 * HOUR);
    });
  });

  describe('in America/New_York (02:00 → 03:00 on the second Sunday of March, 02:00 → 01:00 on the first Sunday of November)', () => {
    const newYork = earlySundays('America/New_York');

    it('has 5 hours in Sunday 00:00–06:00 on 9 March 2025', () => {
      expect(newYork.businessTimeBetween(at('2025-03-08T12:00:00-05:00'), at('2025-03-10T12:00:00-04:00'))).toBe(5 * HOUR);
      expect(newYork.addBusinessTime(at('2025-03-09T00:00:00-05:00'), 2 * HOUR)).toEqual(at('2025-03-09T03:00:00-04:00'));
      expect(newYork.addBusinessTime(at('2025-03-08T12:00:00-05:00'), 5 * HOUR)).toEqual(at('2025-03-09T06:00:00-04:00'));
    });

    it('has 7 hours in Sunday 00:00–06:00 on 2 November 2025, the repeated 01:00 counted twice', () => {
      expect(newYork.businessTimeBetween(at('2025-11-01T12:00:00-04:00'), at('2025-11-03T12:00:00-05:00'))).toBe(7 * HOUR);
      expect(newYork.addBusinessTime(at('2025-11-02T00:00:00-04:00'), 1.5 * HOUR)).toEqual(at('2025-11-02T01:30:00-04:00'));
      expect(newYork.addBusinessTime(at('2025-11-02T00:00:00-04:00'), 2.5 * HOUR)).toEqual(at('2025-11-02T01:30:00-05:00'));
      expect(newYork.addBusinessTime(at('2025-11-02T00:00:00-04:00'), 7 * HOUR)).toEqual(at('2025-11-02T06:00:00-05:00'));
    });
  });

  describe('in Australia/Lord_Howe, whose clocks move by 30 minutes', () => {
    const lordHowe = earlySundays('Australia/Lord_Howe');

    it('has 6.5 hours in Sunday 00:00–06:00 on 6 April 2025 (02:00 → 01:30)', () => {
      expect(lordHowe.businessTimeBetween(at('2025-04-05T12:00:00+11:00'), at('2025-04-07T12:00:00+10:30'))).toBe(6.5 * HOUR);
      expect(lordHowe.addBusinessTime(at('2025-04-06T00:00:00+11:00'), 2.25 * HOUR)).toEqual(at('2025-04-06T01:45:00+10:30'));
    });

    it('has 5.5 hours in Sunday 00:00–06:00 on 5 October 2025 (02:00 → 02:30)', () => {
      expect(lordHowe.businessTimeBetween(at('2025-10-04T12:00:00+10:30'), at('2025-10-06T12:00:00+11:00'))).toBe(5.5 * HOUR);
      expect(lordHowe.addBusinessTime(at('2025-10-05T00:00:00+10:30'), 2 * HOUR)).toEqual(at('2025-10-05T02:30:00+11:00'));
    });
  });

  it('never happen in Asia/Kolkata, whose offset is +05:30', () => {
    const kolkata = office('Asia/Kolkata');
    expect(kolkata.addBusinessTime(at('2025-03-07T16:00:00+05:30'), 2 * HOUR)).toEqual(at('2025-03-10T10:00:00+05:30'));
    expect(kolkata.businessTimeBetween(at('2025-03-10T03:30:00Z'), at('2025-03-10T11:30:00Z'))).toBe(8 * HOUR);
  });
});

describe('limits of addBusinessTime', () => {
  it('reaches a year of business minutes on one 8-hour day a week: the 1095th Monday, 21 years ahead', () => {
    const mondays = calendar('Europe/Riga', every([MONDAY], '09:00', '17:00'));
    const from = at('2025-01-01T00:00:00+02:00');
    const due = mondays.addBusinessTime(from, 525_600 * MINUTE);
    expect(due).toEqual(at('2045-12-25T17:00:00+02:00'));
    expect(mondays.businessTimeBetween(from, due)).toBe(525_600 * MINUTE);
  });

  it('throws when ten years pass without any business time', () => {
    const firstMondays = Array.from({ length: 1000 }, (_, week) => new Date(Date.UTC(2025, 0, 6 + 7 * week)).toISOString().slice(0, 10));
    const mondaysOff = calendar('UTC', every([MONDAY], '09:00', '17:00'), firstMondays);
    expect(() => mondaysOff.addBusinessTime(at('2025-01-01T00:00:00Z'), MINUTE)).toThrow(
      'Business hours in UTC have no business time in the 10 years after 2025-01-01T00:00:00.000Z',
    );
  });

  it('throws for a deadline more than 100 years ahead', () => {
    const aMinuteAWeek = calendar('UTC', every([MONDAY], '09:00', '09:01'));
    expect(() => aMinuteAWeek.addBusinessTime(at('2025-01-01T00:00:00Z'), 6000 * MINUTE)).toThrow(
      'A deadline of 360000000 ms of business time from 2025-01-01T00:00:00.000Z lies more than 100 years ahead',
    );
  });

  it('refuses a negative or fractional amount and an invalid date', () => {
    const riga = office('Europe/Riga');
    expect(() => riga.addBusinessTime(at('2025-01-01T00:00:00Z'), -1)).toThrow(RangeError);
    expect(() => riga.addBusinessTime(at('2025-01-01T00:00:00Z'), 0.5)).toThrow(RangeError);
    expect(() => riga.addBusinessTime(new Date(Number.NaN), 1)).toThrow(RangeError);
    expect(() => riga.businessTimeBetween(at('2025-01-01T00:00:00Z'), new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('validating business hours', () => {
  const valid = { timezone: 'Europe/Riga', intervals: every(WORKDAYS, '09:00', '17:00') };

  it('sorts intervals by weekday, Monday first, then by start', () => {
    const spec = validateBusinessHours({
      timezone: 'Europe/Riga',
      intervals: [
        { day: SUNDAY, start: '10:00', end: '12:00' },
        { day: MONDAY, start: '13:00', end: '17:00' },
        { day: MONDAY, start: '09:00', end: '12:00' },
      ],
    });
    expect(spec.intervals).toEqual([
      { day: MONDAY, start: '09:00', end: '12:00' },
      { day: MONDAY, start: '13:00', end: '17:00' },
      { day: SUNDAY, start: '10:00', end: '12:00' },
    ]);
  });

  it('keeps holidays distinct and sorted, and treats missing holidays as none', () => {
    expect(validateBusinessHours({ ...valid, holidays: ['2025-12-25', '2025-01-01', '2025-12-25'] }).holidays).toEqual(['2025-01-01', '2025-12-25']);
    expect(validateBusinessHours({ ...valid, holidays: null }).holidays).toEqual([]);
    expect(validateBusinessHours(valid).holidays).toEqual([]);
  });

  it('keeps the zone as the client named it, not as Intl resolves it (Asia/Calcutta)', () => {
    expect(validateBusinessHours({ ...valid, timezone: 'Asia/Kolkata' }).timezone).toBe('Asia/Kolkata');
    expect(validateBusinessHours({ ...valid, timezone: 'Europe/Kyiv' }).timezone).toBe('Europe/Kyiv');
  });

  it('accepts touching intervals, 00:00 starts, 24:00 ends and 29 February of a leap year', () => {
    const spec = validateBusinessHours({
      timezone: 'Asia/Kolkata',
      intervals: [
        { day: MONDAY, start: '00:00', end: '12:00' },
        { day: MONDAY, start: '12:00', end: '24:00' },
      ],
      holidays: ['2028-02-29'],
    });
    expect(spec.intervals).toHaveLength(2);
  });

  it.each([
    ['Mars/Olympus_Mons', 'timezone "Mars/Olympus_Mons" is not a known IANA time zone (such as Europe/Riga or America/New_York)'],
    ['', 'timezone "" is not a known IANA time zone (such as Europe/Riga or America/New_York)'],
    ['+03:00', 'timezone "+03:00" is not a known IANA time zone (such as Europe/Riga or America/New_York)'],
  ])('refuses the time zone %j', (timezone, message) => {
    expectBadInput(() => validateBusinessHours({ ...valid, timezone }), 'businessHours.timezone', message);
  });

  it('refuses no intervals, since such a calendar never reaches a deadline', () => {
    expectBadInput(
      () => validateBusinessHours({ ...valid, intervals: [] }),
      'businessHours.intervals',
      'at least one interval is required: a calendar without business hours would never reach a deadline',
    );
  });

  it('refuses more than 100 intervals', () => {
    const intervals = Array.from({ length: 101 }, (_, minute) => ({ day: MONDAY, start: `10:${String(minute % 60).padStart(2, '0')}`, end: '10:59' }));
    expectBadInput(() => validateBusinessHours({ ...valid, intervals }), 'businessHours.intervals', 'at most 100 intervals are allowed, not 101');
  });

  it.each([
    ['start', { start: '9:00', end: '17:00' }, 'start must be a time HH:MM from 00:00 to 23:59, not "9:00"'],
    ['start', { start: '24:00', end: '24:00' }, 'start must be a time HH:MM from 00:00 to 23:59, not "24:00"'],
    ['start', { start: '12:60', end: '17:00' }, 'start must be a time HH:MM from 00:00 to 23:59, not "12:60"'],
    ['end', { start: '09:00', end: '24:01' }, 'end must be a time HH:MM from 00:00 to 24:00, not "24:01"'],
    ['end', { start: '09:00', end: '17:00:00' }, 'end must be a time HH:MM from 00:00 to 24:00, not "17:00:00"'],
    ['end', { start: '17:00', end: '09:00' }, 'end 09:00 must be later than start 17:00; an interval cannot pass midnight, so split it into one interval per day'],
    ['end', { start: '09:00', end: '09:00' }, 'end 09:00 must be later than start 09:00; an interval cannot pass midnight, so split it into one interval per day'],
  ])('refuses an interval whose %s is wrong: %j', (part, times, message) => {
    const intervals = [...every([MONDAY, TUESDAY], '09:00', '17:00'), { day: WEDNESDAY, ...times }];
    expectBadInput(() => validateBusinessHours({ ...valid, intervals }), `businessHours.intervals[2].${part}`, message);
  });

  it('refuses a day that is no weekday', () => {
    const intervals = [{ day: 'FUNDAY' as Weekday, start: '09:00', end: '17:00' }];
    expectBadInput(
      () => validateBusinessHours({ ...valid, intervals }),
      'businessHours.intervals[0].day',
      'day must be one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY',
    );
  });

  it('refuses overlapping intervals of one day, naming the one listed later', () => {
    const intervals = [
      { day: MONDAY, start: '11:00', end: '13:00' },
      { day: TUESDAY, start: '09:00', end: '12:00' },
      { day: MONDAY, start: '09:00', end: '12:00' },
    ];
    expectBadInput(
      () => validateBusinessHours({ ...valid, intervals }),
      'businessHours.intervals[2]',
      'intervals[2] (MONDAY 09:00–12:00) overlaps intervals[0] (MONDAY 11:00–13:00); intervals of one day may touch but not overlap',
    );
  });

  it('refuses the same interval twice', () => {
    const intervals = every([FRIDAY, FRIDAY], '09:00', '17:00');
    expectBadInput(() => validateBusinessHours({ ...valid, intervals }), 'businessHours.intervals[1]');
  });

  it.each([
    ['2025-02-30', 'holiday 2025-02-30 is not a real date'],
    ['2025-02-29', 'holiday 2025-02-29 is not a real date'],
    ['2025-13-01', 'holiday 2025-13-01 is not a real date'],
    ['2025-04-31', 'holiday 2025-04-31 is not a real date'],
    ['2025-1-1', 'a holiday must be a date YYYY-MM-DD, not "2025-1-1"'],
    ['1 May', 'a holiday must be a date YYYY-MM-DD, not "1 May"'],
  ])('refuses the holiday %s', (holiday, message) => {
    expectBadInput(() => validateBusinessHours({ ...valid, holidays: ['2025-01-01', holiday] }), 'businessHours.holidays[1]', message);
  });

  it('refuses more than 1000 holidays', () => {
    const holidays = Array.from({ length: 1001 }, (_, day) => new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10));
    expectBadInput(() => validateBusinessHours({ ...valid, holidays }), 'businessHours.holidays', 'at most 1000 holidays are allowed, not 1001');
  });

  it('names fields under the prefix it is given', () => {
    expectBadInput(() => validateBusinessHours({ ...valid, timezone: 'Nowhere' }, 'policy.businessHours'), 'policy.businessHours.timezone');
  });

  it('is what a calendar checks again, with a plain error, when stored hours turn out invalid', () => {
    const stored: BusinessHoursSpec = { timezone: 'Nowhere', intervals: valid.intervals, holidays: [] };
    let thrown: unknown;
    try {
      BusinessCalendar.of(stored);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).not.toBeInstanceOf(AppError);
    expect((thrown as Error).message).toMatch(/^Stored business hours are invalid: businessHours\.timezone: /);
  });
});
