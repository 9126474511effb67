// The service worker of each build keeps everything a reader needs offline: every page (embed
// pages and the 404 page too), every file those pages load, and the whole Pagefind index, each
// under the URL the host serves it (base included); nothing that does not exist, and neither
// itself nor _headers. Every page loads the small module that registers it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, resolveInDist } from '../support/dist';
import { siteBuilds } from '../support/site-builds';

describe.each(siteBuilds.map((build) => [build.name, build] as const))(
  'the service worker of the %s build',
  (_name, build) => {
    const script = readFileSync(path.join(build.outDir, 'sw.js'), 'utf8');
    const manifest = JSON.parse(/^const PRECACHE = (.*);$/m.exec(script)?.[1] ?? 'null') as {
      version: string;
      urls: string[];
    };
    const precached = new Set(manifest.urls.map((url) => build.base + url));
    const pages = builtPages(build);

    it('has a version made from the files', () => {
      expect(manifest.version).toMatch(/^[0-9a-f]{16}$/);
    });

    it('keeps every page, the 404 page and the embedded instruments included', () => {
      expect(pages.filter((page) => page.is404 || page.isEmbed).length).toBeGreaterThan(1);
      expect(pages.map((page) => page.urlPath).filter((url) => !precached.has(url))).toEqual([]);
    });

    it('keeps every script, style sheet, icon and image the pages load', () => {
      const selector =
        'script[src], link[href]:not([rel="canonical"]):not([rel="sitemap"]), img[src]';
      const missing = new Set<string>();
      let count = 0;
      for (const page of pages) {
        for (const element of page.document.querySelectorAll(selector)) {
          const reference = element.getAttribute('src') ?? element.getAttribute('href')!;
          const url = new URL(reference, `http://site${page.urlPath}`);
          if (url.host !== 'site' || !url.pathname.startsWith(build.base)) continue;
          count += 1;
          if (!precached.has(url.pathname)) missing.add(`${page.urlPath}: ${url.pathname}`);
        }
      }
      expect(count).toBeGreaterThan(pages.length);
      expect([...missing]).toEqual([]);
    });

    it('keeps the whole search index and what search loads', () => {
      const index = (folder: string) =>
        readdirSync(path.join(build.outDir, 'pagefind', folder)).map(
          (file) => `${build.base}pagefind/${folder}/${file}`,
        );
      const needed = [
        ...index('fragment'),
        ...index('index'),
        ...readdirSync(path.join(build.outDir, 'pagefind'))
          .filter((file) =>
            /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json)$|\.pf_meta$|^wasm\./.test(
              file,
            ),
          )
          .map((file) => `${build.base}pagefind/${file}`),
      ];
      expect(needed.length).toBeGreaterThan(6);
      expect(needed.filter((url) => !precached.has(url))).toEqual([]);
    });

    it('lists only files that exist, never itself or _headers', () => {
      expect([...precached].filter((url) => !resolveInDist(build, url))).toEqual([]);
      expect(precached.has(`${build.base}sw.js`)).toBe(false);
      expect(precached.has(`${build.base}_headers`)).toBe(false);
    });

    it('is registered from every page', () => {
      const registers = (file: string) =>
        /serviceWorker\.register\(/.test(readFileSync(file, 'utf8'));
      for (const page of pages) {
        const modules = [...page.document.querySelectorAll('script[type="module"][src]')].map(
          (element) => resolveInDist(build, element.getAttribute('src')!),
        );
        expect(
          modules.some((file) => file && registers(file)),
          `${page.urlPath} does not load the registration`,
        ).toBe(true);
      }
    });
  },
);
