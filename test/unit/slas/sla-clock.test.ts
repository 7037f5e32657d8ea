import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../../../src/modules/slas/business-hours';
import {
  SlaClock,
  afterAgentReply,
  afterCustomerMessage,
  afterStatusChange,
  evaluateSla,
  startTimeline,
  type SlaTargets,
  type SlaTimeline,
} from '../../../src/modules/slas/sla-clock';
import { TicketStatus } from '../../../src/modules/tickets/ticket-status';

const { NEW, OPEN, ANSWERED, POSTPONED, RESOLVED, CLOSED } = TicketStatus;
const T0 = new Date('2026-03-02T08:00:00.000Z');
/** Minutes after T0. */
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const TARGETS: SlaTargets = { firstResponseMinutes: 60, nextResponseMinutes: 30, resolutionMinutes: 240 };
const ALWAYS = BusinessCalendar.of(null);

const evaluate = (timeline: SlaTimeline, status: TicketStatus, now: number, targets = TARGETS) => evaluateSla(timeline, status, targets, ALWAYS, at(now));

describe('the first-response clock', () => {
  it('is due its target after creation and breaches at that instant, not a moment before', () => {
    const timeline = startTimeline(T0);
    expect(evaluate(timeline, NEW, 59.99).clocks[SlaClock.FIRST_RESPONSE]).toEqual({ dueAt: at(60), running: true, breached: false });
    expect(evaluate(timeline, NEW, 60).clocks[SlaClock.FIRST_RESPONSE]).toEqual({ dueAt: at(60), running: true, breached: true });
  });

  it('is met by the first agent reply, in time at the due instant itself, late a millisecond after', () => {
    const inTime = afterAgentReply(startTimeline(T0), at(60));
    expect(evaluate(inTime, ANSWERED, 500).clocks[SlaClock.FIRST_RESPONSE]).toEqual({ dueAt: at(60), running: false, breached: false });
    const late = afterAgentReply(startTimeline(T0), new Date(at(60).getTime() + 1));
    expect(evaluate(late, ANSWERED, 500).clocks[SlaClock.FIRST_RESPONSE].breached).toBe(true);
  });

  it('is met by a resolution without a reply: nobody owes a response any more', () => {
    const timeline = afterStatusChange(startTimeline(T0), NEW, RESOLVED, at(10));
    expect(evaluate(timeline, RESOLVED, 500).clocks[SlaClock.FIRST_RESPONSE]).toEqual({ dueAt: at(60), running: false, breached: false });
  });

  it('is not started again, nor overruled, by customer messages before the first reply', () => {
    const timeline = afterCustomerMessage(startTimeline(T0), at(5));
    const evaluation = evaluate(timeline, NEW, 20);
    expect(evaluation.clocks[SlaClock.NEXT_RESPONSE]).toEqual({ dueAt: null, running: false, breached: false });
    expect(evaluation.nextDueAt).toEqual(at(60));
  });
});

describe('the next-response clock', () => {
  const replied = afterAgentReply(startTimeline(T0), at(10));

  it('runs from a customer message after a reply until the next reply', () => {
    const waiting = afterCustomerMessage(replied, at(100));
    expect(evaluate(waiting, OPEN, 110).clocks[SlaClock.NEXT_RESPONSE]).toEqual({ dueAt: at(130), running: true, breached: false });
    const answered = afterAgentReply(waiting, at(120));
    expect(evaluate(answered, ANSWERED, 500).clocks[SlaClock.NEXT_RESPONSE]).toEqual({ dueAt: null, running: false, breached: false });
  });

  it('counts from the first of several customer messages waiting for the same reply', () => {
    const twice = afterCustomerMessage(afterCustomerMessage(replied, at(100)), at(125));
    expect(evaluate(twice, OPEN, 126).clocks[SlaClock.NEXT_RESPONSE].dueAt).toEqual(at(130));
  });

  it('keeps a late reply breached, and starts clean for the next customer message', () => {
    const late = afterAgentReply(afterCustomerMessage(replied, at(100)), at(140));
    expect(evaluate(late, ANSWERED, 150).clocks[SlaClock.NEXT_RESPONSE].breached).toBe(true);
    const again = afterCustomerMessage(late, at(200));
    expect(evaluate(again, OPEN, 201).clocks[SlaClock.NEXT_RESPONSE]).toEqual({ dueAt: at(230), running: true, breached: false });
  });

  it('is met by a resolution, and restarts when the customer writes to the resolved ticket', () => {
    const resolved = afterStatusChange(afterCustomerMessage(replied, at(100)), OPEN, RESOLVED, at(110));
    expect(evaluate(resolved, RESOLVED, 500).clocks[SlaClock.NEXT_RESPONSE].running).toBe(false);
    const reopened = afterStatusChange(afterCustomerMessage(resolved, at(300)), RESOLVED, OPEN, at(300));
    expect(evaluate(reopened, OPEN, 301).clocks[SlaClock.NEXT_RESPONSE].dueAt).toEqual(at(330));
  });
});

