import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { useBrowserAndSite } from './support/session';
import { watchPage } from './support/browser';
import { readInventory, waitForMatrix } from './support/matrix-page';

const session = useBrowserAndSite();

const verdict = (page: Page) => page.locator('.ambition-check .partner-assessment').textContent();

it('gives a verdict in words that follows the sliders and the line, and opens the partner in the matrix', async () => {
  const page = await session.browser.context.newPage();
  const problems = watchPage(page, session.site.origin);
  await page.goto(new URL('instrumenten/ambitielijn/', session.site.url).href);
  await page.locator('.ambition-check').waitFor();
  await page.waitForFunction(() => document.querySelector('astro-island:not([ssr])') !== null);

  await page.getByLabel('Naam van de partner').fill('Stichting Welzijn');
  await page.getByLabel('Afhankelijkheid (getal)', { exact: true }).fill('8');
  await page.getByLabel('Afhankelijkheid (getal)', { exact: true }).press('Tab');
  await page.getByLabel('Invloed op het doel (getal)', { exact: true }).fill('3');
  await page.getByLabel('Invloed op het doel (getal)', { exact: true }).press('Tab');
  await expect.poll(() => verdict(page)).toContain('5 punten onder de ambitielijn');
  expect(await verdict(page)).toMatch(/Investeren in effect/);
  expect(await verdict(page)).toMatch(/Onderhoud van de relatie/);

  // A lower requirement at full dependency lifts the partner above the line.
  await page.getByLabel('Bij volledige afhankelijkheid (getal)', { exact: true }).fill('2');
  await page.getByLabel('Bij volledige afhankelijkheid (getal)', { exact: true }).press('Tab');
  await expect.poll(() => verdict(page)).toContain('boven de ambitielijn');

  await page.getByRole('button', { name: 'Open deze partner in de partnermatrix' }).click();
  await page.waitForURL(/partnermatrix/);
  await waitForMatrix(page);
  expect(await page.locator('.kit-messages').textContent()).toContain(
    'Partner uit de ambitielijn-check geopend als nieuw werk “Ambitielijn-check: Stichting Welzijn”',
  );
  const rows = await readInventory(page);
  expect(rows.map((row) => [row[0], row[3], row[4]])).toEqual([['Stichting Welzijn', '3', '8']]);
  expect(await page.getByLabel('Bij volledige afhankelijkheid (10)').inputValue()).toBe('2');
  expect(problems.pageErrors).toEqual([]);
  await page.close();
});

it('is embedded in the chapter on influence and dependency', async () => {
  const page = await session.browser.context.newPage();
  await page.goto(new URL('partnerstrategie/invloed-en-afhankelijkheid/', session.site.url).href);
  const check = page.locator('.ambition-check');
  await check.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
  await check.locator('.matrix-chart__point').focus();
  await page.keyboard.press('Shift+ArrowDown');
  await expect
    .poll(() => check.getByLabel('Invloed op het doel (getal)', { exact: true }).inputValue())
    .toBe('2');
  await page.close();
});
