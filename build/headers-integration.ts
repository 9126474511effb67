// After the build: complete each page's Content-Security-Policy (csp-html.ts) and write
// _headers with that policy plus frame-ancestors, which only a header can carry, for hosts
// that read the file (Netlify, Cloudflare Pages) and for our own server (scripts/serve.mjs).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isEmbedPath } from '../src/lib/site/embed';
import { frameAncestors } from './csp';
import { completePagePolicy } from './csp-html';
import { formatHeadersFile } from './headers-file.mjs';
import { SITE_HEADERS } from './site-headers.mjs';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(full);
      return entry.name.endsWith('.html') ? [full] : [];
    }),
  );
  return nested.flat().sort();
}

/** The path a host serves a built file under: "/over/" for over/index.html. */
function urlPath(base: string, relative: string): string {
  return (
    base +
    relative
      .split(path.sep)
      .join('/')
      .replace(/(^|\/)index\.html$/, '$1')
  );
}

export function headersIntegration(base: string): AstroIntegration {
  return {
    name: 'partnerwijzer:csp-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const rules: { path: string; headers: Record<string, string> }[] = [
          {
            path: `${base}*`,
            headers: { ...SITE_HEADERS },
          },
        ];
        for (const file of await htmlFiles(outDir)) {
          const page = completePagePolicy(await readFile(file, 'utf8'));
          if (!page) throw new Error(`${file} has no Content-Security-Policy <meta>`);
          await writeFile(file, page.html);
          const pagePath = urlPath(base, path.relative(outDir, file));
          rules.push({
            path: pagePath,
            headers: {
              'Content-Security-Policy': `${page.policy} ${frameAncestors(isEmbedPath(pagePath))};`,
            },
          });
        }
        await writeFile(path.join(outDir, '_headers'), formatHeadersFile(rules));
        logger.info(`CSP completed and _headers written for ${rules.length - 1} pages`);
      },
    },
  };
}
