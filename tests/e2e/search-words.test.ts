import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowserAndSite } from './support/session';

// A reader searches with their own word, which is often not the word a chapter uses ("kwadrant"
// for the schema, "makelaar" for the broker). The glossary gives each term those words, and the
// page that explains the term lists them ("Begrippen op deze pagina"). These are the real search
// dialog, the real index of the built site and Starlight's ranking: the first result must be the
// page that explains the word.
const readerWords: [query: string, page: string][] = [
  ['kwadrant', '/partnerstrategie/invloed-en-afhankelijkheid/'],
  ['schema', '/partnerstrategie/invloed-en-afhankelijkheid/'],
  ['matrix', '/partnerstrategie/invloed-en-afhankelijkheid/'],
  ['assenkruis', '/partnerstrategie/invloed-en-afhankelijkheid/'],
  ['Kraljic', '/partnerstrategie/invloed-en-afhankelijkheid/'],
  ['dwangsom', '/partnerstrategie/voorbeelden/'],
  ['convenant', '/partnerstrategie/voorbeelden/'],
  ['partner X', '/partnerstrategie/voorbeelden/'],
  ['subsidie', '/partnerstrategie/stappenplan/'],
  ['accounthouder', '/partnerstrategie/stappenplan/'],
  ['accountmanager', '/partnerstrategie/stappenplan/'],
  ['contractmanager', '/partnerstrategie/stappenplan/'],
  ['tender', '/partnerstrategie/stappenplan/'],
  ['coalitie', '/partnerstrategie/'],
  ['broker', '/partnership-broker/'],
  ['makelaar', '/partnership-broker/'],
  ['pps', '/partnership-broker/'],
  ['sponsoring', '/partnership-broker/'],
  ['samenwerkingsvermogen', '/samenwerkingsvermogen/'],
  ['vertrouwen', '/samenwerkingsvermogen/'],
  ['stakeholder', '/samenwerkingsvermogen/'],
  ['condities', '/samenwerkingsvermogen/'],
  ['quickscan', '/instrumenten/quickscan-samenwerkingsvermogen/'],
  ['veranderingstheorie', '/vijf-inzichten/'],
  ['CSO', '/vijf-inzichten/'],
  ['misverstand', '/spraakverwarring/'],
];

const session = useBrowserAndSite();

describe('search finds the page that explains a reader’s own word', () => {
  let page: Page;
  beforeAll(async () => {
    page = await session.browser.context.newPage();
    await page.goto(session.site.url);
    await page.getByRole('button', { name: 'Zoeken Ctrl K' }).click();
    await page.locator('.pagefind-ui__search-input').waitFor();
  });
  afterAll(async () => {
    await page?.close();
  });

  /** The paths of the results the dialog shows for `query`, once it shows them for that query. */
  async function resultsFor(query: string): Promise<string[]> {
    const field = page.locator('.pagefind-ui__search-input');
    // An empty field first: no list of the word before can stay on screen.
    await field.fill('');
    await page.locator('.pagefind-ui__result').first().waitFor({ state: 'detached' });
    await field.fill(query);
    // The message names the query it belongs to ("3 resultaten voor kwadrant").
    await page
      .locator('.pagefind-ui__message')
      .filter({ hasText: new RegExp(`voor ${query}$`) })
      .waitFor({ timeout: 10_000 });
    // Each result shows its link once its page data has loaded.
    await page.waitForFunction(() => {
      const results = [...document.querySelectorAll('.pagefind-ui__result')];
      return (
        results.length > 0 && results.every((r) => r.querySelector('.pagefind-ui__result-link'))
      );
    });
    return await page
      .locator(
        '.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link',
      )
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  }

  it.each(readerWords)('“%s” gives %s first', async (query, path) => {
    const results = await resultsFor(query);
    expect(results[0]).toBe(path);
  });

  it('lists the glossary entry too', async () => {
    // "kwadrant" stands in the glossary entry and under the chapter: both are found.
    expect(await resultsFor('kwadrant')).toContain('/begrippen/');
  });
});
