import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors/app-error';
import { displayNameOf, generateVisitorId, normaliseEmail, normalisePhone } from '../../src/modules/contacts/contact-identity';
import { TICKET_CODE_PATTERN, generateTicketCode, normaliseTicketCode } from '../../src/modules/tickets/ticket-code';
import { normaliseTags } from '../../src/modules/tickets/ticket.service';

const badInputOn = (field: string) => expect.objectContaining({ code: 'BAD_USER_INPUT', field });
const thrown = (action: () => unknown): unknown => {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
};

describe('ticket codes', () => {
  it('are 11 characters, three groups of three, without look-alike characters', () => {
    for (let i = 0; i < 1000; i += 1) {
      const code = generateTicketCode();
      expect(code).toHaveLength(11);
      expect(code).toMatch(TICKET_CODE_PATTERN);
      expect(code).not.toMatch(/[01ILO5S8BZ]/);
    }
  });

  it('are practically never repeated', () => {
    const codes = new Set(Array.from({ length: 20_000 }, generateTicketCode));
    expect(codes.size).toBeGreaterThanOrEqual(19_999);
  });

  it('are found however loosely a customer quotes them', () => {
    expect(normaliseTicketCode('7km 2qx 9pt')).toBe('7KM-2QX-9PT');
    expect(normaliseTicketCode('7KM2QX9PT')).toBe('7KM-2QX-9PT');
    expect(normaliseTicketCode('7KM-2QX-9P')).toBeUndefined();
    expect(normaliseTicketCode('0KM-2QX-9PT')).toBeUndefined();
  });
});

describe('contact identities', () => {
  it('lowercase and trim emails', () => {
    expect(normaliseEmail('  Ada.Lovelace@Example.COM ')).toBe('ada.lovelace@example.com');
  });

  it('reject malformed emails, naming the field', () => {
    for (const email of ['ada', 'ada@', '@example.com', 'ada@example', 'a b@example.com']) {
      expect(thrown(() => normaliseEmail(email, 'contact.email'))).toEqual(badInputOn('contact.email'));
    }
    expect(thrown(() => normaliseEmail('x'))).toBeInstanceOf(AppError);
  });

  it('keep only the digits of phones', () => {
    expect(normalisePhone('+371 (2) 912-3456')).toBe('37129123456');
  });

  it('reject phones with letters, too few or too many digits', () => {
    for (const phone of ['call me', '1234', '1234567890123456']) expect(thrown(() => normalisePhone(phone))).toEqual(badInputOn('phone'));
  });

  it('give visitors an id like V-7K2M9Q that also serves as display name', () => {
    const visitorId = generateVisitorId();
    expect(visitorId).toMatch(/^V-[234679ACDEFGHJKMNPQRTUVWXY]{6}$/);
    expect(displayNameOf({ name: null, visitorId })).toBe(visitorId);
    expect(displayNameOf({ name: 'Ada', visitorId })).toBe('Ada');
  });
});

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
