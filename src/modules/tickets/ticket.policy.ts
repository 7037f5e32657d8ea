import { Role, TicketAccess } from '../../auth/roles';
import type { Viewer } from '../../auth/viewer';
import { pgArray } from '../../db/sql';
import { MessageKind } from './message.entity';
import { TicketEventKind } from './ticket-event.entity';

/** Which tickets a caller may see: the one rule behind every list, count, lookup and event. */
export type TicketVisibility =
  | { kind: 'ALL' }
  /** Tickets assigned to the agent, and tickets of these departments (none for ASSIGNED_ONLY). */
  | { kind: 'SCOPED'; agentId: string; departmentIds: readonly string[] }
  /** A customer's: exactly these tickets. */
  | { kind: 'GRANTED'; ticketIds: readonly string[] }
  | { kind: 'NONE' };

export function ticketVisibility(viewer: Viewer): TicketVisibility {
  if (viewer.kind === 'CUSTOMER') return { kind: 'GRANTED', ticketIds: viewer.ticketIds };
  if (viewer.kind !== 'AGENT') return { kind: 'NONE' };
  if (viewer.role === Role.OWNER || viewer.role === Role.ADMIN) return { kind: 'ALL' };
  const departmentIds = viewer.ticketAccess === TicketAccess.DEPARTMENTS ? viewer.departmentIds : [];
  return { kind: 'SCOPED', agentId: viewer.agentId, departmentIds };
}

/**
 * The same visibility, over the tickets of one department only: an agent sees the whole of its
 * own departments and only its assigned tickets elsewhere. Said plainly, the department's queue
 * index serves the page in order; as the general OR the planner sorted the whole department.
 */
export function visibilityInDepartment(visibility: TicketVisibility, departmentId: string): TicketVisibility {
  if (visibility.kind !== 'SCOPED') return visibility;
  return visibility.departmentIds.includes(departmentId) ? { kind: 'ALL' } : { ...visibility, departmentIds: [] };
}

export function canSeeTicket(visibility: TicketVisibility, ticket: { id: string; departmentId: string | null; assigneeId: string | null }): boolean {
  switch (visibility.kind) {
    case 'ALL':
      return true;
    case 'NONE':
      return false;
    case 'GRANTED':
      return visibility.ticketIds.includes(ticket.id);
    case 'SCOPED':
      return (
        ticket.assigneeId === visibility.agentId || (ticket.departmentId !== null && visibility.departmentIds.includes(ticket.departmentId))
      );
  }
}

/** The same rule as a SQL condition on the ticket table under `alias`. */
export function visibilitySql(visibility: TicketVisibility, alias: string): { sql: string; params: unknown[] } {
  switch (visibility.kind) {
    case 'ALL':
      return { sql: 'true', params: [] };
    case 'NONE':
      return { sql: 'false', params: [] };
    case 'GRANTED':
      return { sql: `${alias}."id" = any(?::uuid[])`, params: [pgArray(visibility.ticketIds)] };
    case 'SCOPED':
      // Without departments, the plain equality lets the assignee's indexes serve lists in order.
      if (visibility.departmentIds.length === 0) return { sql: `${alias}."assignee_id" = ?`, params: [visibility.agentId] };
      return {
        sql: `(${alias}."assignee_id" = ? or ${alias}."department_id" = any(?::uuid[]))`,
        params: [visibility.agentId, pgArray(visibility.departmentIds)],
      };
  }
}

/** Whether a text search may match internal notes: not for customers, who must not learn a note's words by searching. */
export const searchesInternalNotes = (visibility: TicketVisibility): boolean => visibility.kind !== 'GRANTED';

/** Filters that would let a caller probe what it may not read: a customer filtering by tag would learn its ticket's tags. */
export const filtersHiddenFrom = (viewer: Viewer): readonly string[] => (viewer.kind === 'CUSTOMER' ? ['tag'] : []);

/** Message kinds a caller may read: customers never see internal notes, nor learn how many there are. */
export function visibleMessageKinds(viewer: Viewer): readonly MessageKind[] {
  return viewer.kind === 'AGENT' ? Object.values(MessageKind) : Object.values(MessageKind).filter((kind) => kind !== MessageKind.INTERNAL_NOTE);
}

/**
 * Events a customer's ticketChanged carries: what the conversation shows anyway. Assignment,
 * department, priority, tags, notes and SLA events are the help desk's own business.
 */
export const CUSTOMER_EVENT_KINDS: readonly TicketEventKind[] = [
  TicketEventKind.CREATED,
  TicketEventKind.MESSAGE_ADDED,
  TicketEventKind.STATUS_CHANGED,
  TicketEventKind.REOPENED,
  TicketEventKind.SUBJECT_CHANGED,
];

export function canSeeEvent(viewer: Viewer, event: { kind: TicketEventKind }): boolean {
  if (viewer.kind === 'AGENT') return true;
  return viewer.kind === 'CUSTOMER' && CUSTOMER_EVENT_KINDS.includes(event.kind);
}

export function canSeeMessage(viewer: Viewer, message: { kind: MessageKind }): boolean {
  return visibleMessageKinds(viewer).includes(message.kind);
}

/**
 * Callers with equal audiences get equal answers for the same event: every rule above depends
 * on the role and on the visibility alone (agent emails, notes, event kinds, which tickets), so
 * the role and the visibility make the key. A new rule that looks at anything else of the viewer
 * must add it here, or subscribers would share an answer meant for someone else.
 */
export function audienceOf(viewer: Viewer): string {
  let audience = audiences.get(viewer);
  if (audience === undefined) audiences.set(viewer, (audience = audienceKey(viewer)));
  return audience;
}

/** Viewers are immutable and reused (the viewer cache hands out one object per token): compute each one's audience once. */
const audiences = new WeakMap<Viewer, string>();

function audienceKey(viewer: Viewer): string {
  const role = viewer.kind === 'AGENT' ? viewer.role : viewer.kind;
  const visibility = ticketVisibility(viewer);
  switch (visibility.kind) {
    case 'ALL':
    case 'NONE':
      return `${role}:${visibility.kind}`;
    case 'SCOPED':
      return `${role}:SCOPED:${visibility.agentId}:${[...visibility.departmentIds].sort().join(',')}`;
    case 'GRANTED':
      return `${role}:GRANTED:${viewer.kind === 'CUSTOMER' ? `${viewer.sessionId}:${viewer.contactId}` : ''}:${[...visibility.ticketIds].sort().join(',')}`;
  }
}
