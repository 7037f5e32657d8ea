import type { Channel } from '../tickets/ticket.entity';
import type { TicketPriority } from '../tickets/ticket-priority';
import { BusinessCalendar } from './business-hours';
import type { SlaTargets } from './sla-clock';
import type { SlaPolicy } from './sla-policy.entity';

/** What of a ticket decides which policy applies. */
export interface SlaTicketFacts {
  departmentId: string | null;
  contactGroupId: string | null;
  channel: Channel;
}

/** A policy ready to match and count with: conditions as sets, targets by priority, its calendar built once. */
export interface CompiledSlaPolicy {
  id: string;
  name: string;
  rank: number;
  createdAt: Date;
  departmentIds: ReadonlySet<string>;
  contactGroupIds: ReadonlySet<string>;
  channels: ReadonlySet<Channel>;
  targets: ReadonlyMap<TicketPriority, SlaTargets>;
  calendar: BusinessCalendar;
  /** Null for 24x7. */
  timezone: string | null;
}

export function compilePolicy(policy: SlaPolicy): CompiledSlaPolicy {
  return {
    id: policy.id,
    name: policy.name,
    rank: policy.rank,
    createdAt: policy.createdAt,
    departmentIds: new Set(policy.departmentIds),
    contactGroupIds: new Set(policy.contactGroupIds),
    channels: new Set(policy.channels),
    targets: new Map(
      policy.targets.map(({ priority, ...targets }) => [priority, targets]),
    ),
    calendar: BusinessCalendar.of(policy.businessHours),
    timezone: policy.businessHours?.timezone ?? null,
  };
}

/** Descending rank, then oldest, then id: the order in which policies are tried. */
export function byPrecedence(a: { rank: number; createdAt: Date; id: string }, b: { rank: number; createdAt: Date; id: string }): number {
  return b.rank - a.rank || a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);
}

/** An empty list matches anything; otherwise the ticket's value must be one of it (none matches no ticket without a value). */
const admits = <T>(allowed: ReadonlySet<T>, value: T | null): boolean => allowed.size === 0 || (value !== null && allowed.has(value));

export function policyMatches(policy: CompiledSlaPolicy, ticket: SlaTicketFacts): boolean {
  return admits(policy.departmentIds, ticket.departmentId) && admits(policy.contactGroupIds, ticket.contactGroupId) && admits(policy.channels, ticket.channel);
}

/** The first of the active policies, in precedence order, whose conditions the ticket meets. */
export function matchPolicy(activeInPrecedence: readonly CompiledSlaPolicy[], ticket: SlaTicketFacts): CompiledSlaPolicy | null {
  return activeInPrecedence.find((policy) => policyMatches(policy, ticket)) ?? null;
}
