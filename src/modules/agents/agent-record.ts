import type { Role, TicketAccess } from '../../auth/roles';
import { instantOf, type Row } from '../../db/rows';

/** What the API reads of an agent: an Agent entity, or a related row of a read-only page (tickets/ticket-record.ts). Never the password hash. */
export interface AgentRecord {
  id: string;
  name: string;
  email: string;
  role: Role;
  ticketAccess: TicketAccess;
  active: boolean;
  createdAt: Date;
}

export function agentRecordOf(row: Row): AgentRecord {
  return {
    id: String(row.id),
    name: row.name as string,
    email: row.email as string,
    role: row.role as Role,
    ticketAccess: row.ticket_access as TicketAccess,
    active: Boolean(row.active),
    createdAt: instantOf(row.created_at),
  };
}
