import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../../db/sql';
import { AssignmentMode } from './assignment-mode';
import { pickAssignee, type AssignmentCandidate, type TurnPosition } from './pick-assignee';

const asDate = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));

/**
 * Picks the assignee of a ticket being created into a department with no assignee given, in the
 * creation's own transaction `em`, and moves the department's turn to it. Returns the agent's
 * key, or null when the department's mode is OFF or it has no active member.
 *
 * Fairness under concurrent creation: the department row is locked first, so creations into one
 * department queue up here; under READ COMMITTED each statement after the wait reads what the
 * previous creation committed (its ticket, its move of the turn), so no two pick by a stale
 * count or turn. The lock is FOR NO KEY UPDATE: it serialises these creations exactly like FOR
 * UPDATE, but does not block the foreign-key checks of rows that merely reference the department
 * (tickets of other creations or moves, memberships).
 *
 * ATTENTION: LEAST_OPEN counts an agent's open tickets in every department, while only this
 * department's creations are serialised: two creations at the same instant into two departments
 * that share an agent may both count before the other commits.
 */
export async function autoAssign(em: EntityManager, departmentId: string): Promise<string | null> {
  // The lock alone, on the department alone. ATTENTION: no join here. After waiting for the lock,
  // PostgreSQL re-reads the locked row only; a joined row (e.g. the last pick's agent) would come
  // from the snapshot taken before the wait, stale. Statements after this one see the latest commits.
  const [department] = await em.execute<Array<{ assignment: AssignmentMode; last_id: string | null }>>(
    `select "assignment", "last_auto_assignee_id" as "last_id" from "department" where "id" = ? for no key update`,
    [departmentId],
  );
  if (!department || department.assignment === AssignmentMode.OFF) return null;

  const members = await em.execute<Array<{ id: string; created_at: Date | string }>>(
    `select a."id", a."created_at"
       from "agent" a join "agent_department" m on m."agent_id" = a."id"
      where m."department_id" = ? and a."active"`,
    [departmentId],
  );
  if (members.length === 0) return null;
  const open = department.assignment === AssignmentMode.LEAST_OPEN ? await openTicketCounts(em, members.map((member) => member.id)) : new Map<string, number>();
  const candidates: AssignmentCandidate[] = members.map((member) => ({ id: member.id, createdAt: asDate(member.created_at), openTickets: open.get(member.id) ?? 0 }));

  const picked = pickAssignee(department.assignment, candidates, department.last_id ? await turnOf(em, department.last_id, candidates) : null);
  if (!picked) return null;
  await em.execute(`update "department" set "last_auto_assignee_id" = ? where "id" = ?`, [picked.id, departmentId]);
  return picked.id;
}

/** Where the last pick stands in the turn order: among the candidates, or (deactivated, or left the department) read from its row. */
async function turnOf(em: EntityManager, agentId: string, candidates: readonly TurnPosition[]): Promise<TurnPosition | null> {
  const candidate = candidates.find((known) => known.id === agentId);
  if (candidate) return candidate;
  const [row] = await em.execute<Array<{ created_at: Date | string }>>(`select "created_at" from "agent" where "id" = ?`, [agentId]);
  return row ? { id: agentId, createdAt: asDate(row.created_at) } : null;
}

/** Assigned tickets not RESOLVED or CLOSED, per agent (in any department); agents without any are absent. */
async function openTicketCounts(em: EntityManager, agentIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await em.execute<Array<{ id: string; open: number }>>(
    `select "assignee_id" as "id", count(*)::int as "open"
       from "ticket"
      where "assignee_id" = any(?::uuid[]) and "status" not in ('RESOLVED', 'CLOSED')
      group by "assignee_id"`,
    [pgArray(agentIds)],
  );
  return new Map(rows.map((row) => [row.id, Number(row.open)]));
}
