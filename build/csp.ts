// The Content Security Policy of every page, in one place. Astro writes it into each page as a
// <meta http-equiv="content-security-policy"> with the hashes of that page's inline scripts and
// styles (astro.config.ts: security.csp); the headers integration copies each page's policy into
// _headers for hosts that read that file, adding what a <meta> policy cannot carry
// (frame-ancestors). Runs in Node at build time only.
import { createHash } from 'node:crypto';

/**
 * Starlight renders these `style` attributes (table of contents depth, icon sizes, the search
 * dialog, the theme select). A strict policy allows attributes only by hash ('unsafe-hashes'
 * plus the hash of each exact value) — so a new one in a Starlight update shows up as a failing
 * test (tests/site/csp.test.ts) instead of silently weakening the policy.
 */
export const STARLIGHT_STYLE_ATTRIBUTES = [
  '--depth: 0;',
  '--depth: 1;',
  '--depth: 2;',
  '--depth: 3;',
  '--depth: 4;',
  '--sl-icon-size: 1em;',
  '--sl-icon-size: 1rem;',
  '--sl-icon-size: 1.25rem;',
  '--sl-icon-size: 1.5rem;',
  '--sl-select-width: 6.25em',
];

export function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Everything except scripts and styles, whose sources Astro adds per page. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // Exports draw the chart on a canvas from a data: URL and download a blob: URL.
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'self'",
] as const;

/** Astro's security.csp setting. */
export const cspConfig = {
  algorithm: 'SHA-256' as const,
  directives: [...CSP_DIRECTIVES],
  // Scripts: 'self' plus the hashes of the page's inline scripts, nothing else. Pagefind's
  // WebAssembly runs in its own worker (a same-origin script without a page policy), so the
  // pages need no 'wasm-unsafe-eval'.
  styleDirective: {
    resources: [{ resource: "'unsafe-hashes'", kind: 'attribute' as const }],
    hashes: STARLIGHT_STYLE_ATTRIBUTES.map((value) => ({
      hash: sha256(value) as `sha256-${string}`,
      kind: 'attribute' as const,
    })),
  },
};

/** Who may put a page in a frame: embed pages anyone (course platforms), the rest only we. */
export function frameAncestors(embed: boolean): string {
  return embed ? 'frame-ancestors *' : "frame-ancestors 'self'";
}
