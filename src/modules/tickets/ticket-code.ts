import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L, 5/S, 2/Z or 8/B pairs: codes are read aloud and typed from paper. */
export const TICKET_CODE_ALPHABET = '234679ACDEFGHJKMNPQRTUVWXY';
export const TICKET_CODE_PATTERN = new RegExp(`^[${TICKET_CODE_ALPHABET}]{3}-[${TICKET_CODE_ALPHABET}]{3}-[${TICKET_CODE_ALPHABET}]{3}$`);

const group = (): string =>
  Array.from({ length: 3 }, () => TICKET_CODE_ALPHABET[randomInt(TICKET_CODE_ALPHABET.length)]).join('');

/** A random code like 7KM-2QX-9PT: 26^9 (about 5.4e12) possibilities, so collisions are rare and retried. */
export function generateTicketCode(): string {
  return `${group()}-${group()}-${group()}`;
}

/** Customers quote codes loosely: lower case, spaces, missing dashes. */
export function normaliseTicketCode(input: string): string | undefined {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== 9) return undefined;
  const code = `${compact.slice(0, 3)}-${compact.slice(3, 6)}-${compact.slice(6)}`;
  return TICKET_CODE_PATTERN.test(code) ? code : undefined;
}
