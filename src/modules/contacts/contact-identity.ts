import { randomReadable } from '../../common/readable-code';
import { badInput } from '../../errors/app-error';

/**
 * The WHATWG HTML definition of a valid email address: what browsers' email inputs accept,
 * strict enough to catch typos and lenient enough for real addresses.
 */
const EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

/** Emails match case-insensitively, so they are stored lowercased. */
export function normaliseEmail(input: string, field = 'email'): string {
  const email = input.trim().toLowerCase();
  if (email.length > 254 || !EMAIL.test(email)) throw badInput(field, `${field} is not a valid email address`);
  return email;
}

/** Phones match on their digits only (E.164 allows at most 15). */
export function normalisePhone(input: string, field = 'phone'): string {
  if (!/^[\d\s()+.\-/]*$/.test(input)) throw badInput(field, `${field} may contain only digits, spaces and + ( ) - . /`);
  const digits = input.replace(/\D/g, '');
  if (digits.length < 5 || digits.length > 15) throw badInput(field, `${field} must have 5 to 15 digits`);
  return digits;
}

/** A stable visitor id like V-7K2M9Q, given to every contact. */
export const generateVisitorId = (): string => `V-${randomReadable(6)}`;

export const displayNameOf = (contact: { name: string | null; visitorId: string }): string => contact.name ?? contact.visitorId;
