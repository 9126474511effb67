/**
 * Which glossary terms a page explains: the terms whose "see also" link points to that page.
 * The page lists them at its foot with the reader's own words for them (synonyms), so that
 * search finds the page that explains a term, also by a word the page itself does not use.
 */
import type { GlossaryTerm } from '../../data/glossary';

/** The page part of a root-relative link: '/a/b/#c' → '/a/b/'. */
function pageOf(href: string): string {
  return href.replace(/[#?].*$/, '');
}

/** A term with the place that explains it. */
export type ExplainedTerm = GlossaryTerm & { seeAlso: NonNullable<GlossaryTerm['seeAlso']> };

/** The terms explained on `pagePath` (root-relative, without the site's base), in glossary order. */
export function termsExplainedOn(
  pagePath: string,
  glossary: readonly GlossaryTerm[],
): ExplainedTerm[] {
  return glossary.filter(
    (term): term is ExplainedTerm =>
      term.seeAlso !== null && pageOf(term.seeAlso.href) === pagePath,
  );
}
