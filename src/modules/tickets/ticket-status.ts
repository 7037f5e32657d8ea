/**
 * The ticket status workflow as pure functions, exactly as the contract's SlaTarget
 * description states it. Services apply the results; nothing here touches a database.
 */
export enum TicketStatus {
  NEW = 'NEW',
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
  POSTPONED = 'POSTPONED',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}

const { NEW, OPEN, ANSWERED, POSTPONED, RESOLVED, CLOSED } = TicketStatus;

/** Statuses setTicketStatus may move to, by current status. NEW and ANSWERED follow messages only. */
const MANUAL_TRANSITIONS: Readonly<Record<TicketStatus, readonly TicketStatus[]>> = {
  [NEW]: [POSTPONED, RESOLVED],
  [OPEN]: [POSTPONED, RESOLVED],
  [ANSWERED]: [POSTPONED, RESOLVED],
  [POSTPONED]: [POSTPONED, RESOLVED, OPEN],
  [RESOLVED]: [CLOSED, OPEN],
  [CLOSED]: [OPEN],
};

export interface StatusChange {
  from: TicketStatus;
  to: TicketStatus;
  /** RESOLVED or CLOSED back to OPEN: written as REOPENED before STATUS_CHANGED. */
  reopened: boolean;
}

const change = (from: TicketStatus, to: TicketStatus): StatusChange => ({
  from,
  to,
  reopened: (from === RESOLVED || from === CLOSED) && to === OPEN,
});

export class IllegalTransitionError extends Error {
  constructor(
    readonly from: TicketStatus,
    readonly to: TicketStatus,
  ) {
    super(`A ${from} ticket cannot be set to ${to}`);
  }
}

/** setTicketStatus: the change, or IllegalTransitionError. */
export function manualTransition(from: TicketStatus, to: TicketStatus): StatusChange {
  if (!MANUAL_TRANSITIONS[from].includes(to)) throw new IllegalTransitionError(from, to);
  return change(from, to);
}

export function canTransitionManually(from: TicketStatus, to: TicketStatus): boolean {
  return MANUAL_TRANSITIONS[from].includes(to);
}

/**
 * An agent reply makes NEW, OPEN or POSTPONED tickets ANSWERED and leaves RESOLVED and CLOSED
 * alone; with `resolve`, the ticket ends RESOLVED (a CLOSED one stays CLOSED).
 * Undefined when the status does not change.
 */
export function afterAgentReply(from: TicketStatus, resolve: boolean): StatusChange | undefined {
  let to = from === NEW || from === OPEN || from === POSTPONED ? ANSWERED : from;
  if (resolve && from !== CLOSED) to = RESOLVED;
  return to === from ? undefined : change(from, to);
}

/** A customer message makes ANSWERED, POSTPONED, RESOLVED or CLOSED tickets OPEN; NEW stays NEW. */
export function afterCustomerMessage(from: TicketStatus): StatusChange | undefined {
  return from === NEW || from === OPEN ? undefined : change(from, OPEN);
}

/**
 * A postponement whose time has come: POSTPONED becomes OPEN, by the system, and the ticket
 * needs an agent again. Undefined for any other status: the ticket moved on before its time.
 */
export function afterPostponement(from: TicketStatus): StatusChange | undefined {
  return from === POSTPONED ? change(from, OPEN) : undefined;
}

/**
 * The auto-close delay has passed since the ticket was resolved: RESOLVED becomes CLOSED, by the
 * system. Undefined for any other status: the ticket was reopened (or closed by hand) meanwhile.
 */
export function afterResolvedDelay(from: TicketStatus): StatusChange | undefined {
  return from === RESOLVED ? change(from, CLOSED) : undefined;
}

/** Statuses in which the ticket waits in its department's queue. */
export const QUEUED_STATUSES: readonly TicketStatus[] = [NEW, OPEN];

/** Statuses of a ticket not yet resolved: the backlog. */
export const OPEN_STATUSES: readonly TicketStatus[] = [NEW, OPEN, ANSWERED, POSTPONED];
