import { Role, TicketAccess } from '../../auth/roles';
import type { Viewer } from '../../auth/viewer';
import { pgArray } from '../../db/sql';

/** Which tickets a caller may see: the one rule behind every list, count, lookup and event. */
export type TicketVisibility =
  | { kind: 'ALL' }
  /** Tickets assigned to the agent, and tickets of these departments (none for ASSIGNED_ONLY). */
  | { kind: 'SCOPED'; agentId: string; departmentIds: readonly string[] }
  | { kind: 'NONE' };

export function ticketVisibility(viewer: Viewer): TicketVisibility {
  if (viewer.kind !== 'AGENT') return { kind: 'NONE' };
  if (viewer.role === Role.OWNER || viewer.role === Role.ADMIN) return { kind: 'ALL' };
  const departmentIds = viewer.ticketAccess === TicketAccess.DEPARTMENTS ? viewer.departmentIds : [];
  return { kind: 'SCOPED', agentId: viewer.agentId, departmentIds };
}

export function canSeeTicket(visibility: TicketVisibility, ticket: { departmentId: string | null; assigneeId: string | null }): boolean {
  switch (visibility.kind) {
    case 'ALL':
      return true;
    case 'NONE':
      return false;
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
    case 'SCOPED':
      return {
        sql: `(${alias}."assignee_id" = ? or ${alias}."department_id" = any(?::uuid[]))`,
        params: [visibility.agentId, pgArray(visibility.departmentIds)],
      };
  }
}
