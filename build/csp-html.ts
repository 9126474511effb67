// Completes a built page's Content Security Policy. Astro writes the policy as a <meta> with the
// hashes of the scripts and styles it bundles itself, but not of inline scripts and styles that
// components print as they are (Starlight's theme and sidebar scripts, small component styles);
// and it places the <meta> after Starlight's first inline script, which a <meta> policy does not
// cover. Here every inline script and style of the page gets its hash, and the <meta> moves to
// the top of <head>, so the policy covers the whole page. Pure: HTML in, HTML and policy out.
import { sha256 } from './csp';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

const decode = (text: string) =>
  text
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const encode = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Scripts a browser runs: no type, a JavaScript type or a module (not JSON data). */
function isExecutable(attributes: string): boolean {
  const type = /\btype=["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
  return !type || type === 'module' || type.includes('javascript');
}

/** Adds `hashes` to a directive ("script-src 'self' …"), keeping what is there. */
function withHashes(policy: string, directive: string, hashes: Set<string>): string {
  const parts = policy
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
  const index = parts.findIndex((part) => part.split(/\s+/)[0] === directive);
  const tokens = index >= 0 ? parts[index].split(/\s+/).slice(1) : ["'self'"];
  const merged = [...new Set([...tokens, ...[...hashes].map((hash) => `'${hash}'`)])];
  const line = `${directive} ${merged.join(' ')}`;
  if (index >= 0) parts[index] = line;
  else parts.push(line);
  return `${parts.join('; ')};`;
}

export interface CompletedPage {
  html: string;
  /** The page's policy, as in its <meta>. */
  policy: string;
}

/** The page with a complete policy at the top of <head>, or null if it has no CSP <meta>. */
export function completePagePolicy(html: string): CompletedPage | null {
  const meta = META.exec(html);
  if (!meta) return null;
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (isExecutable(attributes) && body.trim()) scripts.add(sha256(body));
  }
  for (const [, body] of html.matchAll(INLINE_STYLE)) styles.add(sha256(body));
  let policy = decode(meta[1]);
  policy = withHashes(policy, 'script-src', scripts);
  policy = withHashes(policy, 'style-src', styles);
  const tag = `<meta http-equiv="content-security-policy" content="${encode(policy)}">`;
  const without = html.replace(meta[0], '');
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(without);
  const at = charset ? charset.index + charset[0].length : without.indexOf('<head>') + 6;
  return { html: without.slice(0, at) + tag + without.slice(at), policy };
}
