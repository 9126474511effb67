// The _headers file that Netlify and Cloudflare Pages read: blocks of a path followed by
// indented "Name: value" lines. We write one block per page (its Content-Security-Policy) and
// our own server (serve.mjs) reads it back, so local tests see the headers a host would send.
// Plain JavaScript so that serve.mjs can use it without a build step.

/**
 * @param {Array<{ path: string, headers: Record<string, string> }>} rules
 * @returns {string}
 */
export function formatHeadersFile(rules) {
  return rules
    .map(
      ({ path, headers }) =>
        `${path}\n${Object.entries(headers)
          .map(([name, value]) => `  ${name}: ${value}`)
          .join('\n')}\n`,
    )
    .join('\n');
}

/**
 * @param {string} text
 * @returns {Array<{ path: string, headers: Record<string, string> }>}
 */
export function parseHeadersFile(text) {
  /** @type {Array<{ path: string, headers: Record<string, string> }>} */
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) continue;
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/**
 * The headers for a request path: every rule whose path matches it exactly or through a
 * trailing "*" (later rules win for the same header name).
 * @param {Array<{ path: string, headers: Record<string, string> }>} rules
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
export function headersFor(rules, pathname) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const rule of rules) {
    const matches = rule.path.endsWith('*')
      ? pathname.startsWith(rule.path.slice(0, -1))
      : pathname === rule.path;
    if (matches) Object.assign(headers, rule.headers);
  }
  return headers;
}
