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
 * Whose department responses a list shows (besides the shared ones and the caller's own):
 * 'ALL' for OWNER and ADMIN, else the agent's departments (possibly none); narrowed to
 * `departmentKey` when given, to none when the caller may not see that department's.
 */
export function listedDepartments(viewer: AgentViewer, departmentKey: string | null): 'ALL' | readonly string[] {
  const visible = isAdministrator(viewer) ? 'ALL' : viewer.departmentIds;
  if (departmentKey === null) return visible;
  return visible === 'ALL' || visible.includes(departmentKey) ? [departmentKey] : [];
}
