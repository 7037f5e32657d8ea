import { describe, expect, it } from 'vitest';
import { normaliseTags } from '../../../../src/modules/tickets/ticket.service';

const badInputOn = (field: string) => expect.objectContaining({ code: 'BAD_USER_INPUT', field });
const thrown = (action: () => unknown): unknown => {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
};

describe('tags', () => {
  it('are trimmed, lowercased, distinct and sorted', () => {
    expect(normaliseTags([' VIP', 'billing', 'vip ', '', 'Billing'])).toEqual(['billing', 'vip']);
    expect(normaliseTags(null)).toEqual([]);
  });

  it('are at most 20, of at most 50 characters, without commas', () => {
    expect(normaliseTags(Array.from({ length: 20 }, (_, i) => `t${i}`))).toHaveLength(20);
    expect(thrown(() => normaliseTags(Array.from({ length: 21 }, (_, i) => `t${i}`)))).toEqual(badInputOn('tags'));
    expect(thrown(() => normaliseTags(['x'.repeat(51)]))).toEqual(badInputOn('tags'));
    expect(thrown(() => normaliseTags(['a,b']))).toEqual(badInputOn('tags'));
  });
});
