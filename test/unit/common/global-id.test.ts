import { describe, expect, it } from 'vitest';
import { fromGlobalId, keyOf, toGlobalId } from '../../../src/common/global-id';

const UUID = '0b6a4b34-8f3e-4d0f-9b0a-3c7a1d2e4f50';
const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('a global id', () => {
  it('is the base64url of "Type:key"', () => {
    expect(toGlobalId('Ticket', UUID)).toBe(base64url(`Ticket:${UUID}`));
    expect(toGlobalId('Message', '42')).toBe('TWVzc2FnZTo0Mg');
  });

  it('round-trips to its type and key', () => {
    expect(fromGlobalId(toGlobalId('Ticket', UUID))).toStrictEqual({ type: 'Ticket', key: UUID });
    expect(fromGlobalId(toGlobalId('Message', '42'))).toStrictEqual({ type: 'Message', key: '42' });
  });

  it('splits at the first colon, so keys may contain colons', () => {
    expect(fromGlobalId(toGlobalId('Setting', 'a:b:c'))).toStrictEqual({ type: 'Setting', key: 'a:b:c' });
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'not base64!'],
    ['standard base64 with padding', Buffer.from('Ticket:1').toString('base64')],
    ['longer than 200 characters', toGlobalId('Ticket', 'x'.repeat(200))],
    ['without a colon', base64url('Ticket')],
    ['without a type', base64url(`:${UUID}`)],
    ['without a key', base64url('Ticket:')],
  ])('decodes to nothing when it is %s', (_what, globalId) => {
    expect(fromGlobalId(globalId)).toBeUndefined();
  });
});

describe('the key of a global id of an expected type', () => {
  it('is the uuid of that type', () => {
    expect(keyOf(toGlobalId('Ticket', UUID), 'Ticket')).toBe(UUID);
  });

  it('is the sequence number of that type', () => {
    expect(keyOf(toGlobalId('Message', '1'), 'Message')).toBe('1');
    expect(keyOf(toGlobalId('Message', '123456789012345678'), 'Message')).toBe('123456789012345678');
  });

  it("is nothing for another type's id", () => {
    expect(keyOf(toGlobalId('Agent', UUID), 'Ticket')).toBeUndefined();
    expect(keyOf(toGlobalId('ticket', UUID), 'Ticket')).toBeUndefined();
  });

  it.each(['not base64!', '', base64url(UUID), base64url(`Ticket:${UUID}`).slice(0, 20)])('is nothing for the garbage %j', (globalId) => {
    expect(keyOf(globalId, 'Ticket')).toBeUndefined();
  });

  it.each([
    ['SQL', '1; drop table ticket'],
    ['an upper-case uuid', UUID.toUpperCase()],
    ['a uuid without dashes', UUID.replace(/-/g, '')],
    ['a uuid with a trailing character', `${UUID}0`],
    ['a uuid with a non-hex character', `g${UUID.slice(1)}`],
    ['zero', '0'],
    ['a leading zero', '042'],
    ['a negative number', '-1'],
    ['a decimal', '1.5'],
    ['a number with 19 digits', '1234567890123456789'],
    ['a number with a trailing newline', '42\n'],
    ['a word', 'abc'],
  ])('is nothing when the key is %s', (_what, key) => {
    expect(keyOf(toGlobalId('Ticket', key), 'Ticket')).toBeUndefined();
  });
});
