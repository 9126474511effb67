import { fullPagePath } from '../../src/lib/site/embed';
import { describe, expect, it } from 'vitest';
import { contentPages, builtPages } from '../support/dist';
import { rootBuild } from '../support/site-builds';

describe('every built page has what a reader, a search engine and a screen reader need', () => {
  const pages = builtPages(rootBuild).filter((page) => !page.isRedirect);

  it('finds the pages', () => {
    expect(contentPages(rootBuild).map((page) => page.urlPath)).toContain('/over/');
  });

  it.each(pages.map((page) => [page.urlPath, page] as const))('%s', (_path, page) => {
    const doc = page.document;
    expect(doc.documentElement.getAttribute('lang')).toBe('nl');
    expect(doc.title.trim().length).toBeGreaterThan(0);
    expect(
      doc.querySelector('meta[name="description"]')?.getAttribute('content')?.trim(),
    ).toBeTruthy();
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    if (page.is404) {
      expect(canonical).toBeTruthy();
    } else if (page.isEmbed) {
      // An embedded instrument names its full page as the one to index.
      expect(canonical).toBe(new URL(fullPagePath(page.urlPath), rootBuild.site).href);
    } else {
      expect(canonical).toBe(new URL(page.urlPath, rootBuild.site).href);
    }
  });
});
