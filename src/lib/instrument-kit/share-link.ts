/**
 * Share links: an instrument's state in the URL fragment ("#data=1.…"). The fragment is never
 * sent to a server. Format: "1." + base64url(deflate-raw(UTF-8 JSON)); the "1" names the codec,
 * so a later codec can get another prefix while old links keep working.
 *
 * Decoding treats the input as hostile (a link can be edited, truncated by a mail client or
 * crafted): it never throws, limits the input and the inflated size, and answers in Dutch.
 * The decoded value is untrusted JSON: the instrument must still sanitize it.
 */
import { failure, success, type Outcome } from './result';

import { MAX_SHARE_LINK_CHARS } from './share-link-length';

export { MAX_SHARE_LINK_CHARS, SHARE_LINK_WARN_CHARS, shareLinkLength } from './share-link-length';

const CODEC = '1';
const MAX_INPUT_CHARS = MAX_SHARE_LINK_CHARS;
const MAX_INFLATED_BYTES = 2_000_000;

const UNCHANGED = 'Je eigen gegevens zijn niet aangepast.';
const MSG_EMPTY = `Deze link bevat geen gegevens. ${UNCHANGED}`;
const MSG_DAMAGED = `Deze link is beschadigd of niet helemaal gekopieerd. Vraag de afzender om de link opnieuw te sturen. ${UNCHANGED}`;
const MSG_TOO_LONG = `Deze link is te lang om te openen. ${UNCHANGED}`;
const MSG_TOO_BIG = `Deze link bevat te veel gegevens om te openen. ${UNCHANGED}`;
const MSG_NEWER = `Deze link is gemaakt met een nieuwere versie van Partnerwijzer. Laad de pagina opnieuw en open de link nog een keer. ${UNCHANGED}`;
const MSG_UNSUPPORTED = `Je browser kan deze link niet openen. Probeer het in een recente versie van je browser. ${UNCHANGED}`;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Strict base64url (no padding, no other characters); null when invalid. */
function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  let binary: string;
  try {
    binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Runs bytes through a (de)compression stream, collecting the output; stops and returns
 * 'too-big' once the output passes `limit` bytes. Rejects when the stream errors.
 */
async function transform(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
  limit = Infinity,
): Promise<Uint8Array<ArrayBuffer> | 'too-big'> {
  const reader = new Blob([bytes]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      reader.cancel().catch(() => {});
      return 'too-big';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * Encodes any JSON-serialisable payload as a compact, URL-safe string:
 * "1" + "." + base64url(deflate-raw(UTF-8 JSON)). Versioned format prefix so we can change the
 * codec later. Rejects (programming error) when the payload cannot be serialised (cycle, BigInt)
 * or the browser lacks CompressionStream (all current browsers have it).
 */
export async function encodeSharePayload(payload: unknown): Promise<string> {
  const json = JSON.stringify(payload) ?? 'null';
  const deflated = await transform(
    new TextEncoder().encode(json),
    new CompressionStream('deflate-raw'),
  );
  return `${CODEC}.${toBase64Url(deflated as Uint8Array)}`;
}

/**
 * Decodes defensively: any string (random bytes, truncated, wrong version prefix, bad base64,
 * bad deflate, bad JSON, too large) gives ok:false with a Dutch message; never throws.
 * Limits: input ≤ 100_000 chars; inflated ≤ 2_000_000 bytes (reading stops past that).
 */
export async function decodeSharePayload(encoded: string): Promise<Outcome<unknown>> {
  try {
    if (typeof encoded !== 'string') return failure(MSG_EMPTY);
    const text = encoded.trim();
    if (text === '') return failure(MSG_EMPTY);
    if (text.length > MAX_INPUT_CHARS) return failure(MSG_TOO_LONG);
    const dot = text.indexOf('.');
    const prefix = dot === -1 ? '' : text.slice(0, dot);
    if (prefix !== CODEC) {
      return failure(
        /^\d{1,6}$/.test(prefix) && Number(prefix) > Number(CODEC) ? MSG_NEWER : MSG_DAMAGED,
      );
    }
    const bytes = fromBase64Url(text.slice(dot + 1));
    if (!bytes || bytes.length === 0) return failure(MSG_DAMAGED);
    if (typeof DecompressionStream === 'undefined') return failure(MSG_UNSUPPORTED);
    let inflated: Uint8Array | 'too-big';
    try {
      inflated = await transform(bytes, new DecompressionStream('deflate-raw'), MAX_INFLATED_BYTES);
    } catch {
      return failure(MSG_DAMAGED);
    }
    if (inflated === 'too-big') return failure(MSG_TOO_BIG);
    const json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
    return success(JSON.parse(json) as unknown);
  } catch {
    return failure(MSG_DAMAGED);
  }
}

/**
 * Parses a location.hash like "#data=…&x=1" or "#voorbeeld=xyz" into key → value
 * (percent-decoded; '+' stays '+'). Pairs without "=" (a heading anchor like "#bronnen"), with
 * an empty key or with malformed percent-encoding are skipped; a repeated key keeps the last
 * value. The result has no prototype, so `params.toString` is undefined, not inherited.
 */
export function parseFragment(hash: string): Record<string, string> {
  const params: Record<string, string> = Object.create(null);
  if (typeof hash !== 'string') return params;
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const pair of body.split('&')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    try {
      params[decodeURIComponent(pair.slice(0, eq))] = decodeURIComponent(pair.slice(eq + 1));
    } catch {
      // Malformed percent-encoding: skip this pair only.
    }
  }
  return params;
}

/**
 * Builds "#key=value&…" (percent-encoded only where needed; base64url and the "1." prefix need
 * none). An empty object gives "" (no fragment).
 */
export function buildFragment(params: Record<string, string>): string {
  const pairs = Object.entries(params).map(
    ([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`,
  );
  return pairs.length ? `#${pairs.join('&')}` : '';
}
