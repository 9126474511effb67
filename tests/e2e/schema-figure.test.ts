// The schema of influence × dependency in the chapter, as a reader sees it on a phone and as a
// trainer projects it from a laptop, in light and dark: every text 12 px or more, nothing wider
// than the screen, the theme's colours; and the file behind the download link opens as a picture.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { darkPalette, palette } from '../../src/lib/charts/palette';
import { watchPage } from './support/browser';
import { useBrowserAndSite } from './support/session';

const session = useBrowserAndSite();
const CHAPTER = 'partnerstrategie/invloed-en-afhankelijkheid/';

/** "#17181c" as getComputedStyle gives it: "rgb(23, 24, 28)". */
const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

async function openChapter(width: number, theme: 'light' | 'dark') {
  const page = await session.browser.context.newPage();
  const problems = watchPage(page, session.site.origin);
  await page.setViewportSize({ width, height: 900 });
  await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
  await page.goto(new URL(CHAPTER, session.site.url).href);
  const svg = page.locator('figure.schema-figure svg');
  await svg.scrollIntoViewIfNeeded();
  return { page, problems, svg };
}

/** Every text of the schema: its size on screen in px, and its words. */
const schemaTexts = (page: Page) =>
  page.$eval('figure.schema-figure svg', (svg) => {
    const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
    return [...svg.querySelectorAll('text')].map((text) => ({
      text: text.textContent ?? '',
      px: parseFloat(getComputedStyle(text).fontSize) * scale,
    }));
  });

describe.each([375, 1366])('at %i px', (width) => {
  it.each(['light', 'dark'] as const)(
    'in %s mode: large enough text, the theme colours',
    async (theme) => {
      const { page, problems, svg } = await openChapter(width, theme);
      const texts = await schemaTexts(page);
      expect(texts.map((t) => t.text)).toEqual(
        expect.arrayContaining(['X', 'Y', 'Z', 'Ambitielijn']),
      );
      const small = texts
        .filter((t) => t.px < 11.95)
        .map((t) => `${t.text} (${t.px.toFixed(1)} px)`);
      expect(small).toEqual([]);
      const box = (await svg.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      // Projected from a laptop, the schema uses the room it has.
      if (width > 1000) expect(box.width).toBeGreaterThan(500);
      const background = await page.$eval(
        'figure.schema-figure svg rect',
        (rect) => getComputedStyle(rect).fill,
      );
      expect(background).toBe(rgb((theme === 'dark' ? darkPalette : palette).background));
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
      await page.close();
    },
  );
});

it('the download link gives an SVG file that the browser draws as the same schema', async () => {
  const { page } = await openChapter(1366, 'light');
  const href = await page.locator('figure.schema-figure a[download]').getAttribute('href');
  const file = await page.goto(new URL(href!, session.site.url).href);
  expect(file?.headers()['content-type']).toMatch(/^image\/svg\+xml/);
  // A broken file shows Chromium's XML error page instead of the drawing.
  expect(await page.locator('parsererror').count()).toBe(0);
  const drawn = await page.$$eval('svg text', (texts) =>
    texts.filter((text) => text.getBoundingClientRect().width > 0).map((text) => text.textContent),
  );
  expect(drawn).toEqual(expect.arrayContaining(['X', 'Y', 'Z', 'Ambitielijn']));
  await page.close();
});