describe('the resolution clock', () => {
  it('pauses while ANSWERED and resumes on the customer message, moving its deadline by the pause', () => {
    let timeline = afterStatusChange(afterAgentReply(startTimeline(T0), at(30)), NEW, ANSWERED, at(30));
    const paused = evaluate(timeline, ANSWERED, 100);
    expect(paused.clocks[SlaClock.RESOLUTION]).toEqual({ dueAt: null, running: false, breached: false });
    expect(paused.paused).toBe(true);
    timeline = afterStatusChange(afterCustomerMessage(timeline, at(130)), ANSWERED, OPEN, at(130));
    // 30 minutes used before the pause: 210 remain from the resumption.
    expect(evaluate(timeline, OPEN, 131).clocks[SlaClock.RESOLUTION]).toEqual({ dueAt: at(340), running: true, breached: false });
    expect(timeline.resolutionPeriods).toEqual([
      { from: T0, until: at(30) },
      { from: at(130), until: null },
    ]);
  });

  it('keeps running while POSTPONED', () => {
    const timeline = afterStatusChange(startTimeline(T0), NEW, POSTPONED, at(10));
    expect(evaluate(timeline, POSTPONED, 20).clocks[SlaClock.RESOLUTION].dueAt).toEqual(at(240));
  });

  it('stops at RESOLVED in time, and continues after a reopen with what it had used', () => {
    const resolved = afterStatusChange(startTimeline(T0), NEW, RESOLVED, at(200));
    expect(evaluate(resolved, RESOLVED, 1000).clocks[SlaClock.RESOLUTION]).toEqual({ dueAt: null, running: false, breached: false });
    const closed = afterStatusChange(resolved, RESOLVED, CLOSED, at(300));
    const reopened = afterStatusChange(closed, CLOSED, OPEN, at(1000));
    expect(evaluate(reopened, OPEN, 1001).clocks[SlaClock.RESOLUTION]).toEqual({ dueAt: at(1040), running: true, breached: false });
    expect(evaluate(reopened, OPEN, 1040).clocks[SlaClock.RESOLUTION].breached).toBe(true);
  });

  it('stays breached once its periods used more than the target, whatever follows', () => {
    const late = afterStatusChange(startTimeline(T0), NEW, RESOLVED, at(241));
    expect(evaluate(late, RESOLVED, 300).clocks[SlaClock.RESOLUTION].breached).toBe(true);
    const reopened = afterStatusChange(late, RESOLVED, OPEN, at(400));
    // Still running, and due where the target ran out: the queue puts it first.
    expect(evaluate(reopened, OPEN, 401).clocks[SlaClock.RESOLUTION]).toEqual({ dueAt: at(240), running: true, breached: true });
  });

  it('counts business time only', () => {
    // A stand-in calendar in which only the first half of each hour is business time.
    const halfHours = {
      addBusinessTime: (from: Date, ms: number) => {
        let t = from.getTime();
        let left = ms;
        while (left > 0) {
          const hour = Math.floor(t / 3_600_000) * 3_600_000;
          const open = Math.max(0, hour + 1_800_000 - t);
          if (open >= left) return new Date(t + left);
          left -= open;
          t = hour + 3_600_000;
        }
        return new Date(t);
      },
      businessTimeBetween: () => 0,
    } as unknown as BusinessCalendar;
    const evaluation = evaluateSla(startTimeline(T0), NEW, { ...TARGETS, resolutionMinutes: null }, halfHours, at(1));
    expect(evaluation.clocks[SlaClock.FIRST_RESPONSE].dueAt).toEqual(at(90));
  });
});

describe('what the queue sorts by', () => {
  it('is the earliest deadline of a running clock, breached ones included; the next check skips breached ones', () => {
    const evaluation = evaluate(startTimeline(T0), NEW, 61);
    expect(evaluation.nextDueAt).toEqual(at(60));
    expect(evaluation.nextCheckAt).toEqual(at(240));
  });

  it('is nothing for a resolved ticket, and nothing without targets', () => {
    const resolved = afterStatusChange(afterAgentReply(startTimeline(T0), at(5)), NEW, RESOLVED, at(6));
    expect(evaluate(resolved, RESOLVED, 10)).toMatchObject({ nextDueAt: null, nextCheckAt: null, paused: false });
    const none = evaluate(startTimeline(T0), NEW, 10, { firstResponseMinutes: null, nextResponseMinutes: null, resolutionMinutes: null });
    expect(none).toMatchObject({ nextDueAt: null, nextCheckAt: null });
  });
});
