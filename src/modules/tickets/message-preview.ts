/** Characters of a message a list shows: a line of a queue, not the conversation. */
export const MESSAGE_PREVIEW_LENGTH = 120;

/**
 * The start of a message body on one line: runs of whitespace (line breaks included) become one
 * space, and it is cut after `length` characters, counted in code points so that an emoji is
 * never split in half.
 */
export function messagePreview(body: string, length = MESSAGE_PREVIEW_LENGTH): string {
  // A queue line needs the start of a body that may run to 64 KB: a start long enough once
  // collapsed gives the same first characters as the whole (one more character covers a pair
  // of surrogates cut at the end of the slice).
  const start = Array.from(body.slice(0, 8 * length).replace(/\s+/g, ' ').trimStart());
  if (start.length > length + 1) return start.slice(0, length).join('');
  const oneLine = Array.from(body.replace(/\s+/g, ' ').trim());
  return oneLine.length <= length ? oneLine.join('') : oneLine.slice(0, length).join('');
}
