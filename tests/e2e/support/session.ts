import { afterAll, beforeAll } from 'vitest';
import { rootBuild, type SiteBuild } from '../../support/site-builds';
import { launchBrowser, type BrowserSession } from './browser';
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
