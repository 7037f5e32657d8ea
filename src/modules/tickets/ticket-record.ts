import { instantOf, instantOrNullOf, referenceOf, type Row } from '../../db/rows';
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

/** A `ticket` row as PostgreSQL returns it (snake_case columns, priority as its rank). */
export function ticketRecordOf(row: Row): TicketRecord {
  return {
    id: row.id as string,
    code: row.code as string,
    subject: row.subject as string,
    status: row.status as TicketStatus,
    priority: priorityOfRank(Number(row.priority)),
    channel: row.channel as Channel,
    department: referenceOf(row.department_id),
    assignee: referenceOf(row.assignee_id),
    contact: { id: String(row.contact_id) },
    tags: (row.tags as string[] | null) ?? [],
    waitingSince: instantOrNullOf(row.waiting_since),
    slaNextDueAt: instantOrNullOf(row.sla_next_due_at),
    slaPolicyId: (row.sla_policy_id as string | null) ?? null,
    sla: row.sla as StoredSla,
    postponedUntil: instantOrNullOf(row.postponed_until),
    firstRespondedAt: instantOrNullOf(row.first_responded_at),
    resolvedAt: instantOrNullOf(row.resolved_at),
    closedAt: instantOrNullOf(row.closed_at),
    createdAt: instantOf(row.created_at),
    updatedAt: instantOf(row.updated_at),
    version: Number(row.version),
  };
}
