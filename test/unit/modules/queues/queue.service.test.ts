import { describe, expect, it } from 'vitest';
import { firstPagePositions } from '../../../../src/modules/queues/queue.service';
import type { Ticket } from '../../../../src/modules/tickets/ticket.entity';

const ticket = (id: string, department: string | null) => ({ id, department: department ? { id: department } : null }) as unknown as Ticket;

describe('the positions a first page of the queue tells', () => {
  it('are the indexes on a page of one department', () => {
    expect([...firstPagePositions([ticket('a', 'D'), ticket('b', 'D'), ticket('c', 'D')])]).toStrictEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
  });

  it('count, across departments, only the tickets of the same department before each, and give none without a department', () => {
    const page = [ticket('a', 'D1'), ticket('b', null), ticket('c', 'D2'), ticket('d', 'D1'), ticket('e', 'D2'), ticket('f', 'D1')];
    expect(Object.fromEntries(firstPagePositions(page))).toStrictEqual({ a: 0, b: null, c: 0, d: 1, e: 1, f: 2 });
  });

  it('are none on an empty page', () => {
    expect(firstPagePositions([]).size).toBe(0);
  });
});
