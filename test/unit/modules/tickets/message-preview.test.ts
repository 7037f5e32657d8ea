import { describe, expect, it } from 'vitest';
import { MESSAGE_PREVIEW_LENGTH, messagePreview } from '../../../../src/modules/tickets/message-preview';

describe('messagePreview', () => {
  it('puts the body on one line: runs of spaces, tabs and line breaks become one space, ends trimmed', () => {
    expect(messagePreview('  Hello,\r\n\r\n\tthe printer\u00a0 is on fire.  ')).toBe('Hello, the printer is on fire.');
  });

  it('keeps a short body whole and cuts a long one after the given number of characters', () => {
    expect(messagePreview('Short')).toBe('Short');
    expect(messagePreview('x'.repeat(500))).toHaveLength(MESSAGE_PREVIEW_LENGTH);
    expect(messagePreview('abcdef', 3)).toBe('abc');
  });

  it('gives the same start for a long body as for its collapsed whole, however long its runs of whitespace', () => {
    const words = Array.from({ length: 400 }, (_, index) => `word${index}`);
    const spaced = words.join(' \n\t '.repeat(30));
    expect(messagePreview(spaced)).toBe(words.join(' ').slice(0, MESSAGE_PREVIEW_LENGTH));
    const lateStart = `${' '.repeat(5000)}Finally some text`;
    expect(messagePreview(lateStart)).toBe('Finally some text');
  });

  it('counts an emoji as one character and never cuts one in half', () => {
    const preview = messagePreview('🔥'.repeat(200), 5);
    expect(preview).toBe('🔥🔥🔥🔥🔥');
    expect(messagePreview(`${'a'.repeat(119)}🔥🔥`)).toBe(`${'a'.repeat(119)}🔥`);
  });
});
