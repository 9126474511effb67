// Plain JavaScript (with JSDoc types) so that both the Astro config and the small Node
// server in scripts/serve.mjs can use it without a TypeScript step.

/**
 * Turns a BASE setting ("partnerwijzer", "/partnerwijzer", "/partnerwijzer/") into "/partnerwijzer/".
 * @param {string | undefined} raw
 * @returns {string}
 */
export function normaliseBase(raw) {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Prefixes a root-relative path ("/over/") with the base; leaves other links alone.
 * @param {string} href
 * @param {string} base
 * @returns {string}
 */
export function withBase(href, base) {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const prefix = normaliseBase(base).replace(/\/$/, '');
  if (!prefix || href === prefix || href.startsWith(`${prefix}/`)) return href;
  return `${prefix}${href}`;
}
