// Every page in the sitemap (and the 404 page), in light and dark mode, on a desktop and on a
// 375 px phone: axe finds nothing (target size included),
// nothing is requested from another origin, and no error reaches the console.
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from './support/session';
import { axeViolations } from './support/axe';
import { watchPage } from './support/browser';
import { everyPagePath } from './support/site-paths';

const paths = everyPagePath();

const session = useBrowserAndSite();

const screens = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: '375 px', viewport: { width: 375, height: 740 } },
] as const;

describe.each(
  (['light', 'dark'] as const).flatMap((colorScheme) =>
    screens.map((screen) => ({ colorScheme, ...screen })),
  ),
)('in $colorScheme mode on $name', ({ colorScheme, viewport }) => {
  it.each(paths)('%s', async (urlPath) => {
    const page = await session.browser.context.newPage();
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme });
    const problems = watchPage(page, session.site.origin);
    const response = await page.goto(new URL(urlPath.slice(1), session.site.url).href, {
      waitUntil: 'networkidle',
    });
    expect(response?.status()).toBe(200);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await page.close();
  });
});
