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

export const isAdministrator = (viewer: Viewer): boolean =>
  viewer.kind === 'AGENT' && (viewer.role === Role.OWNER || viewer.role === Role.ADMIN);

/** The calling agent; the permission rules admit only agents where this is called, so anything else is a wiring bug. */
export function requireAgentViewer(viewer: Viewer): AgentViewer {
  if (viewer.kind !== 'AGENT') throw new Error(`An agent-only operation ran for a ${viewer.kind} viewer`);
  return viewer;
}
