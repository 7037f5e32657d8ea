import { describe, expect, it } from 'vitest';
import { AssignmentMode } from '../../../../src/modules/assignment/assignment-mode';
import { compareTurns, nextInTurn, pickAssignee, type AssignmentCandidate } from '../../../../src/modules/assignment/pick-assignee';

const at = (day: number) => new Date(Date.UTC(2026, 0, day));
/** Created on days 1, 2, 3, 4: a, b, c, d is the turn order; ids deliberately sort the other way. */
const a: AssignmentCandidate = { id: 'd-id', createdAt: at(1), openTickets: 0 };
const b: AssignmentCandidate = { id: 'c-id', createdAt: at(2), openTickets: 0 };
const c: AssignmentCandidate = { id: 'b-id', createdAt: at(3), openTickets: 0 };
const d: AssignmentCandidate = { id: 'a-id', createdAt: at(4), openTickets: 0 };
const loaded = (candidate: AssignmentCandidate, openTickets: number) => ({ ...candidate, openTickets });

describe('the turn order', () => {
  it('puts the longest-serving agent first, then breaks equal creation times by id', () => {
    const twin = { id: 'e-id', createdAt: at(1) };
    expect([d, twin, b, a, c].sort(compareTurns).map((agent) => agent.id)).toEqual(['d-id', 'e-id', 'c-id', 'b-id', 'a-id']);
  });
});

describe('nextInTurn', () => {
  it('starts with the first in turn when the department never picked anyone', () => {
    expect(nextInTurn([c, a, b], null)).toBe(a);
  });

  it('takes the one after the last pick, and wraps around after the last in turn', () => {
    expect(nextInTurn([a, b, c], a)).toBe(b);
    expect(nextInTurn([a, b, c], b)).toBe(c);
    expect(nextInTurn([a, b, c], c)).toBe(a);
  });

  it('goes on from where a last pick stood who is no candidate any more (deactivated or gone)', () => {
    expect(nextInTurn([a, c, d], b)).toBe(c);
    expect(nextInTurn([a, b], d)).toBe(a);
  });

  it('gives the only candidate every time, and nobody when there is none', () => {
    expect(nextInTurn([b], b)).toBe(b);
    expect(nextInTurn([], a)).toBeNull();
  });
});

describe('pickAssignee', () => {
  it('picks nobody when the department is OFF', () => {
    expect(pickAssignee(AssignmentMode.OFF, [a, b], null)).toBeNull();
  });

  it('picks nobody without candidates, in every mode', () => {
    expect(pickAssignee(AssignmentMode.ROUND_ROBIN, [], a)).toBeNull();
    expect(pickAssignee(AssignmentMode.LEAST_OPEN, [], a)).toBeNull();
  });

  it('ROUND_ROBIN: cycles through the candidates in turn, whatever their load', () => {
    const candidates = [loaded(a, 9), loaded(b, 0), loaded(c, 5)];
    const picks: string[] = [];
    let last = null as AssignmentCandidate | null;
    for (let round = 0; round < 6; round += 1) {
      last = pickAssignee(AssignmentMode.ROUND_ROBIN, candidates, last);
      picks.push(last!.id);
    }
    expect(picks).toEqual(['d-id', 'c-id', 'b-id', 'd-id', 'c-id', 'b-id']);
  });

  it('LEAST_OPEN: picks the candidate with the fewest open tickets, wherever the turn stands', () => {
    expect(pickAssignee(AssignmentMode.LEAST_OPEN, [loaded(a, 3), loaded(b, 1), loaded(c, 2)], a)).toMatchObject({ id: b.id });
    expect(pickAssignee(AssignmentMode.LEAST_OPEN, [loaded(a, 3), loaded(b, 1), loaded(c, 0)], null)).toMatchObject({ id: c.id });
  });

  it('LEAST_OPEN: among equally loaded candidates, the next in turn after the last pick', () => {
    const candidates = [loaded(a, 1), loaded(b, 2), loaded(c, 1), loaded(d, 1)];
    expect(pickAssignee(AssignmentMode.LEAST_OPEN, candidates, null)).toMatchObject({ id: a.id });
    expect(pickAssignee(AssignmentMode.LEAST_OPEN, candidates, a)).toMatchObject({ id: c.id });
    expect(pickAssignee(AssignmentMode.LEAST_OPEN, candidates, c)).toMatchObject({ id: d.id });
    expect(pickAssignee(AssignmentMode.LEAST_OPEN, candidates, d)).toMatchObject({ id: a.id });
  });

  it('LEAST_OPEN: spreads a run of new tickets evenly when each pick is counted before the next', () => {
    const counts = new Map([a, b, c, d].map((candidate, index) => [candidate.id, index]));
    let last = null as AssignmentCandidate | null;
    for (let ticket = 0; ticket < 14; ticket += 1) {
      last = pickAssignee(AssignmentMode.LEAST_OPEN, [a, b, c, d].map((candidate) => loaded(candidate, counts.get(candidate.id)!)), last);
      counts.set(last!.id, counts.get(last!.id)! + 1);
    }
    // 0+1+2+3 open before, 14 new: 20 in all, 5 each.
    expect([...counts.values()]).toEqual([5, 5, 5, 5]);
  });
});
