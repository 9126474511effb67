// The charts of the four instruments as a reader sees them on a phone and a laptop, in light
// and dark: text large enough to read, points large enough to touch, nothing axe objects to,
// and exports that carry the title and every full name. Real Chromium, built site.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { toJsonExport } from '../../src/lib/instrument-kit/json-export';
import { CROWDED_GOAL, CROWDED_NAMES, crowdedMatrix } from '../support/crowded-matrix';
import { axeViolations } from './support/axe';
import { watchPage } from './support/browser';
import { waitForMatrix } from './support/matrix-page';
import { answerPartByKeyboard, nextPart, waitForQuestionnaire } from './support/questionnaire-page';
import { clearSiteData, useBrowserAndSite } from './support/session';

const session = useBrowserAndSite();

const NAMES = CROWDED_NAMES;
const GOAL = CROWDED_GOAL;
const TITLE = 'Strategie jeugd 2027';

type Instrument = 'partnermatrix' | 'ambitielijn' | 'quickscan' | 'partnerschapscheck';
const INSTRUMENTS: Instrument[] = [
  'partnermatrix',
  'ambitielijn',
  'quickscan',
  'partnerschapscheck',
];
const PATHS: Record<Instrument, string> = {
  partnermatrix: 'instrumenten/partnermatrix/',
  ambitielijn: 'instrumenten/ambitielijn/',
  quickscan: 'instrumenten/quickscan-samenwerkingsvermogen/',
  partnerschapscheck: 'instrumenten/partnerschapscheck/',
};

/** Answers every part (3 = neutral) until the results, which hold the chart. */
async function answerToResults(page: Page) {
  for (let part = 0; part < 12; part++) {
    await answerPartByKeyboard(page, () => 2);
    if ((await page.getByRole('button', { name: 'Naar het resultaat' }).count()) > 0) {
      await nextPart(page, 'Naar het resultaat');
      return;
    }
    await nextPart(page, 'Volgend onderdeel');
  }
}

const seen = new Map<Page, string[]>();

/** Closes a page after checking that it threw no error. */
async function done(page: Page) {
  expect(seen.get(page)).toEqual([]);
  await page.close();
}

