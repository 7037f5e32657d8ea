import { describe, expect, it } from 'vitest';
import { READABLE_ALPHABET } from '../../../../src/common/readable-code';
import { displayNameOf, generateVisitorId, normaliseEmail, normalisePhone } from '../../../../src/modules/contacts/contact-identity';
import { expectBadInput } from '../../../support/app-errors';


describe('normalising an email', () => {
  it('lowercases and trims it', () => {
    expect(normaliseEmail('  Ada.Lovelace@Example.COM \n')).toBe('ada.lovelace@example.com');
  });

  it('keeps what the WHATWG definition allows', () => {
    expect(normaliseEmail("o'brien+help@mail.example.co.uk")).toBe("o'brien+help@mail.example.co.uk");
    expect(normaliseEmail('a@b-c.de')).toBe('a@b-c.de');
  });

  it.each(['', '   ', 'ada', 'ada@', '@example.com', 'ada@example', 'a b@example.com', 'ada@@example.com', 'ada@-example.com', 'ada@example..com', 'ada@exa_mple.com'])(
    'rejects %j as BAD_USER_INPUT on the field "email" by default',
    (input) => {
      expectBadInput(() => normaliseEmail(input), 'email', 'email is not a valid email address');
    },
  );

  it('names the field it is given', () => {
    expectBadInput(() => normaliseEmail('nope', 'emails.2'), 'emails.2', 'emails.2 is not a valid email address');
  });

  it('accepts 254 characters and rejects 255', () => {
    const domain = '@example.com';
    const at254 = `${'a'.repeat(254 - domain.length)}${domain}`;
    expect(at254).toHaveLength(254);
    expect(normaliseEmail(at254)).toBe(at254);
    expectBadInput(() => normaliseEmail(`a${at254}`), 'email', 'email is not a valid email address');
  });
});

describe('normalising a phone', () => {
  it('keeps only its digits', () => {
    expect(normalisePhone('+371 (2) 912-3456')).toBe('37129123456');
    expect(normalisePhone('020.7946/0958')).toBe('02079460958');
  });

  it('accepts 5 and 15 digits', () => {
    expect(normalisePhone('12-345')).toBe('12345');
    expect(normalisePhone('+123 456 789 012 345')).toBe('123456789012345');
  });

  it.each(['', '1234', '12 34', '1234567890123456'])('rejects %j, which has fewer than 5 or more than 15 digits', (input) => {
    expectBadInput(() => normalisePhone(input), 'phone', 'phone must have 5 to 15 digits');
  });

  it.each(['call me', '+371 2912 345x', '12345 ext. 6', '12345#', '١٢٣٤٥٦'])('rejects %j, which has letters or other characters', (input) => {
    expectBadInput(() => normalisePhone(input), 'phone', 'phone may contain only digits, spaces and + ( ) - . /');
  });

  it('names the field it is given', () => {
    expectBadInput(() => normalisePhone('12', 'phones.0'), 'phones.0', 'phones.0 must have 5 to 15 digits');
  });
});

describe('a visitor id', () => {
  it('looks like V-7K2M9Q: "V-" and six readable characters', () => {
    const pattern = new RegExp(`^V-[${READABLE_ALPHABET}]{6}$`);
    for (let i = 0; i < 1000; i += 1) expect(generateVisitorId()).toMatch(pattern);
  });

  it('differs from one contact to the next', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => generateVisitorId()));
    expect(ids.size).toBeGreaterThanOrEqual(999);
  });
});

describe('the display name of a contact', () => {
  it('is its name when it has one', () => {
    expect(displayNameOf({ name: 'Ada Lovelace', visitorId: 'V-7K2M9Q' })).toBe('Ada Lovelace');
  });

  it('is its visitor id when it has no name', () => {
    expect(displayNameOf({ name: null, visitorId: 'V-7K2M9Q' })).toBe('V-7K2M9Q');
  });
});
