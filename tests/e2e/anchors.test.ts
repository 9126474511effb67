import { afterAll, beforeAll, expect, it } from 'vitest';
import { rootBuild } from '../support/site-builds';
import { launchBrowser, type BrowserSession } from './support/browser';
import { serveBuild, type RunningSite } from './support/servers';

let browser: BrowserSession;
let site: RunningSite;
beforeAll(async () => {
  [browser, site] = await Promise.all([launchBrowser(), serveBuild(rootBuild)]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), site?.close()]);
});

it('a link to a heading opens the page scrolled to that section', async () => {
  const page = await browser.context.newPage();
  await page.goto(new URL('over/#zo-link-je-naar-een-onderdeel', site.url).href);
  const heading = page.locator('#zo-link-je-naar-een-onderdeel');
  await expect(heading.textContent()).resolves.toBe('Zo link je naar een onderdeel');
  const position = await heading.evaluate((el) => ({
    top: el.getBoundingClientRect().top,
    scrollY: window.scrollY,
    viewport: window.innerHeight,
  }));
  expect(position.scrollY).toBeGreaterThan(0);
  expect(position.top).toBeGreaterThanOrEqual(0);
  expect(position.top).toBeLessThan(position.viewport / 3);
  await page.close();
});
