const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const CHARS = LETTERS + '0123456789';

/** One unbiased random index below `n` (rejection sampling on random bytes). */
function pick(n: number, buffer: Uint8Array): number {
  const limit = 256 - (256 % n);
  for (;;) {
    crypto.getRandomValues(buffer);
    if (buffer[0]! < limit) return buffer[0]! % n;
  }
}

/**
 * A short random id such as 'p-k3j9x2' (prefix + '-' + 6 characters). Without a prefix the id
 * starts with a letter, so it is always a valid HTML id and CSS identifier. About 2·10⁹
 * possibilities: callers that need uniqueness within a state should still check for a clash.
 */
export function createId(prefix?: string): string {
  const buffer = new Uint8Array(1);
  let id = LETTERS[pick(LETTERS.length, buffer)]!;
  for (let i = 1; i < 6; i++) id += CHARS[pick(CHARS.length, buffer)]!;
  return prefix ? `${prefix}-${id}` : id;
}
