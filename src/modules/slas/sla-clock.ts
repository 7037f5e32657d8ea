/**
 * SLA clocks as pure functions, in the manner of Zammad's escalation calculator: a ticket's
 * timeline (what happened, when) and a policy's targets and business hours give due times and
 * breaches; services store the results as plain columns the queue sorts by.
 *
 * - First response: from creation to the first agent reply (or the first resolution, which
 *   needs no reply any more).
 * - Next response: from a customer message that arrives after the first response to the next
 *   agent reply (or resolution). Independent of the first response: before the first reply only
 *   the first-response clock runs, so one target never overrules the other.
 * - Resolution: from creation to RESOLVED, counting only the periods in which the ticket was
 *   NEW, OPEN or POSTPONED: paused while ANSWERED (waiting on the customer), stopped while
 *   RESOLVED or CLOSED, and continuing after a reopen.
 */
import { TicketStatus } from '../tickets/ticket-status';
import type { BusinessCalendar } from './business-hours';

export enum SlaClock {
  FIRST_RESPONSE = 'FIRST_RESPONSE',
  NEXT_RESPONSE = 'NEXT_RESPONSE',
  RESOLUTION = 'RESOLUTION',
}

export const SLA_CLOCKS: readonly SlaClock[] = [SlaClock.FIRST_RESPONSE, SlaClock.NEXT_RESPONSE, SlaClock.RESOLUTION];

/** Business minutes per clock; null = no target. */
export interface SlaTargets {
  firstResponseMinutes: number | null;
  nextResponseMinutes: number | null;
  resolutionMinutes: number | null;
}

/** A stretch of time in which the resolution clock ran; `until` is null while it still runs. */
export interface SlaPeriod {
  from: Date;
  until: Date | null;
}

/**
 * What the clocks count from. Kept for every ticket, whether a policy applies or not, so that a
 * policy created or matched later counts from the ticket's real history.
 */
export interface SlaTimeline {
  createdAt: Date;
  firstResponseMetAt: Date | null;
  /** The customer message the next response is owed for; null before any. */
  nextResponseSince: Date | null;
  /** When that next response came; null while it is still owed. */
  nextResponseMetAt: Date | null;
  /** Every pause and resume of the resolution clock, oldest first. */
  resolutionPeriods: SlaPeriod[];
}

/** Statuses in which the resolution clock runs. */
const RESOLUTION_RUNS: ReadonlySet<TicketStatus> = new Set([TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.POSTPONED]);
const FINISHED: ReadonlySet<TicketStatus> = new Set([TicketStatus.RESOLVED, TicketStatus.CLOSED]);

export const startTimeline = (createdAt: Date): SlaTimeline => ({
  createdAt,
  firstResponseMetAt: null,
  nextResponseSince: null,
  nextResponseMetAt: null,
  resolutionPeriods: [{ from: createdAt, until: null }],
});

/** Whatever response is owed is given. */
function responded(timeline: SlaTimeline, at: Date): SlaTimeline {
  const owesNext = timeline.nextResponseSince !== null && timeline.nextResponseMetAt === null;
  return { ...timeline, firstResponseMetAt: timeline.firstResponseMetAt ?? at, nextResponseMetAt: owesNext ? at : timeline.nextResponseMetAt };
}

export const afterAgentReply = (timeline: SlaTimeline, at: Date): SlaTimeline => responded(timeline, at);

/** Starts the next-response clock, unless the first response is still owed or a next response is owed already. */
export function afterCustomerMessage(timeline: SlaTimeline, at: Date): SlaTimeline {
  const owesNext = timeline.nextResponseSince !== null && timeline.nextResponseMetAt === null;
  if (timeline.firstResponseMetAt === null || owesNext) return timeline;
  return { ...timeline, nextResponseSince: at, nextResponseMetAt: null };
}

/** Pauses or resumes the resolution clock; a resolution also counts as the response owed. */
export function afterStatusChange(timeline: SlaTimeline, from: TicketStatus, to: TicketStatus, at: Date): SlaTimeline {
  let next = timeline;
  const ran = RESOLUTION_RUNS.has(from);
  const runs = RESOLUTION_RUNS.has(to);
  if (ran && !runs) {
    next = { ...next, resolutionPeriods: next.resolutionPeriods.map((period) => (period.until === null ? { ...period, until: at } : period)) };
  } else if (!ran && runs) {
    next = { ...next, resolutionPeriods: [...next.resolutionPeriods, { from: at, until: null }] };
  }
  return FINISHED.has(to) ? responded(next, at) : next;
}

