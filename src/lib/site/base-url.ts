// The site's base path, for links that components, islands and pages build themselves (the
// Markdown links get it from build/base-links-plugin.ts). Browser-safe: it reads only
// import.meta.env, which Astro fills in when it builds. build/base-path.js turns the BASE
// setting into this value at build time; this module only relies on its trailing slash.

/** `base` with exactly one slash at the end if it had none: "/partnerwijzer" → "/partnerwijzer/". */
export function withTrailingSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** The base path, always ending in "/": "/" or "/partnerwijzer/". */
export const siteBase: string = withTrailingSlash(import.meta.env.BASE_URL ?? '/');

/**
 * A path inside the site with the base in front: "bronnen/" or "/bronnen/" becomes
 * "/partnerwijzer/bronnen/"; no path gives the home page.
 */
export function sitePath(path = ''): string {
  return `${siteBase}${path.replace(/^\//, '')}`;
}
