import { describe, expect, it } from 'vitest';
import { READABLE_ALPHABET } from '../../../../src/common/readable-code';
import { TICKET_CODE_PATTERN, generateTicketCode, normaliseTicketCode } from '../../../../src/modules/tickets/ticket-code';

const LOOK_ALIKES = ['0', 'O', '1', 'I', 'L', '5', 'S', 'Z', '8', 'B'];
const CODE = new RegExp(`^[${READABLE_ALPHABET}]{3}-[${READABLE_ALPHABET}]{3}-[${READABLE_ALPHABET}]{3}$`);

describe('the readable alphabet', () => {
  it('is 26 distinct upper-case letters and digits without look-alikes', () => {
    expect(READABLE_ALPHABET).toBe('234679ACDEFGHJKMNPQRTUVWXY');
    expect(new Set(READABLE_ALPHABET).size).toBe(26);
    for (const char of LOOK_ALIKES) expect(READABLE_ALPHABET).not.toContain(char);
  });
});

describe('a generated ticket code', () => {
  const codes = Array.from({ length: 10_000 }, () => generateTicketCode());

  it('is 11 characters: three groups of three readable characters joined by dashes', () => {
    for (const code of codes) {
      expect(code).toHaveLength(11);
      expect(code).toMatch(CODE);
      expect(code).toMatch(TICKET_CODE_PATTERN);
    }
  });

  it('never contains a look-alike character (0, O, 1, I, L, 5, S, Z, 8, B)', () => {
    const used = new Set(codes.join('').replace(/-/g, ''));
    for (const char of LOOK_ALIKES) expect(used.has(char)).toBe(false);
  });

  it('draws on the whole readable alphabet', () => {
    const used = [...new Set(codes.join('').replace(/-/g, ''))].sort().join('');
    expect(used).toBe([...READABLE_ALPHABET].sort().join(''));
  });

  it('is practically never repeated among 10,000 codes', () => {
    expect(new Set(codes).size).toBeGreaterThanOrEqual(9_999);
  });
});

describe('normalising a quoted ticket code', () => {
  it.each([
    ['7KM-2QX-9PT', '7KM-2QX-9PT'],
    ['7km-2qx-9pt', '7KM-2QX-9PT'],
    ['7km 2qx 9pt', '7KM-2QX-9PT'],
    ['7KM2QX9PT', '7KM-2QX-9PT'],
    ['  7km2qx9pt\t', '7KM-2QX-9PT'],
    ['7K M-2Q X9 PT', '7KM-2QX-9PT'],
    ['7KM-2QX9PT', '7KM-2QX-9PT'],
  ])('reads %j as %s', (input, expected) => {
    expect(normaliseTicketCode(input)).toBe(expected);
  });

  it.each(['', '7KM-2QX-9P', '7KM2QX9', '7KM-2QX-9PTA', '7KM2QX9PTA', 'A'.repeat(30)])('rejects %j, which has the wrong length', (input) => {
    expect(normaliseTicketCode(input)).toBeUndefined();
  });

  it.each(['0KM-2QX-9PT', '7KM-2QX-9PO', '7KM-1QX-9PT', '7KM-2QX-9PS', 'BKM-2QX-9PT', '7KM-2QX-9P!', '7KM_2QX_9PT', '7KM-2QX-9PÄ', '7km-2qx-9pl'])(
    'rejects %j, which has a character outside the readable alphabet',
    (input) => {
      expect(normaliseTicketCode(input)).toBeUndefined();
    },
  );

  it('accepts every code it generates', () => {
    for (let i = 0; i < 100; i += 1) {
      const code = generateTicketCode();
      expect(normaliseTicketCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code);
    }
  });
});
