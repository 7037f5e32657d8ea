import { describe, expect, it } from 'vitest';
import { likePattern, pgArray, whereSql } from '../../../src/db/sql';

describe('a LIKE pattern', () => {
  it('finds the search anywhere, with %, _ and backslashes taken literally', () => {
    expect(likePattern('refund')).toBe('%refund%');
    expect(likePattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
});

describe('a PostgreSQL array literal', () => {
  it('is {} for no values', () => {
    expect(pgArray([])).toBe('{}');
  });

  it('double-quotes every element', () => {
    expect(pgArray(['a', 'b c', 'd,e', '{f}', 'NULL', ''])).toBe('{"a","b c","d,e","{f}","NULL",""}');
  });

  it('writes numbers as quoted text', () => {
    expect(pgArray([4, 1])).toBe('{"4","1"}');
  });

  it('escapes double quotes with a backslash', () => {
    expect(pgArray(['say "hi"'])).toBe('{"say \\"hi\\""}');
  });

  it('escapes backslashes with a backslash', () => {
    expect(pgArray(['C:\\temp'])).toBe('{"C:\\\\temp"}');
    expect(pgArray(['\\'])).toBe(String.raw`{"\\"}`);
  });

  it('escapes a backslash that precedes a quote separately from the quote', () => {
    expect(pgArray(['\\"'])).toBe(String.raw`{"\\\""}`);
    expect(pgArray(['a"', 'b\\'])).toBe(String.raw`{"a\"","b\\"}`);
  });
});

describe('conditions joined for a where clause', () => {
  it('are joined with and, their parameters in order', () => {
    expect(
      whereSql([
        { sql: 'a = ?', params: [1] },
        { sql: 'true', params: [] },
        { sql: '(b = ? or c = ?)', params: ['x', 'y'] },
      ]),
    ).toStrictEqual({ sql: 'a = ? and true and (b = ? or c = ?)', params: [1, 'x', 'y'] });
  });
});
