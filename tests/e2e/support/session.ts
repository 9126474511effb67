import { afterAll, beforeAll } from 'vitest';
import { rootBuild, type SiteBuild } from '../../support/site-builds';
import type { Page } from 'playwright-core';
import { launchBrowser, watchPage, type BrowserSession, type PageProblems } from './browser';
import { serveBuild, type RunningSite } from './servers';

export interface Session {
  browser: BrowserSession;
  site: RunningSite;
}

/** One Chromium and one server of the built site for the test file, closed after it. */
export function useBrowserAndSite(build: SiteBuild = rootBuild): Session {
  const session = {} as Session;
  beforeAll(async () => {
    [session.browser, session.site] = await Promise.all([launchBrowser(), serveBuild(build)]);
  });
  afterAll(async () => {
    await Promise.all([session.browser?.close(), session.site?.close()]);
  });
  return session;
}

/**
 * A fresh start for an instrument test: closes the pages of earlier tests, opens `url` with
 * empty localStorage and waits for `ready`. A dialog (alert, confirm) counts as a page error:
 * no instrument opens one, so one that appears was injected.
 */
export async function openCleanPage(
  session: Session,
  url: string,
  ready: (page: Page) => Promise<void>,
): Promise<{ page: Page; problems: PageProblems }> {
  for (const open of session.browser.context.pages()) await open.close();
  const page = await session.browser.context.newPage();
  const problems = watchPage(page, session.site.origin);
  page.on('dialog', (dialog) => {
    problems.pageErrors.push(`unexpected dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await ready(page);
  return { page, problems };
}
