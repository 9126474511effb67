// The trainers' page as a trainer uses it: printed on A4 as a script for the session, a link to
// one session plan that lands on it, and a prepared example that opens from the page.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { instruments } from '../../src/data/instruments';
import type { PageProblems } from './support/browser';
import { readInventory, waitForMatrix } from './support/matrix-page';
import { paperProblems, printPdf } from './support/print-page';
import { openCleanPage, useBrowserAndSite } from './support/session';

const session = useBrowserAndSite();
const url = (pathAndHash: string) => new URL(pathAndHash, session.site.url).href;
let page: Page;
let problems: PageProblems;

afterEach(async () => {
  expect(problems.pageErrors).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
});

const openTrainers = (hash = '') =>
  openCleanPage(session, url(`voor-trainers/${hash}`), (p) => p.locator('main h1').waitFor());

describe('on paper', () => {
  it('prints on A4 without navigation, with every table and address inside the page', async () => {
    ({ page, problems } = await openTrainers());
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
    const content = page.locator('main .sl-markdown-content');
    const tooWide = await content.evaluate((main) => {
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
      expect(
        await page
          .getByRole('heading', { level: 3, name: instrument.name, exact: true })
          .isVisible(),
      ).toBe(true);
    }
    expect(await page.locator('.example-links li').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('links a trainer puts in course material', () => {
  // Courses link to these anchors: they stay as they are.
  it.each([
    ['partnerschapscheck', 'Partnerschapscheck'],
    ['quickscan-samenwerkingsvermogen', 'Quickscan samenwerkingsvermogen'],
    ['partnermatrix', 'Partnermatrix'],
    ['ambitielijn-check', 'Ambitielijn-check'],
  ])('voor-trainers/#%s opens the page at the session plan “%s”', async (anchor, name) => {
    ({ page, problems } = await openTrainers(`#${anchor}`));
    const heading = page.getByRole('heading', { level: 3, name, exact: true });
    const box = await heading.evaluate((el) => ({
      top: el.getBoundingClientRect().top,
      scrollY: window.scrollY,
      viewport: window.innerHeight,
    }));
    expect(box.scrollY).toBeGreaterThan(0);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeLessThan(box.viewport / 3);
  });

  it('an example link on the page opens that example in the partner matrix', async () => {
    ({ page, problems } = await openTrainers());
    await Promise.all([
      page.waitForURL(/\/instrumenten\/partnermatrix\//),
      page.locator('.example-links').getByRole('link', { name: 'X, Y en Z' }).click(),
    ]);
    await waitForMatrix(page);
    const names = (await readInventory(page)).map((row) => row[0]);
    expect(names).toEqual(['Partner X', 'Partner Y', 'Partner Z']);
  });
});
