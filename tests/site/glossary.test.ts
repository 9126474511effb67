import { describe, expect, it } from 'vitest';
import { glossary } from '../../src/data/glossary';
import { builtPages, contentPages, resolveInDist, type BuiltPage } from '../support/dist';
import { siteBuilds, type SiteBuild } from '../support/site-builds';

// The glossary (src/data/glossary.ts) is rendered on /begrippen/ as a <dl>; each <dt> carries
// the term's id, and chapters link the first use of a term to /begrippen/#<id>. Courses link
// to those anchors too, so every term must keep its entry and every link must land on one.

const origin = 'http://site.test';
const glossaryIds = new Set(glossary.map((term) => term.id));

function glossaryPage(build: SiteBuild): BuiltPage {
  const page = builtPages(build).find(
    (candidate) => candidate.urlPath === `${build.base}begrippen/`,
  );
  if (!page) throw new Error(`No /begrippen/ page in the ${build.name} build`);
  return page;
}

interface GlossaryLink {
  from: string;
  href: string;
  id: string;
}

/** Every link on the site whose target is the glossary page, with the fragment it points to. */
function linksToGlossary(build: SiteBuild): GlossaryLink[] {
  const glossaryPath = `${build.base}begrippen/`;
  return builtPages(build).flatMap((page) =>
    [...page.document.querySelectorAll('a[href]')].flatMap((el) => {
      const href = el.getAttribute('href')!;
      const target = new URL(href, origin + page.urlPath);
      if (target.origin !== origin || target.pathname !== glossaryPath) return [];
      return [{ from: page.urlPath, href, id: decodeURIComponent(target.hash.slice(1)) }];
    }),
  );
}

describe('the glossary data', () => {
  it('has at least 30 terms', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(30);
  });

  it('gives every term a unique kebab-case ASCII id', () => {
    expect(glossary.filter((term) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(term.id))).toEqual([]);
    expect(glossaryIds.size).toBe(glossary.length);
  });

  it('is sorted alphabetically in Dutch', () => {
    const collator = new Intl.Collator('nl');
    const terms = glossary.map((term) => term.term);
    expect(terms).toEqual([...terms].sort(collator.compare));
  });

  it('gives every term a definition and a root-relative "see also" link or none', () => {
    for (const term of glossary) {
      expect(term.term.trim(), term.id).not.toBe('');
      expect(term.definition.trim(), term.id).not.toBe('');
      if (term.seeAlso) {
        expect(term.seeAlso.label.trim(), term.id).not.toBe('');
        expect(term.seeAlso.href, term.id).toMatch(/^\/[^/]/);
      }
    }
  });
});

describe.each(siteBuilds.map((build) => [build.name, build] as const))(
  'the glossary in the %s build',
  (_name, build) => {
    it('has an entry with its id on /begrippen/ for every term', () => {
      const document = glossaryPage(build).document;
      const missing = glossary
        .filter((term) => document.getElementById(term.id)?.tagName.toLowerCase() !== 'dt')
        .map((term) => term.id);
      expect(missing).toEqual([]);
    });

    it('shows the term itself in each entry', () => {
      const document = glossaryPage(build).document;
      const wrong = glossary
        .filter((term) => document.getElementById(term.id)?.textContent?.trim() !== term.term)
        .map((term) => term.id);
      expect(wrong).toEqual([]);
    });

    it('sends every "see also" link to a page and anchor that exist', () => {
      const page = glossaryPage(build);
      const problems: string[] = [];
      for (const term of glossary) {
        if (!term.seeAlso) continue;
        const expected = `${build.base}${term.seeAlso.href.replace(/^\//, '')}`;
        const linked = [...page.document.querySelectorAll('a[href]')].some(
          (el) => el.getAttribute('href') === expected,
        );
        if (!linked) {
          problems.push(`${term.id}: no link to ${expected}`);
          continue;
        }
        const target = new URL(expected, origin);
        const file = resolveInDist(build, target.pathname);
        const fragment = decodeURIComponent(target.hash.slice(1));
        const targetPage = file ? builtPages(build).find((p) => p.file === file) : undefined;
        if (!targetPage) problems.push(`${term.id}: ${expected} does not resolve`);
        else if (fragment && !targetPage.document.getElementById(fragment)) {
          problems.push(`${term.id}: ${expected} points to a missing anchor`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('lets every link to /begrippen/#… land on an existing entry', () => {
      const document = glossaryPage(build).document;
      // Links on /begrippen/ itself are its table of contents (headings, "_top"); the general
      // link test checks those anchors. Here: every other page's links into the glossary.
      const links = linksToGlossary(build).filter(
        (link) => link.id !== '' && link.from !== glossaryPage(build).urlPath,
      );
      expect(links.length).toBeGreaterThan(0);
      const broken = links
        .filter((link) => !glossaryIds.has(link.id) || !document.getElementById(link.id))
        .map((link) => `${link.from}: ${link.href}`);
      expect(broken).toEqual([]);
    });

    it('is linked from at least one chapter under /partnerstrategie/', () => {
      const chapterPrefix = `${build.base}partnerstrategie/`;
      const chapters = contentPages(build).filter((page) => page.urlPath.startsWith(chapterPrefix));
      expect(chapters.length).toBeGreaterThan(0);
      const linking = new Set(
        linksToGlossary(build)
          .filter((link) => link.id !== '' && link.from.startsWith(chapterPrefix))
          .map((link) => link.from),
      );
      expect(linking.size).toBeGreaterThan(0);
    });
  },
);
