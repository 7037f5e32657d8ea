import { READABLE_ALPHABET, randomReadable } from '../../common/readable-code';

export const TICKET_CODE_PATTERN = new RegExp(`^[${READABLE_ALPHABET}]{3}-[${READABLE_ALPHABET}]{3}-[${READABLE_ALPHABET}]{3}$`);

/** A random code like 7KM-2QX-9PT: 26^9 (about 5.4e12) possibilities, so collisions are rare and retried. */
export function generateTicketCode(): string {
  return `${randomReadable(3)}-${randomReadable(3)}-${randomReadable(3)}`;
}

/** Customers quote codes loosely: lower case, spaces, missing dashes. */
export function normaliseTicketCode(input: string): string | undefined {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== 9) return undefined;
  const code = `${compact.slice(0, 3)}-${compact.slice(3, 6)}-${compact.slice(6)}`;
  return TICKET_CODE_PATTERN.test(code) ? code : undefined;
}
