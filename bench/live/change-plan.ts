import type { BenchTicketStateFragment, TicketPriority } from '../gql/graphql';
import { SET_STATUS, UPDATE_PRIORITY } from './documents';
import type { GraphQLHttp, Timed } from './graphql-http';
import type { PoolTicket } from './protocol';

export type ChangeKind = 'priority' | 'postpone' | 'reopen';

/** One change the plan made, and what the server answered. */
export interface MadeChange {
  kind: ChangeKind;
  ticketId: string;
  /** The ticket's version after the change: ticketChanged messages of this change carry it. */
  version: number;
  /** Audit events the change wrote. */
  events: number;
  sentAt: number;
  receivedAt: number;
}

/** A ticket is changed again only after this long, so a message's ticket version names one change. */
const MIN_SPACING_MS = 1500;
/** A postponed ticket comes back only after this long, so a leave and its return are separate views. */
const MIN_POSTPONED_MS = 2000;

interface TicketState extends PoolTicket {
  lastChangedAt: number;
  postponedAt: number | null;
}

/**
 * Changes that move the queue, each writing exactly one audit event: priority flips between
 * CRITICAL and HIGH (the ticket moves within, into or out of the top of the queue), postponing
 * a queued ticket (it leaves) and reopening a postponed one to OPEN (it comes back; from
 * POSTPONED that is no reopen, so no REOPENED event). The cycle is priority, postpone,
 * priority, reopen; a step with nothing eligible flips a priority instead. Each change picks
 * the ticket left alone longest, so one ticket changes at most every {@link MIN_SPACING_MS}.
 */
export class ChangePlan {
  private readonly tickets: TicketState[];
  private step = 0;

  constructor(
    pool: readonly PoolTicket[],
    private readonly http: GraphQLHttp,
  ) {
    this.tickets = pool.map((ticket) => ({ ...ticket, lastChangedAt: -Infinity, postponedAt: null }));
    if (this.tickets.length < 8) throw new Error('the change plan needs at least 8 tickets in its pool');
  }

  /**
   * Picks the next change and sends it. The pick and the plan's own idea of the ticket are
   * updated before the request goes out, so changes may overlap (the window is open-loop: a
   * slow answer does not slow the rate down).
   */
  next(now: number): Promise<MadeChange> {
    const wanted = (['priority', 'postpone', 'priority', 'reopen'] as const)[this.step++ % 4] as ChangeKind;
    const rested = this.tickets.filter((t) => now - t.lastChangedAt >= MIN_SPACING_MS);
    const queued = rested.filter((t) => t.status === 'NEW' || t.status === 'OPEN');
    const leastRecent = (list: TicketState[]) => list.reduce<TicketState | undefined>((best, t) => (!best || t.lastChangedAt < best.lastChangedAt ? t : best), undefined);
    if (wanted === 'reopen') {
      const back = rested
        .filter((t) => t.status === 'POSTPONED' && t.postponedAt !== null && now - t.postponedAt >= MIN_POSTPONED_MS)
        .sort((a, b) => (a.postponedAt ?? 0) - (b.postponedAt ?? 0))[0];
      if (back) return this.reopen(back, now);
    }
    if (wanted === 'postpone') {
      const leaving = leastRecent(queued);
      if (leaving) return this.postpone(leaving, now);
    }
    const moving = leastRecent(queued) ?? leastRecent(rested) ?? leastRecent(this.tickets);
    if (!moving) throw new Error('no ticket to change');
    return this.flipPriority(moving, now);
  }

  private async flipPriority(ticket: TicketState, now: number): Promise<MadeChange> {
    const priority: TicketPriority = ticket.priority === 'CRITICAL' ? 'HIGH' : 'CRITICAL';
    Object.assign(ticket, { priority, lastChangedAt: now });
    const answer = await this.http.timed(UPDATE_PRIORITY, { input: { id: ticket.id, priority } });
    return this.record('priority', ticket, answer, answer.data.updateTicket.ticket);
  }

  private async postpone(ticket: TicketState, now: number): Promise<MadeChange> {
    const postponedUntil = new Date(Date.now() + 24 * 3600 * 1000).toISOString();
    Object.assign(ticket, { status: 'POSTPONED', lastChangedAt: now, postponedAt: now });
    const answer = await this.http.timed(SET_STATUS, { input: { ticketId: ticket.id, status: 'POSTPONED', postponedUntil } });
    return this.record('postpone', ticket, answer, answer.data.setTicketStatus.ticket);
  }

  private async reopen(ticket: TicketState, now: number): Promise<MadeChange> {
    Object.assign(ticket, { status: 'OPEN', lastChangedAt: now, postponedAt: null });
    const answer = await this.http.timed(SET_STATUS, { input: { ticketId: ticket.id, status: 'OPEN' } });
    return this.record('reopen', ticket, answer, answer.data.setTicketStatus.ticket);
  }

  private record(kind: ChangeKind, ticket: TicketState, answer: Timed<unknown>, state: BenchTicketStateFragment): MadeChange {
    const eventCount = state.events?.totalCount ?? ticket.eventCount;
    const events = eventCount - ticket.eventCount;
    // The answer is the truth: it also repairs the plan's guess should a change have failed before.
    Object.assign(ticket, { version: state.version, status: state.status, priority: state.priority, eventCount });
    return { kind, ticketId: ticket.id, version: state.version, events, sentAt: answer.sentAt, receivedAt: answer.receivedAt };
  }
}
