import { describe, expect, it } from 'vitest';
import {
  IllegalTransitionError,
  TicketStatus,
  afterAgentReply,
  afterCustomerMessage,
  manualTransition,
} from '../../src/modules/tickets/ticket-status';

const { NEW, OPEN, ANSWERED, POSTPONED, RESOLVED, CLOSED } = TicketStatus;
const ALL = [NEW, OPEN, ANSWERED, POSTPONED, RESOLVED, CLOSED];

/** The contract's table of status changes by hand (setTicketStatus). */
const LEGAL_BY_HAND = new Set([
  'NEW>POSTPONED',
  'NEW>RESOLVED',
  'OPEN>POSTPONED',
  'OPEN>RESOLVED',
  'ANSWERED>POSTPONED',
  'ANSWERED>RESOLVED',
  'POSTPONED>POSTPONED',
  'POSTPONED>RESOLVED',
  'POSTPONED>OPEN',
  'RESOLVED>CLOSED',
  'RESOLVED>OPEN',
  'CLOSED>OPEN',
]);

describe('status changes by hand', () => {
  for (const from of ALL) {
    for (const to of ALL) {
      const legal = LEGAL_BY_HAND.has(`${from}>${to}`);
      it(`${legal ? 'allows' : 'refuses'} ${from} -> ${to}`, () => {
        if (legal) {
          expect(manualTransition(from, to)).toEqual({ from, to, reopened: to === OPEN && (from === RESOLVED || from === CLOSED) });
        } else {
          expect(() => manualTransition(from, to)).toThrow(IllegalTransitionError);
        }
      });
    }
  }
});

describe('an agent reply', () => {
  it.each([
    [NEW, ANSWERED],
    [OPEN, ANSWERED],
    [POSTPONED, ANSWERED],
  ])('makes a %s ticket %s', (from, to) => {
    expect(afterAgentReply(from, false)).toEqual({ from, to, reopened: false });
  });

  it.each([ANSWERED, RESOLVED, CLOSED])('leaves a %s ticket as it is', (from) => {
    expect(afterAgentReply(from, false)).toBeUndefined();
  });

  it.each([NEW, OPEN, ANSWERED, POSTPONED])('with resolve, makes a %s ticket RESOLVED', (from) => {
    expect(afterAgentReply(from, true)).toEqual({ from, to: RESOLVED, reopened: false });
  });

  it('with resolve, leaves RESOLVED and CLOSED tickets as they are', () => {
    expect(afterAgentReply(RESOLVED, true)).toBeUndefined();
    expect(afterAgentReply(CLOSED, true)).toBeUndefined();
  });
});

describe('a customer message', () => {
  it('leaves NEW and OPEN tickets as they are', () => {
    expect(afterCustomerMessage(NEW)).toBeUndefined();
    expect(afterCustomerMessage(OPEN)).toBeUndefined();
  });

  it.each([ANSWERED, POSTPONED])('makes a %s ticket OPEN without a reopen', (from) => {
    expect(afterCustomerMessage(from)).toEqual({ from, to: OPEN, reopened: false });
  });

  it.each([RESOLVED, CLOSED])('reopens a %s ticket', (from) => {
    expect(afterCustomerMessage(from)).toEqual({ from, to: OPEN, reopened: true });
  });
});
