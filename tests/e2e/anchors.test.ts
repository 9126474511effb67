import { expect, it } from 'vitest';
import { useBrowserAndSite } from './support/session';

const session = useBrowserAndSite();

it('a link to a heading opens the page scrolled to that section', async () => {
  const page = await session.browser.context.newPage();
  await page.goto(new URL('over/#zo-link-je-naar-een-onderdeel', session.site.url).href);
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
