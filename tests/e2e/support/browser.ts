// Real Chromium for the browser tests, driven by playwright-core. The browser is found
// through CHROMIUM_PATH, then Debian's /usr/bin/chromium, then a browser Playwright installed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../../../scripts/find-chromium.mjs';

export { findChromium };

export interface BrowserSession {
  context: BrowserContext;
  close: () => Promise<void>;
}

/**
 * `serviceWorkers: 'block'` is for tests that hold back or fail requests with page.route():
 * a request that the site's service worker answers from its cache never reaches the route.
 */
export async function launchBrowser(
  options: { serviceWorkers?: 'allow' | 'block' } = {},
): Promise<BrowserSession> {
  const profile = mkdtempSync(path.join(tmpdir(), 'partnerwijzer-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...options,
    executablePath: findChromium(),
    headless: true,
    locale: 'nl-NL',
    viewport: { width: 1280, height: 800 },
    args: CHROMIUM_FLAGS,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
}

/** Records what a reader should never see: console errors, uncaught exceptions, foreign requests. */
export function watchPage(page: Page, siteOrigin: string): PageProblems {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== siteOrigin) problems.foreignRequests.push(url);
  });
  return problems;
}
