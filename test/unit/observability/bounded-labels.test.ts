import { describe, expect, it } from 'vitest';
import { BoundedLabels, OTHER_LABEL } from '../../../src/observability/bounded-labels';

describe('operation names as label values', () => {
  it('keep GraphQL names of up to 64 characters', () => {
    const labels = new BoundedLabels(10);
    expect(labels.label('TicketQueue')).toBe('TicketQueue');
    expect(labels.label('_private_1')).toBe('_private_1');
    expect(labels.label(`A${'b'.repeat(63)}`)).toBe(`A${'b'.repeat(63)}`);
  });

  it('turn anything else into other', () => {
    const labels = new BoundedLabels(10);
    for (const name of ['', '1stQuery', 'with-dash', 'spaced name', `A${'b'.repeat(64)}`, 'quote"d', 'ünicode']) expect(labels.label(name)).toBe(OTHER_LABEL);
  });

  it('keep the first names up to the bound, and only those, whatever comes later', () => {
    const labels = new BoundedLabels(2);
    expect(labels.label('First')).toBe('First');
    expect(labels.label('Second')).toBe('Second');
    expect(labels.label('Third')).toBe(OTHER_LABEL);
    expect(labels.label('First')).toBe('First');
    expect(labels.label('Second')).toBe('Second');
  });
});
