/**
 * How long a share link may be, apart from the codec (share-link.ts) so the instruments can
 * check a link's length without loading the codec at start.
 */

/**
 * The longest share link (the whole URL) we promise to open: the data in it is then shorter than
 * the 100_000 characters the decoder takes, and every current browser opens a URL this long
 * (Chromium takes 2 MB). Longer links are refused; the UI should offer a file instead.
 */
export const MAX_SHARE_LINK_CHARS = 100_000;

/**
 * Above this length a link still opens, but e-mail programs and chat apps may cut it off or
 * refuse it (many stop at a few thousand characters): worth a word to the user.
 */
export const SHARE_LINK_WARN_CHARS = 8000;

/**
 * How safe a share link (the whole URL) is to pass on: 'ok' up to SHARE_LINK_WARN_CHARS,
 * 'long' up to MAX_SHARE_LINK_CHARS (opens, but mail or chat may cut it off), 'too-long'
 * beyond that (we would not open it).
 */
export function shareLinkLength(url: string | URL): 'ok' | 'long' | 'too-long' {
  const length = String(url ?? '').length;
  if (length > MAX_SHARE_LINK_CHARS) return 'too-long';
  return length > SHARE_LINK_WARN_CHARS ? 'long' : 'ok';
}
