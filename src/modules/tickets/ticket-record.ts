import type { StoredSla } from '../slas/sla-record';
import { priorityOfRank, type TicketPriority } from './ticket-priority';
import type { TicketStatus } from './ticket-status';
import type { Channel } from './ticket.entity';

/**
 * What the API reads of a ticket. A Ticket entity is one; a row of a read-only page is another,
 * mapped by {@link ticketRecordOf} without the ORM: hydrating 50 entities into the identity map
 * cost a queue page about 6 ms of CPU, more than the rest of its work together.
 */
export interface TicketRecord {
  id: string;
  code: string;
  subject: string;
  status: TicketStatus;
  priority: TicketPriority;
  channel: Channel;
  department: { id: string } | null;
  assignee: { id: string } | null;
  contact: { id: string };
  tags: string[];
  waitingSince: Date | null;
  slaNextDueAt: Date | null;
  slaPolicyId: string | null;
  sla: StoredSla;
  postponedUntil: Date | null;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

const instant = (value: unknown): Date => (value instanceof Date ? value : new Date(String(value)));
const instantOrNull = (value: unknown): Date | null => (value === null || value === undefined ? null : instant(value));
const reference = (value: unknown): { id: string } | null => (typeof value === 'string' ? { id: value } : null);

/** A `ticket` row as PostgreSQL returns it (snake_case columns, priority as its rank). */
export function ticketRecordOf(row: Record<string, unknown>): TicketRecord {
  return {
    id: row.id as string,
    code: row.code as string,
    subject: row.subject as string,
    status: row.status as TicketStatus,
    priority: priorityOfRank(Number(row.priority)),
    channel: row.channel as Channel,
    department: reference(row.department_id),
    assignee: reference(row.assignee_id),
    contact: { id: row.contact_id as string },
    tags: (row.tags as string[] | null) ?? [],
    waitingSince: instantOrNull(row.waiting_since),
    slaNextDueAt: instantOrNull(row.sla_next_due_at),
    slaPolicyId: (row.sla_policy_id as string | null) ?? null,
    sla: row.sla as StoredSla,
    postponedUntil: instantOrNull(row.postponed_until),
    firstRespondedAt: instantOrNull(row.first_responded_at),
    resolvedAt: instantOrNull(row.resolved_at),
    closedAt: instantOrNull(row.closed_at),
    createdAt: instant(row.created_at),
    updatedAt: instant(row.updated_at),
    version: Number(row.version),
  };
}
