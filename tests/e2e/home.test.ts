// The home page starts: on the first screen of a laptop and of a phone, the three ways in (read
// the method, try an instrument, the trainers' page) and which instrument answers which question.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { instruments } from '../../src/data/instruments';
import { axeViolations } from './support/axe';
import { useBrowserAndSite } from './support/session';

const session = useBrowserAndSite();

const waysIn = ['Lees de methode', 'Probeer een instrument', 'Voor trainers'];

async function openHome(width: number, height: number, colorScheme: 'light' | 'dark' = 'light') {
  const page = await session.browser.context.newPage();
  await page.setViewportSize({ width, height });
  await page.emulateMedia({ colorScheme });
  await page.goto(session.site.url, { waitUntil: 'networkidle' });
  return page;
}

/** Whether the element lies wholly on the screen as the page opens, not scrolled. */
async function onFirstScreen(page: Page, name: string): Promise<boolean> {
  const link = page.getByRole('link', { name, exact: true });
  if (!(await link.isVisible())) return false;
  return await link.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return (
      box.top >= 0 &&
      box.left >= 0 &&
      box.bottom <= window.innerHeight &&
      box.right <= document.documentElement.clientWidth
    );
  });
}

/** The accessible name of each instrument's link in "Welk instrument past bij je vraag?". */
const chooserLinks = instruments.map((instrument) => `${instrument.question} ${instrument.name} →`);

describe.each([
  [1366, 768],
  [375, 667],
])('at %i × %i', (width, height) => {
  it('shows the three ways in and the four questions without scrolling', async () => {
    const page = await openHome(width, height);
    const offScreen: string[] = [];
    for (const name of [...waysIn, ...chooserLinks]) {
      if (!(await onFirstScreen(page, name))) offScreen.push(name);
    }
    expect(offScreen).toEqual([]);
    const heading = page.getByRole('heading', { name: 'Welk instrument past bij je vraag?' });
    expect(await heading.isVisible()).toBe(true);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('has no axe violations (%s mode)', async (colorScheme) => {
    const page = await openHome(width, height, colorScheme);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('each way in leads somewhere', () => {
  it.each([
    ['Lees de methode', 'partnerstrategie', 'Partnerstrategie'],
    ['Voor trainers', 'voor-trainers', 'Voor trainers'],
  ])('"%s" opens /%s/', async (link, path, title) => {
    const page = await openHome(375, 667);
    await Promise.all([
      page.waitForURL(new RegExp(`/${path}/$`)),
      page.getByRole('link', { name: link, exact: true }).click(),
    ]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    await page.close();
  });

  it('"Probeer een instrument" brings "Welk instrument past bij je vraag?" into view', async () => {
    const page = await openHome(375, 667);
    await page.getByRole('link', { name: 'Probeer een instrument', exact: true }).click();
    const heading = page.getByRole('heading', {
      name: 'Welk instrument past bij je vraag?',
      exact: true,
    });
    await page.waitForFunction(() => window.scrollY > 0);
    const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(667 / 2);
    await page.close();
  });

  it.each(instruments.map((instrument) => [instrument.name, instrument] as const))(
    'the question for the %s opens that instrument',
    async (_name, instrument) => {
      const page = await openHome(1366, 768);
      const name = `${instrument.question} ${instrument.name} →`;
      await Promise.all([
        page.waitForURL(new RegExp(`/instrumenten/${instrument.slug}/$`)),
        page.getByRole('link', { name, exact: true }).click(),
      ]);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(instrument.name);
      await page.close();
    },
  );
});
