import { describe, expect, it } from 'vitest';
import { normaliseTags } from '../../../../src/modules/tickets/ticket.service';
import { expectBadInput } from '../../../support/app-errors';

describe('tags', () => {
  it('are trimmed, lowercased, distinct and sorted', () => {
    expect(normaliseTags([' VIP', 'billing', 'vip ', '', 'Billing'])).toEqual(['billing', 'vip']);
    expect(normaliseTags(null)).toEqual([]);
  });

  it('are at most 20, of at most 50 characters, without commas', () => {
    expect(normaliseTags(Array.from({ length: 20 }, (_, i) => `t${i}`))).toHaveLength(20);
    expectBadInput(() => normaliseTags(Array.from({ length: 21 }, (_, i) => `t${i}`)), 'tags');
    expectBadInput(() => normaliseTags(['x'.repeat(51)]), 'tags');
    expectBadInput(() => normaliseTags(['a,b']), 'tags');
  });
});