export interface ClockState {
  /** The deadline while it matters: the first response's always, the others' while they run. */
  dueAt: Date | null;
  /** Whether the clock runs now (its deadline is unmet and counting). */
  running: boolean;
  breached: boolean;
}

export interface SlaEvaluation {
  clocks: Record<SlaClock, ClockState>;
  /** The resolution clock is stopped because the ticket waits on the customer (ANSWERED). */
  paused: boolean;
  /** The earliest deadline of a running clock, breached or not: what the queue sorts by. */
  nextDueAt: Date | null;
  /** The earliest deadline of a running clock not yet breached: when to look again. */
  nextCheckAt: Date | null;
}

const IDLE: ClockState = { dueAt: null, running: false, breached: false };

/** A ticket without targets: no clock runs. */
export const NOTHING_DUE: SlaEvaluation = {
  clocks: { [SlaClock.FIRST_RESPONSE]: IDLE, [SlaClock.NEXT_RESPONSE]: IDLE, [SlaClock.RESOLUTION]: IDLE },
  paused: false,
  nextDueAt: null,
  nextCheckAt: null,
};
const MINUTE_MS = 60_000;

/**
 * A clock with one start: due `minutes` of business time after `since`; breached when its due
 * instant passed before it was met (at `now` when still unmet). Met exactly at the due instant is in time.
 */
function singleStretch(calendar: BusinessCalendar, since: Date, metAt: Date | null, minutes: number, now: Date): { dueAt: Date; running: boolean; breached: boolean } {
  const dueAt = calendar.addBusinessTime(since, minutes * MINUTE_MS);
  const running = metAt === null;
  const breached = running ? now.getTime() >= dueAt.getTime() : metAt.getTime() > dueAt.getTime();
  return { dueAt, running, breached };
}

/**
 * The resolution clock over its periods: only running periods count. Due where they use up the
 * target (ahead, extrapolated, while it runs); stopped, it is breached when they used more.
 */
function resolutionClock(calendar: BusinessCalendar, periods: readonly SlaPeriod[], minutes: number, now: Date): ClockState {
  let remaining = minutes * MINUTE_MS;
  let dueAt: Date | null = null;
  for (const period of periods) {
    const length = period.until === null ? Infinity : calendar.businessTimeBetween(period.from, period.until);
    if (dueAt === null && length >= remaining) dueAt = calendar.addBusinessTime(period.from, remaining);
    remaining -= length;
  }
  const running = periods.at(-1)?.until === null;
  if (running) return { dueAt, running, breached: dueAt !== null && now.getTime() >= dueAt.getTime() };
  return { dueAt: null, running: false, breached: remaining < 0 };
}

const earliest = (dates: ReadonlyArray<Date | null>): Date | null =>
  dates.reduce<Date | null>((min, date) => (date !== null && (min === null || date.getTime() < min.getTime()) ? date : min), null);

/** Due times and breaches of every clock of a ticket at `now`, for the given targets and business hours. */
export function evaluateSla(timeline: SlaTimeline, status: TicketStatus, targets: SlaTargets, calendar: BusinessCalendar, now: Date): SlaEvaluation {
  const firstResponse =
    targets.firstResponseMinutes === null ? IDLE : singleStretch(calendar, timeline.createdAt, timeline.firstResponseMetAt, targets.firstResponseMinutes, now);
  let nextResponse = IDLE;
  if (targets.nextResponseMinutes !== null && timeline.nextResponseSince !== null) {
    const clock = singleStretch(calendar, timeline.nextResponseSince, timeline.nextResponseMetAt, targets.nextResponseMinutes, now);
    nextResponse = { ...clock, dueAt: clock.running ? clock.dueAt : null };
  }
  const resolution = targets.resolutionMinutes === null ? IDLE : resolutionClock(calendar, timeline.resolutionPeriods, targets.resolutionMinutes, now);
  const clocks = { [SlaClock.FIRST_RESPONSE]: firstResponse, [SlaClock.NEXT_RESPONSE]: nextResponse, [SlaClock.RESOLUTION]: resolution };
  const running = SLA_CLOCKS.map((clock) => clocks[clock]).filter((clock) => clock.running);
  return {
    clocks,
    paused: status === TicketStatus.ANSWERED && targets.resolutionMinutes !== null,
    nextDueAt: earliest(running.map((clock) => clock.dueAt)),
    nextCheckAt: earliest(running.filter((clock) => !clock.breached).map((clock) => clock.dueAt)),
  };
}
