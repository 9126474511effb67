import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

/**
 * What a reader sees after opening a link to a heading: the page has scrolled and the heading
 * stands in the top third of the window.
 */
export async function expectScrolledTo(heading: Locator): Promise<void> {
  const position = await heading.evaluate((el) => ({
    top: el.getBoundingClientRect().top,
    scrollY: window.scrollY,
    viewport: window.innerHeight,
  }));
  expect(position.scrollY).toBeGreaterThan(0);
  expect(position.top).toBeGreaterThanOrEqual(0);
  expect(position.top).toBeLessThan(position.viewport / 3);
}
