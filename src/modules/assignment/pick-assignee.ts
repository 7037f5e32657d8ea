import { AssignmentMode } from './assignment-mode';

/**
 * Who gets a new ticket, as pure functions of the candidates and what the department last did.
 * The auto-assigner reads those facts under the department's row lock and applies the answer.
 */

/** Where an agent stands in a department's turn order: longest-serving first, then by id. */
export interface TurnPosition {
  id: string;
  createdAt: Date;
}

/** An active member of the department, with its assigned tickets not RESOLVED or CLOSED (any department). */
export interface AssignmentCandidate extends TurnPosition {
  openTickets: number;
}

/** The turn order: createdAt, then id. Stable while agents come and go. */
export function compareTurns(a: TurnPosition, b: TurnPosition): number {
  return a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The first candidate after `last` in the turn order, wrapping around; the first of all when
 * there was no last pick. `last` need not be a candidate any more (deactivated, left the
 * department): its place in the order still says whose turn it is.
 */
export function nextInTurn<T extends TurnPosition>(candidates: readonly T[], last: TurnPosition | null): T | null {
  const ordered = [...candidates].sort(compareTurns);
  if (ordered.length === 0) return null;
  if (!last) return ordered[0] ?? null;
  return ordered.find((candidate) => compareTurns(candidate, last) > 0) ?? ordered[0] ?? null;
}

/**
 * The agent a department's mode picks for a new ticket, or null (OFF, or no candidate).
 * ROUND_ROBIN: the next in turn after the department's last pick. LEAST_OPEN: the candidate with
 * the fewest open tickets; among equals, the next in turn, so that equal loads share new work in
 * rotation rather than always favouring the same agent.
 */
export function pickAssignee<T extends AssignmentCandidate>(mode: AssignmentMode, candidates: readonly T[], last: TurnPosition | null): T | null {
  switch (mode) {
    case AssignmentMode.OFF:
      return null;
    case AssignmentMode.ROUND_ROBIN:
      return nextInTurn(candidates, last);
    case AssignmentMode.LEAST_OPEN: {
      if (candidates.length === 0) return null;
      const fewest = Math.min(...candidates.map((candidate) => candidate.openTickets));
      return nextInTurn(
        candidates.filter((candidate) => candidate.openTickets === fewest),
        last,
      );
    }
  }
}