/** A fresh page at `width` px in `theme`, on `instrument` with its chart shown. */
async function openWithChart(
  width: number,
  instrument: Instrument,
  theme: 'light' | 'dark' = 'light',
): Promise<Page> {
  for (const open of session.browser.context.pages()) await open.close();
  const page = await session.browser.context.newPage();
  const problems = watchPage(page, session.site.origin);
  seen.set(page, problems.pageErrors);
  await page.setViewportSize({ width, height: 900 });
  await clearSiteData(page, session.site.origin);
  await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
  await page.goto(new URL(PATHS[instrument], session.site.url).href);
  if (instrument === 'partnermatrix') {
    await waitForMatrix(page);
    await page.setInputFiles('input[aria-label="Bestand om te importeren"]', {
      name: `${TITLE}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(toJsonExport('partnermatrix', 1, crowdedMatrix())),
    });
    await expect.poll(() => page.locator('svg.matrix-chart .matrix-chart__point').count()).toBe(8);
    await page.locator('.partner-matrix[data-ready]:not([data-busy])').waitFor();
  } else if (instrument === 'ambitielijn') {
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
    await page.getByLabel('Naam van de partner').fill(NAMES[0]);
  } else {
    await waitForQuestionnaire(page);
    await answerToResults(page);
  }
  const chart = page.locator('svg.chart').first();
  await chart.waitFor();
  await chart.scrollIntoViewIfNeeded();
  // The chart lays itself out for its width once it has measured it (a frame after showing).
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  return page;
}

/** Every visible text of every chart: its size on screen in px, and its words. */
function chartTexts(page: Page) {
  return page.$$eval('svg.chart', (charts) =>
    charts.flatMap((svg) => {
      const box = svg.getBoundingClientRect();
      if (box.width === 0) return [];
      const scale = box.width / (svg as SVGSVGElement).viewBox.baseVal.width;
      return [...svg.querySelectorAll('text')]
        .filter((text) => text.getBoundingClientRect().height > 0)
        .map((text) => ({
          text: text.textContent ?? '',
          px: parseFloat(getComputedStyle(text).fontSize) * scale,
        }));
    }),
  );
}

describe.each([375, 1366])('at %i px', (width) => {
  it.each(INSTRUMENTS)('%s: every chart text is 12 px or more on screen', async (instrument) => {
    const page = await openWithChart(width, instrument);
    const texts = await chartTexts(page);
    expect(texts.length).toBeGreaterThan(10);
    const small = texts.filter((t) => t.px < 11.95).map((t) => `${t.text} (${t.px.toFixed(1)} px)`);
    expect(small).toEqual([]);
    // The page is not wider than the screen because of a chart.
    const chartRight = await page.$$eval('svg.chart', (charts) =>
      Math.max(...charts.map((c) => c.getBoundingClientRect().right)),
    );
    expect(chartRight).toBeLessThanOrEqual(width);
    await done(page);
  });

  it('partner matrix: every point takes a press of 24 × 24 px and names are never cut', async () => {
    const page = await openWithChart(width, 'partnermatrix');
    const points = page.locator('svg.matrix-chart .matrix-chart__point');
    for (let i = 0; i < (await points.count()); i++) {
      const box = (await points.nth(i).boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    }
    const handle = (await page.locator('.matrix-chart__handle').boundingBox())!;
    expect(Math.min(handle.width, handle.height)).toBeGreaterThanOrEqual(24);
    const words = (await chartTexts(page)).map((t) => t.text).join(' ');
    expect(words).not.toContain('…');
    for (const name of NAMES) for (const word of name.split(' ')) expect(words).toContain(word);
    // The full names also stand in each point's accessible name.
    const labels = await points.evaluateAll((els) =>
      els.map((el) => el.getAttribute('aria-label')),
    );
    for (const name of NAMES)
      expect(labels.some((label) => label?.startsWith(`${name}:`))).toBe(true);
    // Moving a point with the keyboard still works.
    const first = points.first();
    const before = await first.getAttribute('aria-label');
    await first.focus();
    await page.keyboard.press('Shift+ArrowUp');
    await expect
      .poll(() => page.locator('.matrix-chart__point').first().getAttribute('aria-label'))
      .not.toBe(before);
    await done(page);
  });
});

describe('exports', () => {
  it('SVG and PNG through the toolbar carry the title, the goal, the date and every full name', async () => {
    const page = await openWithChart(375, 'partnermatrix', 'dark');
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Grafiek als SVG' }).click(),
    ]);
    const svg = readFileSync((await svgDownload.path())!, 'utf8');
    const words = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      if (doc.querySelector('parsererror')) return null;
      return [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    }, svg);
    expect(words).not.toBeNull();
    expect(words).toContain(TITLE);
    expect(words).toContain(`Doel: ${GOAL}`);
    expect(words).toMatch(
      /Gemaakt op \d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) 20\d\d/,
    );
    expect(words).toContain('onder de lijn');
    expect(words).not.toContain('…');
    for (const name of NAMES) for (const word of name.split(' ')) expect(words).toContain(word);
    // Exported in the light colours, also from a page in the dark theme.
    expect(svg).toMatch(/<rect[^>]*fill="#ffffff"/);

    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Grafiek als PNG' }).click(),
    ]);
    const png = readFileSync((await pngDownload.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const [pngWidth, pngHeight] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(pngWidth).toBe(1280);
    expect(pngHeight).toBeGreaterThan(1000);
    expect(pngHeight).toBeLessThan(2800);
    // The PNG shows the same picture as the SVG: at twice its size.
    expect(pngHeight).toBe(2 * Number(/<svg[^>]* height="(\d+)"/.exec(svg)![1]));
    await done(page);
  });
});

describe.each(['light', 'dark'] as const)('in the %s theme at 375 px', (theme) => {
  it.each(INSTRUMENTS)(
    '%s: axe finds nothing, and the chart follows the theme',
    async (instrument) => {
      const page = await openWithChart(375, instrument, theme);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      expect(await axeViolations(page)).toEqual([]);
      const background = await page.$eval('svg.chart rect', (rect) => getComputedStyle(rect).fill);
      expect(background).toBe(theme === 'dark' ? 'rgb(23, 24, 28)' : 'rgb(255, 255, 255)');
      await done(page);
    },
  );
});
