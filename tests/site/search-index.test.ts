import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { contentPages } from '../support/dist';
import { siteBuilds } from '../support/site-builds';

it.each(siteBuilds.map((build) => [build.name, build] as const))(
  'the %s build ships a Dutch Pagefind index of every content page (embed pages left out)',
  (_name, build) => {
    const entryFile = path.join(build.outDir, 'pagefind', 'pagefind-entry.json');
    expect(existsSync(entryFile)).toBe(true);
    const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['nl']);
    // Embed pages repeat their instrument page without navigation: search leads to the full page.
    expect(entry.languages.nl.page_count).toBe(
      contentPages(build).filter((page) => !page.isEmbed).length,
    );
  },
);

it.each(siteBuilds.map((build) => [build.name, build] as const))(
  'the %s build keeps instrument screens and embed code out of the search index',
  (_name, build) => {
    const pages = contentPages(build).filter((page) => !page.isEmbed);
    const marked = pages.flatMap((page) =>
      [...page.document.querySelectorAll('.instrument, .embed-snippet')].map((el) => ({
        page: page.urlPath,
        ignored: el.getAttribute('data-pagefind-ignore'),
      })),
    );
    // Every instrument page has its instrument and, but for the ambition check in a chapter,
    // the embed code: each is left out of the index ("Mijn partner", "<iframe" in results).
    expect(marked.length).toBeGreaterThanOrEqual(8);
    expect(marked.filter((m) => m.ignored !== 'all')).toEqual([]);
  },
);
