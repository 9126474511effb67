import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossary } from '../../src/data/glossary';
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

describe.each(siteBuilds.map((build) => [build.name, build] as const))(
  'the words readers use for a term, in the %s build',
  (_name, build) => {
    const page = (urlPath: string) => {
      const found = contentPages(build).find((p) => p.urlPath === urlPath);
      if (!found) throw new Error(`No page ${urlPath} in the ${build.name} build`);
      return found;
    };
    const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ') ?? '';

    it('stand in the glossary entry ("Ook wel: …")', () => {
      const glossaryPage = page(`${build.base}begrippen/`).document;
      const missing = glossary
        .filter((term) => term.synonyms.length > 0)
        .filter((term) => {
          const entry = text(glossaryPage.getElementById(term.id)?.nextElementSibling);
          return !entry.includes(`Ook wel: ${term.synonyms.join(', ')}`);
        })
        .map((term) => term.id);
      expect(missing).toEqual([]);
    });

    it('stand under the page that explains the term, with a link to its section', () => {
      const problems: string[] = [];
      for (const term of glossary) {
        if (!term.seeAlso) continue;
        const href = `${build.base}${term.seeAlso.href.replace(/^\//, '')}`;
        const list = page(href.replace(/#.*$/, '')).document.querySelector('.page-terms');
        const item = [...(list?.querySelectorAll('li') ?? [])].find(
          (li) =>
            li.querySelector('a')?.getAttribute('href') === href &&
            text(li.querySelector('a')) === term.term,
        );
        if (!item) problems.push(`${term.id}: not listed under ${href}`);
        else if (!term.synonyms.every((word) => text(item).includes(word))) {
          problems.push(`${term.id}: "${text(item)}" lacks a word of ${term.synonyms.join(', ')}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('are indexed: the list is not left out of the search index', () => {
      const lists = contentPages(build).flatMap((p) => [
        ...p.document.querySelectorAll('.page-terms, dl.glossary'),
      ]);
      expect(lists.length).toBeGreaterThan(5);
      expect(lists.filter((el) => el.closest('[data-pagefind-ignore]'))).toEqual([]);
      expect(lists.filter((el) => !el.closest('[data-pagefind-body]'))).toEqual([]);
    });
  },
);
