import { expect, it } from 'vitest';
import { expectScrolledTo } from './support/anchor-landing';
import { useBrowserAndSite } from './support/session';

const session = useBrowserAndSite();

it('a link to a heading opens the page scrolled to that section', async () => {
  const page = await session.browser.context.newPage();
  await page.goto(new URL('over/#zo-link-je-naar-een-onderdeel', session.site.url).href);
  const heading = page.locator('#zo-link-je-naar-een-onderdeel');
  await expect(heading.textContent()).resolves.toBe('Zo link je naar een onderdeel');
  await expectScrolledTo(heading);
  await page.close();
});

// A heading that got a clearer name keeps its old anchor (AnchorAlias): a course link made
// before the rename still opens the page at that section, with the heading in view.
it.each([
  ['partnership-broker/#de-broker-als-strategisch-adviseur', 'Haar rol bij het PPPLab'],
  ['samenwerkingsvermogen/#partnershipambitie-en-strategie', 'Partnershipambitie en -strategie'],
])('the old anchor %s still lands on “%s”', async (link, headingText) => {
  const page = await session.browser.context.newPage();
  await page.goto(new URL(link, session.site.url).href);
  await expectScrolledTo(page.getByRole('heading', { name: headingText, exact: true }));
  await page.close();
});
