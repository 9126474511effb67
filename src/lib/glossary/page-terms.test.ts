import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '../../data/glossary';
import { termsExplainedOn } from './page-terms';

const term = (id: string, href: string | null): GlossaryTerm => ({
  id,
  term: id,
  definition: `${id} uitgelegd`,
  synonyms: [],
  seeAlso: href ? { label: id, href } : null,
});

describe('termsExplainedOn', () => {
  const glossary = [
    term('ambitielijn', '/partnerstrategie/invloed-en-afhankelijkheid/#de-ambitielijn'),
    term('convenant', '/partnerstrategie/voorbeelden/#bibliotheken'),
    term('invloed', '/partnerstrategie/invloed-en-afhankelijkheid/'),
    term('los', null),
    term('stappen', '/partnerstrategie/'),
  ];

  it('gives the terms whose link points to the page, anchor or not, in glossary order', () => {
    expect(
      termsExplainedOn('/partnerstrategie/invloed-en-afhankelijkheid/', glossary).map((t) => t.id),
    ).toEqual(['ambitielijn', 'invloed']);
  });

  it('does not count a page under the path, or a term without a link', () => {
    expect(termsExplainedOn('/partnerstrategie/', glossary).map((t) => t.id)).toEqual(['stappen']);
    expect(termsExplainedOn('/over/', glossary)).toEqual([]);
  });
});
