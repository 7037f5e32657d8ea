import type { Client } from 'pg';
import { NOTHING_DUE, SlaClock, evaluateSla, type SlaTargets, type SlaTimeline } from '../../src/modules/slas/sla-clock';
import type { CompiledSlaPolicy } from '../../src/modules/slas/sla-policy-match';
import { timelineOf, withEvaluation, type StoredSla } from '../../src/modules/slas/sla-record';
import { TicketStatus } from '../../src/modules/tickets/ticket-status';
import { priorityOfRank } from '../../src/modules/tickets/ticket-priority';

const CHUNK = 5000;

interface OpenTicketRow {
  id: string;
  status: TicketStatus;
  priority: number;
  created_at: Date;
  sla: StoredSla;
  sla_policy_id: string;
}

/** The same timeline with `clock` still owed, so that its evaluation gives the instant it ran out. */
function stillOwed(timeline: SlaTimeline, clock: SlaClock): SlaTimeline {
  switch (clock) {
    case SlaClock.FIRST_RESPONSE:
      return { ...timeline, firstResponseMetAt: null };
    case SlaClock.NEXT_RESPONSE:
      return { ...timeline, nextResponseMetAt: null };
    case SlaClock.RESOLUTION:
      return { ...timeline, resolutionPeriods: timeline.resolutionPeriods.map((period, index, all) => (index === all.length - 1 ? { ...period, until: null } : period)) };
  }
}

/** A breach found by this evaluation: its clock ran out at `at`. */
interface NewBreach {
  ticketId: string;
  clock: SlaClock;
  at: Date;
  policyName: string | null;
}

/**
 * Evaluates the tickets matching `condition` exactly as SlaTracker.settle does, at `now`: due
 * times, the queue's and the breach job's keys, and breaches. A breach is dated when its clock
 * ran out, as the breach job would have found it, and each such instant is one more change
 * (version). Returns the breaches found.
 */
async function settle(client: Client, policies: readonly CompiledSlaPolicy[], now: Date, condition: string, params: unknown[]): Promise<{ settled: number; breaches: NewBreach[] }> {
  const byId = new Map(policies.map((policy) => [policy.id, policy]));
  const { rows } = await client.query<OpenTicketRow>(`select id, status, priority, created_at, sla, sla_policy_id from ticket where ${condition}`, params);
  const breaches: NewBreach[] = [];
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const settled = chunk.map((row) => {
      const policy = byId.get(row.sla_policy_id) ?? null;
      const targets: SlaTargets | null = policy?.targets.get(priorityOfRank(row.priority)) ?? null;
      const timeline = timelineOf(row.sla, row.created_at);
      const evaluation = policy && targets ? evaluateSla(timeline, row.status, targets, policy.calendar, now) : NOTHING_DUE;
      const { stored, newlyBreached } = withEvaluation(row.sla, { name: policy?.name ?? null, targets, timezone: policy?.timezone ?? null }, evaluation, now);
      const ranOut = newlyBreached.map((clock) => {
        const instant = evaluateSla(stillOwed(timeline, clock), row.status, targets!, policy!.calendar, now).clocks[clock].dueAt ?? now;
        stored.breachedAt[clock] = instant.toISOString();
        breaches.push({ ticketId: row.id, clock, at: instant, policyName: stored.policyName });
        return instant.getTime();
      });
      return { id: row.id, stored, evaluation, changes: new Set(ranOut).size, lastChange: ranOut.length > 0 ? new Date(Math.max(...ranOut)) : null };
    });
    await client.query(
      `update ticket t set sla = u.sla, sla_next_due_at = u.next_due_at, sla_next_check_at = u.next_check_at,
         version = t.version + u.changes, updated_at = greatest(t.updated_at, u.last_change)
       from unnest($1::uuid[], $2::jsonb[], $3::timestamptz[], $4::timestamptz[], $5::int[], $6::timestamptz[])
         as u(id, sla, next_due_at, next_check_at, changes, last_change)
       where t.id = u.id`,
      [
        settled.map((ticket) => ticket.id),
        settled.map((ticket) => JSON.stringify(ticket.stored)),
        settled.map((ticket) => ticket.evaluation.nextDueAt),
        settled.map((ticket) => ticket.evaluation.nextCheckAt),
        settled.map((ticket) => ticket.changes),
        settled.map((ticket) => ticket.lastChange),
      ],
    );
  }
  return { settled: rows.length, breaches };
}

/** Every ticket that is not closed, before the audit trail is written: it reads their breaches from the stored SLA. */
export async function settleOpenSlas(client: Client, policies: readonly CompiledSlaPolicy[], now: Date): Promise<number> {
  return (await settle(client, policies, now, `status <> 'CLOSED'`, [])).settled;
}

/**
 * The deadlines that passed while the run went on, as the breach job would mark them (its
 * SLA_BREACHED events come last, and last in time, of their tickets): a server started right
 * after the run finds nothing due. Returns how many tickets it updated.
 */
export async function catchUpSlaBreaches(client: Client, policies: readonly CompiledSlaPolicy[], now: Date): Promise<number> {
  const { settled, breaches } = await settle(client, policies, now, `sla_next_check_at <= $1`, [now]);
  await client.query(
    `insert into ticket_event (ticket_id, kind, actor_id, from_value, to_value, created_at)
     select ticket_id, 'SLA_BREACHED', null, policy_name, clock, at from unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[]) as b(ticket_id, policy_name, clock, at)
     order by ticket_id, at`,
    [breaches.map((breach) => breach.ticketId), breaches.map((breach) => breach.policyName), breaches.map((breach) => breach.clock), breaches.map((breach) => breach.at)],
  );
  return settled;
}
