import { describe, expect, it, vi } from 'vitest';
import { MAX_PAGE_SIZE, decodeCursor, encodeCursor, pageSize, toConnection } from '../../../src/common/pagination';
import { expectBadInput } from '../../support/app-errors';


const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('the page size', () => {
  it('is the fallback when first is not given', () => {
    expect(pageSize(undefined, 20)).toBe(20);
    expect(pageSize(null, 7)).toBe(7);
  });

  it.each([1, 2, 50, 99, 100])('is first when first is %d', (first) => {
    expect(pageSize(first, 20)).toBe(first);
  });

  it('is at most 100', () => {
    expect(MAX_PAGE_SIZE).toBe(100);
  });

  it.each([0, -1, 101, 1000, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses first = %d as BAD_USER_INPUT on "first"', (first) => {
    expectBadInput(() => pageSize(first, 20), 'first', 'first must be between 1 and 100');
  });
});

describe('a cursor', () => {
  it('is the base64url of the JSON of its values', () => {
    expect(encodeCursor(['a', 1])).toBe(base64url('["a",1]'));
    expect(encodeCursor(['a', 1])).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('decodes to the values it was made of', () => {
    const values = ['2026-11-23T08:00:00.000Z', 4, '0b6a4b34-8f3e-4d0f-9b0a-3c7a1d2e4f50', 'ünïcödé "quoted" \\ +/='];
    expect(decodeCursor(encodeCursor(values), ['string', 'number', 'string', 'string'])).toEqual(values);
    expect(decodeCursor(encodeCursor([]), [])).toEqual([]);
  });

  it.each([
    ['empty', ''],
    ['not base64url (standard base64 with + / =)', Buffer.from('["a",1]?>').toString('base64')],
    ['not base64url (punctuation)', '%%%'],
    ['not base64url (spaces)', 'WyJhIiwxXQ =='],
    ['longer than 1000 characters', encodeCursor(['x'.repeat(800), 1])],
    ['not JSON', base64url('nope')],
    ['truncated JSON', base64url('["a",1')],
    ['JSON but not an array', base64url('{"0":"a","1":1}')],
    ['JSON null', base64url('null')],
    ['an array that is too short', encodeCursor(['a'])],
    ['an array that is too long', encodeCursor(['a', 1, 2])],
    ['a number where a string belongs', encodeCursor([1, 1])],
    ['a string where a number belongs', encodeCursor(['a', '1'])],
    ['a null value', base64url('["a",null]')],
    ['a nested array', base64url('[["a"],1]')],
  ])('refuses a cursor that is %s as BAD_USER_INPUT on "after"', (_what, cursor) => {
    expectBadInput(() => decodeCursor(cursor, ['string', 'number']), 'after', 'after is not a valid cursor');
  });
});

describe('a connection built from a page with one extra row', () => {
  it('drops the extra row and says there is a next page', () => {
    const totalCount = vi.fn(async () => 42);
    const page = toConnection([1, 2, 3], 2, (n) => `c${n}`, totalCount);
    expect(page.edges).toStrictEqual([
      { cursor: 'c1', node: 1 },
      { cursor: 'c2', node: 2 },
    ]);
    expect(page.pageInfo).toStrictEqual({ hasNextPage: true, endCursor: 'c2' });
  });

  it('has no next page when exactly the page size came back', () => {
    const page = toConnection(['a', 'b'], 2, (s) => s.toUpperCase(), async () => 2);
    expect(page.edges).toStrictEqual([
      { cursor: 'A', node: 'a' },
      { cursor: 'B', node: 'b' },
    ]);
    expect(page.pageInfo).toStrictEqual({ hasNextPage: false, endCursor: 'B' });
  });

  it('has no next page when fewer rows came back', () => {
    expect(toConnection([7], 5, String, async () => 1).pageInfo).toStrictEqual({ hasNextPage: false, endCursor: '7' });
  });

  it('has no edges and a null end cursor when nothing came back', () => {
    const page = toConnection([], 5, String, async () => 0);
    expect(page.edges).toStrictEqual([]);
    expect(page.pageInfo).toStrictEqual({ hasNextPage: false, endCursor: null });
  });

  it('counts only when asked', async () => {
    const totalCount = vi.fn(async () => 42);
    const page = toConnection([1, 2, 3], 2, String, totalCount);
    expect(totalCount).not.toHaveBeenCalled();
    await expect(page.totalCount()).resolves.toBe(42);
    expect(totalCount).toHaveBeenCalledTimes(1);
  });
});
