import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchTicketStateFragment, TicketPriority } from '../gql/graphql';
import { SET_STATUS, UPDATE_PRIORITY } from './documents';
import type { GraphQLHttp, Timed } from '../common/graphql-http';
import type { PoolTicket } from './protocol';

export type ChangeKind = 'priority' | 'postpone' | 'reopen';

/** One change the plan made, and what the server answered. */
export interface MadeChange {
  kind: ChangeKind;
  ticketId: string;
  /** The ticket's version after the change: ticketChanged messages of this change carry it. */
  version: number;
  /** Audit events the change wrote (events.totalCount after, less before). */
  events: number;
  sentAt: number;
  receivedAt: number;
  /** How long the change waited for a ticket free to change, in ms (0 unless the server answers slowly). */
  waitedMs: number;
}

/** A ticket is changed again only this long after its last change was answered, so a message's ticket version names one change. */
const MIN_SPACING_MS = 1500;
/** A postponed ticket comes back only after this long, so a leave and its return are separate views. */
const MIN_POSTPONED_MS = 2000;

interface TicketState extends PoolTicket {
  /** When its last change was answered; Infinity while one is in flight. */
  answeredAt: number;
  postponedAt: number | null;
}

const queued = (t: TicketState) => t.status === 'NEW' || t.status === 'OPEN';

/**
 * Changes that move the queue, each writing exactly one audit event: priority flips (CRITICAL
 * becomes HIGH, anything else CRITICAL: the ticket moves within, into or out of the top of the
 * queue), postponing a queued ticket (it leaves) and setting a postponed one back to OPEN (it
 * comes back; from POSTPONED that is no reopen, so no REOPENED event). The cycle is priority,
 * postpone, priority, reopen; a step with nothing eligible flips a priority instead.
 *
 * A ticket never has two changes in flight, and rests {@link MIN_SPACING_MS} after each answer,
 * so the audit event count before and after a change is that change's alone. Changes go to the
 * preferred tickets (the top of the queue) first, to the reserve when every preferred one is
 * busy (a slow server has many changes in flight), and wait when every ticket is busy.
 */
export class ChangePlan {
  private readonly tickets: TicketState[];
  private step = 0;

  constructor(
    preferred: readonly PoolTicket[],
    reserve: readonly PoolTicket[],
    private readonly http: GraphQLHttp,
  ) {
    const state = (ticket: PoolTicket): TicketState => ({ ...ticket, answeredAt: -Infinity, postponedAt: null });
    this.tickets = [...preferred.map(state), ...reserve.map(state)];
    this.preferredCount = preferred.length;
    if (preferred.length < 8) throw new Error('the change plan needs at least 8 preferred tickets');
  }

  private readonly preferredCount: number;

  /**
   * Picks the next change and sends it. The plan's own idea of the ticket is updated before the
   * request goes out, so changes may overlap (the window is open-loop: a slow answer does not
   * slow the rate down, unless every ticket has a change in flight).
   */
  async next(): Promise<MadeChange> {
    const wanted = (['priority', 'postpone', 'priority', 'reopen'] as const)[this.step++ % 4] as ChangeKind;
    const asked = performance.now();
    for (;;) {
      const now = performance.now();
      const free = (t: TicketState) => now - t.answeredAt >= MIN_SPACING_MS;
      const pick = this.pick(wanted, now, this.tickets.slice(0, this.preferredCount).filter(free)) ?? this.pick(wanted, now, this.tickets.slice(this.preferredCount).filter(free));
      if (pick) return this.send(pick.kind, pick.ticket, performance.now() - asked);
      await sleep(10);
    }
  }

  private pick(wanted: ChangeKind, now: number, free: TicketState[]): { kind: ChangeKind; ticket: TicketState } | undefined {
    const restedLongest = (list: TicketState[]) => list.reduce<TicketState | undefined>((best, t) => (!best || t.answeredAt < best.answeredAt ? t : best), undefined);
    if (wanted === 'reopen') {
      const back = free
        .filter((t) => t.status === 'POSTPONED' && t.postponedAt !== null && now - t.postponedAt >= MIN_POSTPONED_MS)
        .sort((a, b) => (a.postponedAt ?? 0) - (b.postponedAt ?? 0))[0];
      if (back) return { kind: 'reopen', ticket: back };
    }
    if (wanted === 'postpone') {
      const leaving = restedLongest(free.filter(queued));
      if (leaving) return { kind: 'postpone', ticket: leaving };
    }
    const moving = restedLongest(free.filter(queued)) ?? restedLongest(free);
    return moving && { kind: 'priority', ticket: moving };
  }

  private async send(kind: ChangeKind, ticket: TicketState, waitedMs: number): Promise<MadeChange> {
    ticket.answeredAt = Infinity;
    try {
      if (kind === 'priority') {
        const priority: TicketPriority = ticket.priority === 'CRITICAL' ? 'HIGH' : 'CRITICAL';
        const answer = await this.http.timed(UPDATE_PRIORITY, { input: { id: ticket.id, priority } });
        return this.record(kind, ticket, answer, answer.data.updateTicket.ticket, waitedMs);
      }
      if (kind === 'postpone') {
        const postponedUntil = new Date(Date.now() + 24 * 3600 * 1000).toISOString();
        const answer = await this.http.timed(SET_STATUS, { input: { ticketId: ticket.id, status: 'POSTPONED', postponedUntil } });
        ticket.postponedAt = answer.receivedAt;
        return this.record(kind, ticket, answer, answer.data.setTicketStatus.ticket, waitedMs);
      }
      const answer = await this.http.timed(SET_STATUS, { input: { ticketId: ticket.id, status: 'OPEN' } });
      ticket.postponedAt = null;
      return this.record(kind, ticket, answer, answer.data.setTicketStatus.ticket, waitedMs);
    } finally {
      if (ticket.answeredAt === Infinity) ticket.answeredAt = performance.now();
    }
  }

  private record(kind: ChangeKind, ticket: TicketState, answer: Timed<unknown>, state: BenchTicketStateFragment, waitedMs: number): MadeChange {
    const eventCount = state.events?.totalCount ?? ticket.eventCount;
    const events = eventCount - ticket.eventCount;
    Object.assign(ticket, { version: state.version, status: state.status, priority: state.priority, eventCount, answeredAt: answer.receivedAt });
    return { kind, ticketId: ticket.id, version: state.version, events, sentAt: answer.sentAt, receivedAt: answer.receivedAt, waitedMs };
  }
}
