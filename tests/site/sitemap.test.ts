import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { contentPages } from '../support/dist';
import { rootBuild } from '../support/site-builds';

it('the sitemap lists every page, and only pages that exist', () => {
  const index = readFileSync(path.join(rootBuild.outDir, 'sitemap-index.xml'), 'utf8');
  const sitemapFiles = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (m) => new URL(m[1]).pathname,
  );
  expect(sitemapFiles.length).toBeGreaterThan(0);
  const listed = sitemapFiles.flatMap((file) => {
    const xml = readFileSync(path.join(rootBuild.outDir, file), 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  });
  const expected = contentPages(rootBuild).map(
    (page) => new URL(page.urlPath, rootBuild.site).href,
  );
  expect([...listed].sort()).toEqual([...expected].sort());
});
