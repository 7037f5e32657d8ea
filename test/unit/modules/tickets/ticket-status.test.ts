import { describe, expect, it } from 'vitest';
import {
  IllegalTransitionError,
  TicketStatus,
  afterAgentReply,
  afterCustomerMessage,
  afterPostponement,
  afterResolvedDelay,
  canTransitionManually,
  manualTransition,
} from '../../../../src/modules/tickets/ticket-status';

const { NEW, OPEN, ANSWERED, POSTPONED, RESOLVED, CLOSED } = TicketStatus;
const STATUSES = [NEW, OPEN, ANSWERED, POSTPONED, RESOLVED, CLOSED] as const;

/** The only status changes setTicketStatus may make, from the contract. */
const LEGAL = new Set<string>([
  'NEW->POSTPONED',
  'NEW->RESOLVED',
  'OPEN->POSTPONED',
  'OPEN->RESOLVED',
  'ANSWERED->POSTPONED',
  'ANSWERED->RESOLVED',
  'POSTPONED->POSTPONED',
  'POSTPONED->RESOLVED',
  'POSTPONED->OPEN',
  'RESOLVED->CLOSED',
  'RESOLVED->OPEN',
  'CLOSED->OPEN',
]);
const REOPENING = new Set<string>(['RESOLVED->OPEN', 'CLOSED->OPEN']);

const pairs = STATUSES.flatMap((from) => STATUSES.map((to) => ({ from, to, key: `${from}->${to}` })));

describe('setting a ticket status by hand', () => {
  it('covers all 36 pairs of statuses, 12 of them legal', () => {
    expect(pairs).toHaveLength(36);
    expect(pairs.filter(({ key }) => LEGAL.has(key))).toHaveLength(12);
  });

  describe.each(pairs.filter(({ key }) => LEGAL.has(key)))('$from -> $to', ({ from, to, key }) => {
    const reopened = REOPENING.has(key);
    it(`is allowed and ${reopened ? 'marks the ticket reopened' : 'is not a reopen'}`, () => {
      expect(manualTransition(from, to)).toStrictEqual({ from, to, reopened });
      expect(canTransitionManually(from, to)).toBe(true);
    });
  });

  describe.each(pairs.filter(({ key }) => !LEGAL.has(key)))('$from -> $to', ({ from, to }) => {
    it('is refused with an IllegalTransitionError naming both statuses', () => {
      let thrown: unknown;
      try {
        manualTransition(from, to);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(IllegalTransitionError);
      expect(thrown).toMatchObject({ from, to, message: `A ${from} ticket cannot be set to ${to}` });
      expect(canTransitionManually(from, to)).toBe(false);
    });
  });

  it('marks a reopen exactly for RESOLVED -> OPEN and CLOSED -> OPEN', () => {
    const reopens = pairs.filter(({ key }) => LEGAL.has(key)).filter(({ from, to }) => manualTransition(from, to).reopened);
    expect(reopens.map(({ key }) => key)).toEqual(['RESOLVED->OPEN', 'CLOSED->OPEN']);
  });
});

describe('an agent reply without resolve', () => {
  it.each([NEW, OPEN, POSTPONED])('makes a %s ticket ANSWERED', (from) => {
    expect(afterAgentReply(from, false)).toStrictEqual({ from, to: ANSWERED, reopened: false });
  });

  it.each([ANSWERED, RESOLVED, CLOSED])('leaves a %s ticket unchanged (undefined)', (from) => {
    expect(afterAgentReply(from, false)).toBeUndefined();
  });
});

describe('an agent reply with resolve', () => {
  it.each([NEW, OPEN, ANSWERED, POSTPONED])('makes a %s ticket RESOLVED', (from) => {
    expect(afterAgentReply(from, true)).toStrictEqual({ from, to: RESOLVED, reopened: false });
  });

  it('leaves a RESOLVED ticket unchanged (undefined)', () => {
    expect(afterAgentReply(RESOLVED, true)).toBeUndefined();
  });

  it('leaves a CLOSED ticket CLOSED (undefined)', () => {
    expect(afterAgentReply(CLOSED, true)).toBeUndefined();
  });
});

describe('a customer message', () => {
  it.each([NEW, OPEN])('leaves a %s ticket unchanged (undefined)', (from) => {
    expect(afterCustomerMessage(from)).toBeUndefined();
  });

  it.each([ANSWERED, POSTPONED])('makes a %s ticket OPEN without marking it reopened', (from) => {
    expect(afterCustomerMessage(from)).toStrictEqual({ from, to: OPEN, reopened: false });
  });

  it.each([RESOLVED, CLOSED])('reopens a %s ticket and marks it reopened', (from) => {
    expect(afterCustomerMessage(from)).toStrictEqual({ from, to: OPEN, reopened: true });
  });
});

describe('a postponement whose time has come', () => {
  it('makes a POSTPONED ticket OPEN without marking it reopened', () => {
    expect(afterPostponement(POSTPONED)).toStrictEqual({ from: POSTPONED, to: OPEN, reopened: false });
  });

  it.each([NEW, OPEN, ANSWERED, RESOLVED, CLOSED])('leaves a %s ticket unchanged (undefined): it moved on before its time', (from) => {
    expect(afterPostponement(from)).toBeUndefined();
  });
});

describe('the auto-close delay passing', () => {
  it('closes a RESOLVED ticket without marking it reopened', () => {
    expect(afterResolvedDelay(RESOLVED)).toStrictEqual({ from: RESOLVED, to: CLOSED, reopened: false });
  });

  it.each([NEW, OPEN, ANSWERED, POSTPONED, CLOSED])('leaves a %s ticket unchanged (undefined): it was reopened or closed meanwhile', (from) => {
    expect(afterResolvedDelay(from)).toBeUndefined();
  });
});
