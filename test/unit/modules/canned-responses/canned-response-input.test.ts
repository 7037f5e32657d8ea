import { describe, expect, it } from 'vitest';
import { CannedResponse } from '../../../../src/modules/canned-responses/canned-response.entity';
import { normaliseShortcut, pickerOrder, validBody, validTitle } from '../../../../src/modules/canned-responses/canned-response.service';
import { expectBadInput } from '../../../support/app-errors';

describe('normaliseShortcut', () => {
  it('trims, and takes null, empty and blank for no shortcut', () => {
    expect(normaliseShortcut('  #refund ')).toBe('#refund');
    expect(normaliseShortcut(null)).toBeNull();
    expect(normaliseShortcut(undefined)).toBeNull();
    expect(normaliseShortcut('   ')).toBeNull();
  });

  it('accepts a leading # or /, letters of any script, digits, - _ and .', () => {
    for (const shortcut of ['#refund', '/vat-2', 'hello', '#2fa', '#dépôt', '#返金', 'a.b_c-d', `#${'x'.repeat(31)}`]) expect(normaliseShortcut(shortcut)).toBe(shortcut);
  });

  it('refuses spaces, other punctuation, a bare prefix and more than 32 characters, naming shortcut', () => {
    for (const shortcut of ['#re fund', '##refund', '#', '/', '#-x', 'refund!', '{{ticket.code}}', `#${'x'.repeat(32)}`]) expectBadInput(() => normaliseShortcut(shortcut), 'shortcut');
  });
});

describe('validTitle and validBody', () => {
  it('trims a title and requires 1 to 200 characters', () => {
    expect(validTitle('  Refund policy ')).toBe('Refund policy');
    expect(validTitle('x'.repeat(200))).toHaveLength(200);
    for (const title of [null, '', '   ', 'x'.repeat(201)]) expectBadInput(() => validTitle(title), 'title');
  });

  it('keeps a body as written and requires it not blank and at most 10,000 characters', () => {
    expect(validBody('  Hello {{contact.firstName}},\n\nThanks.\n')).toBe('  Hello {{contact.firstName}},\n\nThanks.\n');
    expect(validBody('x'.repeat(10_000))).toHaveLength(10_000);
    for (const body of [null, '', ' \n ', 'x'.repeat(10_001)]) expectBadInput(() => validBody(body), 'body');
  });

  it('refuses an unknown placeholder, naming it and the known ones', () => {
    expectBadInput(() => validBody('Hi {{contact.name}}, see {{ticket.foo}}'), 'body', expect.stringMatching(/^Unknown placeholder \{\{ticket\.foo\}\}; known: \{\{contact\.name\}\}, /));
    expectBadInput(() => validBody('{{a}} {{ b }}'), 'body', expect.stringMatching(/^Unknown placeholders \{\{a\}\}, \{\{b\}\};/));
  });
});

describe('pickerOrder', () => {
  const response = (title: string, shortcut: string | null, id: string) => Object.assign(new CannedResponse({ title, body: 'b', shortcut, department: null, owner: null, now: new Date(0) }), { id });

  it('puts those with a shortcut first by shortcut (numbers as numbers, case aside), then the rest by title, then by id', () => {
    const list = [
      response('Zebra', null, '5'),
      response('apple', null, '4'),
      response('Apple', null, '3'),
      response('Ten', '#10', '2'),
      response('Two', '#2', '1'),
      response('Banana', '#B', '6'),
      response('banana', '#a', '7'),
    ];
    expect(list.sort(pickerOrder).map((item) => item.id)).toEqual(['1', '2', '7', '6', '3', '4', '5']);
  });
});
