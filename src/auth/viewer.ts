import { Role, TicketAccess } from './roles';

export interface AgentViewer {
  kind: 'AGENT';
  agentId: string;
  role: Role;
  ticketAccess: TicketAccess;
  departmentIds: readonly string[];
}

export interface AnonymousViewer {
  kind: 'ANONYMOUS';
}

/** A caller whose token was invalid, expired or revoked: never treated as anonymous. */
export interface RejectedViewer {
  kind: 'REJECTED';
  reason: string;
}

export type Viewer = AgentViewer | AnonymousViewer | RejectedViewer;

export const ANONYMOUS: AnonymousViewer = { kind: 'ANONYMOUS' };

export const isAdministrator = (viewer: Viewer): viewer is AgentViewer =>
  viewer.kind === 'AGENT' && (viewer.role === Role.OWNER || viewer.role === Role.ADMIN);
