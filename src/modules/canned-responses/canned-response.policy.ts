import { isAdministrator, type AgentViewer, type Viewer } from '../../auth/viewer';

/** What decides who sees and who writes a canned response. */
export interface CannedResponseScope {
  departmentId: string | null;
  ownerId: string | null;
}

export const scopeOf = (response: { department: { id: string } | null; owner: { id: string } | null }): CannedResponseScope => ({
  departmentId: response.department?.id ?? null,
  ownerId: response.owner?.id ?? null,
});

/**
 * Agents only. A personal response: its owner alone, whatever the owner's role. A shared one:
 * every agent. A department's: OWNER and ADMIN, and the department's members (whatever their
 * ticket access: a canned response is no ticket).
 */
export function canSeeCannedResponse(viewer: Viewer, scope: CannedResponseScope): boolean {
  if (viewer.kind !== 'AGENT') return false;
  if (scope.ownerId !== null) return scope.ownerId === viewer.agentId;
  if (scope.departmentId === null) return true;
  return isAdministrator(viewer) || viewer.departmentIds.includes(scope.departmentId);
}

/** Who creates, changes and deletes one: personal ones their owner, shared and department ones OWNER and ADMIN. */
export function canManageCannedResponse(viewer: AgentViewer, scope: CannedResponseScope): boolean {
  if (scope.ownerId !== null) return scope.ownerId === viewer.agentId;
  return isAdministrator(viewer);
}

/**
 * The canned responses a list shows: the shared ones, the caller's personal ones, and those of
 * the departments it may see, narrowed to `departmentKey` when given. `departments: 'ALL'` for
 * OWNER and ADMIN, else the departments the agent belongs to (possibly none).
 */
export function listedScopes(viewer: AgentViewer, departmentKey: string | null): { ownerId: string; departments: 'ALL' | readonly string[] } {
  const visible = isAdministrator(viewer) ? 'ALL' : viewer.departmentIds;
  if (departmentKey === null) return { ownerId: viewer.agentId, departments: visible };
  const allowed = visible === 'ALL' || visible.includes(departmentKey);
  return { ownerId: viewer.agentId, departments: allowed ? [departmentKey] : [] };
}
