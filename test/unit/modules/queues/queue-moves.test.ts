import { describe, expect, it } from 'vitest';
import { queueMoves, type QueueMove } from '../../../../src/modules/queues/queue-moves';

/** Applies moves the way a dashboard would: place every `to`, keep everyone unmentioned where it was. */
function apply(before: readonly string[], moves: readonly QueueMove[]): string[] {
  const mentioned = new Set(moves.map((move) => move.ticketId));
  const size = before.filter((id) => !mentioned.has(id)).length + moves.filter((move) => move.to !== null).length;
  const result: Array<string | undefined> = new Array(size).fill(undefined);
  for (const move of moves) if (move.to !== null) result[move.to] = move.ticketId;
  before.forEach((id, index) => {
    if (!mentioned.has(id)) result[index] = id;
  });
  return result.map((id) => id ?? '?');
}

describe('queueMoves', () => {
  it('is empty when neither order nor membership changed', () => {
    expect(queueMoves(['a', 'b', 'c'], ['a', 'b', 'c'])).toEqual([]);
    expect(queueMoves([], [])).toEqual([]);
  });

  it('lists a ticket entering at the top and every ticket it pushes down', () => {
    expect(queueMoves(['a', 'b'], ['x', 'a', 'b'])).toEqual([
      { ticketId: 'x', from: null, to: 0 },
      { ticketId: 'a', from: 0, to: 1 },
      { ticketId: 'b', from: 1, to: 2 },
    ]);
  });

  it('lists a ticket that left, after those that moved up', () => {
    expect(queueMoves(['a', 'b', 'c'], ['a', 'c'])).toEqual([
      { ticketId: 'c', from: 2, to: 1 },
      { ticketId: 'b', from: 1, to: null },
    ]);
  });

  it('lists only the two tickets of a swap', () => {
    expect(queueMoves(['a', 'b', 'c', 'd'], ['a', 'c', 'b', 'd'])).toEqual([
      { ticketId: 'c', from: 2, to: 1 },
      { ticketId: 'b', from: 1, to: 2 },
    ]);
  });

  it('turns any ordering into any other when applied', () => {
    const orderings = [[], ['a'], ['a', 'b', 'c'], ['c', 'b', 'a'], ['d', 'a'], ['b', 'e', 'f', 'a'], ['f']];
    for (const before of orderings) {
      for (const after of orderings) expect(apply(before, queueMoves(before, after))).toEqual(after);
    }
  });
});
