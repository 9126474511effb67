// The trainers' page as a trainer uses it: printed on A4 as a script for the session, a link to
// one session plan that lands on it, and a prepared example that opens from the page.
import { expect, it } from 'vitest';
import { instruments } from '../../src/data/instruments';
import { expectScrolledTo } from './support/anchor-landing';
import type { PageProblems } from './support/browser';
import { readInventory, waitForMatrix } from './support/matrix-page';
import { paperProblems, printPdf } from './support/print-page';
import { openCleanPage, useBrowserAndSite } from './support/session';

const session = useBrowserAndSite();

const openTrainers = (hash = '') =>
  openCleanPage(session, new URL(`voor-trainers/${hash}`, session.site.url).href, (p) =>
    p.locator('main h1').waitFor(),
  );

const expectNoErrors = (problems: PageProblems) =>
  expect([...problems.pageErrors, ...problems.consoleErrors]).toEqual([]);

it('prints on A4 without navigation, with every table and address inside the text', async () => {
  const { page, problems } = await openTrainers();
  await page.emulateMedia({ media: 'print' });
  expect(await paperProblems(page)).toEqual({ fields: [], emptyHeadings: [] });
  for (const chrome of ['nav.sidebar', '.right-sidebar-container', 'site-search']) {
    expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
  }
  const pdf = await printPdf(page, 'voor-trainers');
  expect([pdf.magic, pdf.a4]).toEqual(['%PDF', true]);
  // Laid out as wide as the text on A4 (210 mm less 2 × 15 mm margin = 680 px): what sticks
  // out here would be cut off on paper.
  await page.setViewportSize({ width: 680, height: 1000 });
  const tooWide = await page.locator('main .sl-markdown-content').evaluate((main) => {
    const right = main.getBoundingClientRect().right + 1;
    return [...main.querySelectorAll('table, code, li, p')]
      .filter(
        (el) => el.getBoundingClientRect().right > right || el.scrollWidth > el.clientWidth + 1,
      )
      .map((el) => `${el.tagName.toLowerCase()}: ${el.textContent?.slice(0, 60)}`);
  });
  expect(tooWide).toEqual([]);
  // The session plans and the list of examples are on paper, not only on screen.
  for (const instrument of instruments) {
    const heading = page.getByRole('heading', { level: 3, name: instrument.name, exact: true });
    expect(await heading.isVisible()).toBe(true);
  }
  expect(await page.locator('.example-links li').first().isVisible()).toBe(true);
  expectNoErrors(problems);
});

// Courses link to these anchors: they stay as they are.
it.each([
  ['partnerschapscheck', 'Partnerschapscheck'],
  ['quickscan-samenwerkingsvermogen', 'Quickscan samenwerkingsvermogen'],
  ['partnermatrix', 'Partnermatrix'],
  ['ambitielijn-check', 'Ambitielijn-check'],
])('voor-trainers/#%s opens the page at the session plan “%s”', async (anchor, name) => {
  const { page, problems } = await openTrainers(`#${anchor}`);
  await expectScrolledTo(page.getByRole('heading', { level: 3, name, exact: true }));
  expectNoErrors(problems);
});

it('an example link on the page opens that example in the partner matrix', async () => {
  const { page, problems } = await openTrainers();
  await Promise.all([
    page.waitForURL(/\/instrumenten\/partnermatrix\//),
    page.locator('.example-links').getByRole('link', { name: 'X, Y en Z' }).click(),
  ]);
  await waitForMatrix(page);
  const names = (await readInventory(page)).map((row) => row[0]);
  expect(names).toEqual(['Partner X', 'Partner Y', 'Partner Z']);
  expectNoErrors(problems);
});
