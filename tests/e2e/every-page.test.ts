// Every page in the sitemap (and the 404 page), in light and dark mode: axe finds nothing,
// nothing is requested from another origin, and no error reaches the console.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from './support/session';
import { rootBuild } from '../support/site-builds';
import { watchPage } from './support/browser';

function sitemapPaths(): string[] {
  const dist = rootBuild.outDir;
  const index = readFileSync(path.join(dist, 'sitemap-index.xml'), 'utf8');
  return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap(([, sitemapUrl]) => {
    const xml = readFileSync(path.join(dist, new URL(sitemapUrl).pathname), 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url).pathname);
  });
}

const paths = [...sitemapPaths(), '/404.html'];
const AXE_TAGS = ['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

const session = useBrowserAndSite();

describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
  it.each(paths)('%s', async (urlPath) => {
    const page = await session.browser.context.newPage();
    await page.emulateMedia({ colorScheme });
    const problems = watchPage(page, session.site.origin);
    const response = await page.goto(new URL(urlPath.slice(1), session.site.url).href, {
      waitUntil: 'networkidle',
    });
    expect(response?.status()).toBe(200);
    const results = await new AxeBuilder({ page })
      .withTags(AXE_TAGS)
      // An experimental rule that axe leaves off by default; we want it (WCAG 2.5.3).
      .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
      .analyze();
    const violations = results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
    expect(violations).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await page.close();
  });
});
