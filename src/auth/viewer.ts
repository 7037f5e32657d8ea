import { Role, TicketAccess } from './roles';

export interface AgentViewer {
  kind: 'AGENT';
  agentId: string;
  role: Role;
  ticketAccess: TicketAccess;
  departmentIds: readonly string[];
  expiresAt: Date | null;
}

/** A customer holding the token of a support request's session. */
export interface CustomerViewer {
  kind: 'CUSTOMER';
  sessionId: string;
  contactId: string;
  /** The tickets granted to the session: the only ones this customer may see. */
  ticketIds: readonly string[];
  expiresAt: Date | null;
}

export interface AnonymousViewer {
  kind: 'ANONYMOUS';
}

/** A caller whose token was invalid, expired or revoked: never treated as anonymous. */
export interface RejectedViewer {
  kind: 'REJECTED';
  reason: string;
  /** Expired rather than forged or revoked: a socket closes with 4401 instead of 4403. */
  expired: boolean;
}

export type Viewer = AgentViewer | CustomerViewer | AnonymousViewer | RejectedViewer;

export const ANONYMOUS: AnonymousViewer = { kind: 'ANONYMOUS' };

export const isAdministrator = (viewer: Viewer): boolean =>
  viewer.kind === 'AGENT' && (viewer.role === Role.OWNER || viewer.role === Role.ADMIN);

/** The calling agent; the permission rules admit only agents where this is called, so anything else is a wiring bug. */
export function requireAgentViewer(viewer: Viewer): AgentViewer {
  if (viewer.kind !== 'AGENT') throw new Error(`An agent-only operation ran for a ${viewer.kind} viewer`);
  return viewer;
}

/** An agent or a customer: someone a ticket can be written by. */
export function requireAuthenticatedViewer(viewer: Viewer): AgentViewer | CustomerViewer {
  if (viewer.kind !== 'AGENT' && viewer.kind !== 'CUSTOMER') throw new Error(`An authenticated-only operation ran for a ${viewer.kind} viewer`);
  return viewer;
}

export const agentSubject = (agentId: string): string => `agent:${agentId}`;
export const customerSubject = (sessionId: string): string => `customer:${sessionId}`;

/** Who a viewer is across requests and instances: `agent:<id>` or `customer:<session id>`; null for anyone else. */
export function subjectOf(viewer: Viewer): string | null {
  if (viewer.kind === 'AGENT') return agentSubject(viewer.agentId);
  if (viewer.kind === 'CUSTOMER') return customerSubject(viewer.sessionId);
  return null;
}
