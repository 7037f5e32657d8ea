import { describe, expect, it } from 'vitest';
import { requestIdFrom } from '../../../src/observability/request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('the request id', () => {
  it("is the caller's x-request-id when it is 1 to 64 letters, digits, dots, dashes or underscores", () => {
    expect(requestIdFrom('abc-123_X.y')).toBe('abc-123_X.y');
    expect(requestIdFrom('a')).toBe('a');
    expect(requestIdFrom('z'.repeat(64))).toBe('z'.repeat(64));
  });

  it('is a fresh UUID when the header is missing, empty, too long, repeated or carries other characters', () => {
    for (const header of [undefined, '', 'z'.repeat(65), ['one', 'two'], 'has space', 'line\nbreak', '{"json":1}', 'ünicode']) {
      expect(requestIdFrom(header)).toMatch(UUID);
    }
    expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
  });
});
