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
 * A fresh start for an instrument test: closes the pages of earlier tests, empties everything
 * the site stored (localStorage, IndexedDB, …), opens `url` and waits for `ready`. A dialog (alert, confirm) counts as a page error:
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
  await clearSiteData(page, session.site.origin);
  await page.goto(url);
  await ready(page);
  return { page, problems };
}

/** Removes everything the site keeps in this browser profile: a first visit from here on. */
export async function clearSiteData(page: Page, origin: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  await cdp.detach();
}

/** Waits until the instrument says everything is stored (the status under "Naam van dit werk"). */
export async function waitForSaved(page: Page | import('playwright-core').Frame): Promise<void> {
  await page.locator('.instrument[data-save-status="saved"]').first().waitFor();
}
