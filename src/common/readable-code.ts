import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L, 5/S, Z or 8/B: codes are read aloud and typed from paper. */
export const READABLE_ALPHABET = '234679ACDEFGHJKMNPQRTUVWXY';

export function randomReadable(length: number): string {
  let code = '';
  for (let i = 0; i < length; i += 1) code += READABLE_ALPHABET[randomInt(READABLE_ALPHABET.length)];
  return code;
}
