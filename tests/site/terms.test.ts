import { describe, expect, it } from 'vitest';
import { contentPages, type BuiltPage } from '../support/dist';
import { rootBuild } from '../support/site-builds';

// One word for one thing (issue 15). Each rule names the term the site uses and the variants
// that crept in before; a variant on any built page (chapter, instrument, glossary, metadata)
// fails with the page and the words around it. Generic uses stay allowed: "twee voorwaarden
// voor een goed gesprek" is the column's own word, only the model's twelve are "condities".
const rules: { use: string; banned: RegExp }[] = [
  {
    use: 'de twaalf condities (van het Partnership Capability Model)',
    banned:
      /\btwaalf voorwaarden\b|\bper voorwaarde\b|\bvoorwaarden? van het Partnership Capability Model/giu,
  },
  {
    use: 'Partnershipambitie en -strategie (domein 2)',
    banned:
      /\bpartnership[ -]?ambitie (?:en|&) strategie\b|\bambitie en strategie voor partnerships\b/giu,
  },
  {
    use: 'Partnerships Resource Centre',
    banned: /\bPartnership Resource Cent(?:re|er)\b|\bPartnerships Resource Center\b/gu,
  },
  {
    use: 'vier organisaties (PSO, ICCO, CDI, Partnerships Resource Centre)',
    banned: /\bvier kennisorganisaties\b/giu,
  },
];

/** What a reader sees: body text without scripts and styles, plus title and description. */
function readableText(page: BuiltPage): string {
  const body = page.document.body.cloneNode(true) as HTMLElement;
  body.querySelectorAll('script, style, template').forEach((el) => el.remove());
  const meta = page.document.querySelector('meta[name="description"]')?.getAttribute('content');
  return [page.document.title, meta ?? '', body.textContent ?? ''].join('\n').replace(/\s+/g, ' ');
}

function variantsOn(page: BuiltPage): string[] {
  const text = readableText(page);
  return rules.flatMap(({ use, banned }) =>
    [...text.matchAll(banned)].map((match) => {
      const around = text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40);
      return `${page.urlPath}: “${match[0]}” (use ${use}) in …${around}…`;
    }),
  );
}

describe('the site keeps its chosen terms', () => {
  it('every rule catches the variant it is written for', () => {
    const samples = [
      'de twaalf voorwaarden',
      'Partnership ambitie & strategie',
      'het Partnership Resource Center',
      'vier kennisorganisaties',
    ];
    samples.forEach((sample, i) =>
      expect(sample).toMatch(new RegExp(rules[i].banned.source, 'iu')),
    );
    expect('Partnerships Resource Centre').not.toMatch(new RegExp(rules[2].banned.source, 'u'));
    expect('twee voorwaarden voor een goed gesprek').not.toMatch(
      new RegExp(rules[0].banned.source, 'iu'),
    );
  });

  it('no built page uses a banned variant', () => {
    const pages = contentPages(rootBuild);
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.flatMap(variantsOn)).toEqual([]);
  });
});
