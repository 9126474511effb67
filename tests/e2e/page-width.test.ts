// No page is wider than the screen: every published page and the partner matrix with 0, 8 and
// 50 partners, at 320, 375, 768 and 1366 px. On a phone every control of the matrix is at least
// 24 × 24 px (WCAG 2.5.8), and each partner is a card rather than a row that runs off screen.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFragment, encodeSharePayload } from '../../src/lib/instrument-kit/share-link';
import { axeViolations } from './support/axe';
import { waitForMatrix } from './support/matrix-page';
import { overflow, READER_WIDTHS, smallControls } from './support/page-width';
import { clearSiteData, useBrowserAndSite } from './support/session';

const session = useBrowserAndSite();
let page: Page;
beforeAll(async () => {
  page = await session.browser.context.newPage();
});
afterAll(async () => {
  await page.close();
});

const publishedPaths = readFileSync('tests/published-urls.txt', 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line.startsWith('/'));

const open = async (path: string, hash = '') => {
  await page.goto(new URL(`${path.slice(1)}${hash}`, session.site.url).href);
  await page.waitForLoadState('networkidle');
  // Instruments count as they look once running: scroll each into view (some start only then)
  // and wait until every island has started and has loaded the reader's work.
  for (const instrument of await page.locator('.instrument').all()) {
    await instrument.scrollIntoViewIfNeeded();
  }
  await page.waitForFunction(
    () =>
      !document.querySelector('astro-island[ssr]') &&
      !document.querySelector('.instrument[data-save-status]:is(:not([data-ready]), [data-busy])'),
  );
};

/** A matrix as a reader fills it: three goals, long names and notes, some wanted positions. */
function filledMatrix(count: number) {
  const goals = [
    { id: 'g1', name: 'Gelijke kansen voor alle kinderen in de gemeente', urgency: 'hoog' },
    { id: 'g2', name: 'Gezonde leefomgeving', urgency: 'middel' },
    { id: 'g3', name: 'Schone lucht', urgency: 'laag' },
  ];
  const relations = ['subsidie', 'opdracht', 'bestuurlijke-afspraken', 'anders'];
  const partners = Array.from({ length: count }, (_, i) => ({
    id: `p${i}`,
    name:
      i % 4 === 0
        ? `Stichting Maatschappelijke Dienstverlening en Welzijn Rivierenland ${i + 1}`
        : i % 4 === 1
          ? `Onderwijsbegeleidingsdienstenorganisatie${i + 1}`
          : `Partner ${i + 1}`,
    goalId: goals[i % 3].id,
    relation: relations[i % 4],
    influence: (i * 3) % 11,
    dependency: (i * 7) % 11,
    target: i % 3 === 0 ? { influence: 9, dependency: 4 } : null,
    notes: i % 2 ? 'Jaarlijkse subsidie; gesprek over resultaten in het voorjaar.' : '',
  }));
  return { v: 1, goals, partners, ambition: { atNoDependency: 2, atFullDependency: 8 } };
}

/** The partner matrix on a first visit, filled with `count` partners through a share link. */
async function openMatrix(count: number) {
  const hash =
    count === 0 ? '' : buildFragment({ data: await encodeSharePayload(filledMatrix(count)) });
  await clearSiteData(page, session.site.origin);
  await page.goto('about:blank');
  await page.goto(new URL(`instrumenten/partnermatrix/${hash}`, session.site.url).href);
  await waitForMatrix(page);
}

describe.each(READER_WIDTHS)('at %i px wide', (width) => {
  beforeAll(async () => {
    await page.setViewportSize({ width, height: 800 });
  });

  it.each(publishedPaths)('%s fits the screen', async (path) => {
    await open(path);
    const { extra, culprits } = await overflow(page);
    expect(culprits).toEqual([]);
    expect(extra).toBe(0);
  });

  it.each([0, 8, 50])('the partner matrix with %i partners fits the screen', async (count) => {
    await openMatrix(count);
    expect(await page.locator('[data-partner-id]').count()).toBe(count);
    const { extra, culprits } = await overflow(page);
    expect(culprits).toEqual([]);
    expect(extra).toBe(0);
    // The search and menu stay on the screen.
    const search = await page.locator('site-search button, starlight-menu-button button').all();
    for (const button of search) {
      if (!(await button.isVisible())) continue;
      const box = (await button.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    }
  });
});

describe('the partner matrix on a 375 px phone', () => {
  beforeAll(async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await openMatrix(8);
  });

  it('has every control at least 24 × 24 px', async () => {
    expect(await smallControls(page, 'body')).toEqual([]);
    expect((await axeViolations(page)).filter((v) => v.startsWith('target-size'))).toEqual([]);
  });

  it('on a touch screen has every control of the matrix at least 44 × 44 px', async () => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    try {
      await page.reload();
      await waitForMatrix(page);
      expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
      const small = await page.$$eval(
        '.instrument :is(button, select, input:not([type=radio], [type=checkbox]), summary)',
        (controls) =>
          controls.flatMap((el) => {
            const box = el.getBoundingClientRect();
            if (box.width === 0 || el.closest('.sr-only') || (box.width >= 44 && box.height >= 44))
              return [];
            return [
              `${el.getAttribute('aria-label') ?? el.textContent}: ${box.width} × ${box.height}`,
            ];
          }),
      );
      expect(small).toEqual([]);
      expect((await overflow(page)).extra).toBe(0);
    } finally {
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
      await cdp.detach();
      await page.reload();
      await waitForMatrix(page);
    }
  });

  it('shows each partner as a card with all its fields in the width of the screen', async () => {
    const card = page.locator('[data-partner-id]').first();
    const cardBox = (await card.boundingBox())!;
    expect(cardBox.width).toBeLessThanOrEqual(375);
    for (const label of [
      'Naam van partner 1',
      /^Doel van /,
      /^Vorm van de relatie met /,
      /^Invloed van /,
      /^Afhankelijkheid van /,
      /^Opmerkingen bij /,
      / verwijderen$/,
    ]) {
      const control = card.getByLabel(label).first();
      const box = (await control.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(cardBox.x - 1);
      expect(box.x + box.width).toBeLessThanOrEqual(cardBox.x + cardBox.width + 1);
      // Each field says what it is, in view: the column heading is not there on a phone.
      expect(await control.isVisible()).toBe(true);
    }
    const heights = await page
      .locator('[data-partner-id]')
      .evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().height));
    // Cards stack: the second starts below the first.
    const tops = await page
      .locator('[data-partner-id]')
      .evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().top));
    expect(tops[1]).toBeGreaterThanOrEqual(tops[0] + heights[0] - 1);
  });
});

describe('the partner matrix on a 1366 px laptop', () => {
  it('keeps the chart next to the score fields, in view while the reader types scores', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await openMatrix(50);
    for (const name of ['Partner 3', 'Partner 39']) {
      const field = page.getByLabel(`Invloed van ${name}`, { exact: true });
      await field.focus();
      const score = (await field.boundingBox())!;
      const chart = (await page.locator('.matrix-chart').boundingBox())!;
      expect(chart.x).toBeGreaterThanOrEqual(score.x + score.width);
      // The chart is on screen beside the field, also far down the list.
      expect(chart.y).toBeGreaterThanOrEqual(0);
      expect(chart.y + chart.height / 2).toBeLessThanOrEqual(900);
    }
  });
});
