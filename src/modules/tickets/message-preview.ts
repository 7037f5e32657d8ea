/** Characters of a message a list shows: a line of a queue, not the conversation. */
export const MESSAGE_PREVIEW_LENGTH = 120;

/**
 * The start of a message body on one line: runs of whitespace (line breaks included) become one
 * space, and it is cut after `length` characters, counted in code points so that an emoji is
 * never split in half.
 */
export function messagePreview(body: string, length = MESSAGE_PREVIEW_LENGTH): string {
  const oneLine = body.replace(/\s+/g, ' ').trim();
  return oneLine.length <= length ? oneLine : Array.from(oneLine).slice(0, length).join('');
}
