import { wrap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Contact } from '../contacts/contact.entity';
import type { Ticket } from '../tickets/ticket.entity';
import type { SlaPolicyCatalog } from './sla-catalog';
import { NOTHING_DUE, evaluateSla, type SlaClock } from './sla-clock';
import { matchPolicy, type SlaTicketFacts } from './sla-policy-match';
import { sameDeadlines, withEvaluation } from './sla-record';

/** What settling a ticket's SLA adds to its audit trail. */
export interface SlaSettlement {
  /** SLA_APPLIED: another policy applies, or policy changes moved its deadlines. Policy names. */
  applied: { from: string | null; to: string | null } | null;
  /** SLA_BREACHED, one per clock found breached just now. */
  breached: SlaClock[];
  policyName: string | null;
}


/**
 * Brings a locked ticket's SLA up to date after whatever just happened to it: matches the policy
 * again when asked (a new ticket, another department or priority) or when the policies changed
 * since it was last computed, evaluates its clocks at `now`, and stores the due times, the
 * breaches and the queue's and breach job's keys on the ticket.
 */
export class SlaTracker {
  constructor(private readonly catalog: SlaPolicyCatalog) {}

  async settle(em: EntityManager, ticket: Ticket, now: Date, options: { rematch: boolean }): Promise<SlaSettlement> {
    const policies = await this.catalog.current(em);
    const stale = ticket.slaGeneration !== policies.generation;
    const policy =
      options.rematch || stale
        ? matchPolicy(policies.active, await this.factsOf(em, ticket))
        : ticket.slaPolicyId === null
          ? null
          : (policies.byId.get(ticket.slaPolicyId) ?? null);
    const targets = policy?.targets.get(ticket.priority) ?? null;
    const evaluation = policy && targets ? evaluateSla(ticket.slaTimeline, ticket.status, targets, policy.calendar, now) : NOTHING_DUE;
    const before = ticket.sla;
    const { stored, newlyBreached } = withEvaluation(before, { name: policy?.name ?? null, targets, timezone: policy?.timezone ?? null }, evaluation, now);
    ticket.sla = stored;
    ticket.slaPolicyId = policy?.id ?? null;
    ticket.slaGeneration = policies.generation;
    ticket.slaNextDueAt = evaluation.nextDueAt;
    ticket.slaNextCheckAt = evaluation.nextCheckAt;
    const moved = before.policyName !== stored.policyName || (stale && !sameDeadlines(before, stored));
    return { applied: moved ? { from: before.policyName, to: stored.policyName } : null, breached: newlyBreached, policyName: stored.policyName };
  }

  private async factsOf(em: EntityManager, ticket: Ticket): Promise<SlaTicketFacts> {
    // A ticket locked by id carries its contact as a bare reference: its group costs a look-up.
    const contact = wrap(ticket.contact).isInitialized() ? ticket.contact : await em.findOneOrFail(Contact, ticket.contact.id);
    return { departmentId: ticket.department?.id ?? null, contactGroupId: contact.group?.id ?? null, channel: ticket.channel };
  }
}
