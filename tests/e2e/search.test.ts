import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rootBuild, subPathBuild } from '../support/site-builds';
import { axeViolations } from './support/axe';
import { launchBrowser, watchPage, type BrowserSession } from './support/browser';
import { serveBuild, type RunningSite } from './support/servers';

let browser: BrowserSession;
beforeAll(async () => {
  // Some tests slow down or fail the search's files with page.route(), as a first visit on a bad
  // connection; the service worker would answer those from its cache instead.
  browser = await launchBrowser({ serviceWorkers: 'block' });
});
afterAll(async () => {
  await browser?.close();
});

/** The Pagefind UI (our lazy chunk and its styles) and Pagefind's own files. */
const isPagefind = (url: string) => /pagefind/i.test(new URL(url).pathname);
const RESULT_LINK = '.pagefind-ui__result-link';
const PAGEFIND_FIELD = '.pagefind-ui__search-input';

const searchButton = (page: Page) => page.getByRole('button', { name: 'Zoeken Ctrl K' });
const searchField = (page: Page) => page.getByRole('dialog').getByRole('textbox');

/** A fresh page that records every request it makes. */
async function openPage(url: string): Promise<{ page: Page; requests: Request[] }> {
  const page = await browser.context.newPage();
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  await page.goto(url, { waitUntil: 'networkidle' });
  return { page, requests };
}

async function resultPaths(page: Page): Promise<string[]> {
  const links = page.locator(RESULT_LINK);
  await links.first().waitFor({ timeout: 10_000 });
  return await links.evaluateAll((anchors) =>
    anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

async function searchResults(siteUrl: string, query: string): Promise<string[]> {
  const page = await browser.context.newPage();
  try {
    await page.goto(siteUrl);
    await searchButton(page).click();
    await searchField(page).fill(query);
    return await resultPaths(page);
  } finally {
    await page.close();
  }
}

/**
 * Holds back the Pagefind UI's script until `release` is called, so that a test can type
 * while the UI is still on its way, as on a slow connection.
 */
async function holdPagefindUI(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/pagefind-ui\.[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

describe.each([
  ['at the root', rootBuild],
  ['under a sub-path', subPathBuild],
] as const)('search %s', (_label, build) => {
  let site: RunningSite;
  beforeAll(async () => {
    site = await serveBuild(build);
  });
  afterAll(async () => {
    await site?.close();
  });

  it('finds the privacy section for a Dutch word', async () => {
    const results = await searchResults(site.url, 'tracking');
    expect(results[0]).toBe(`${build.base}over/`);
  });

  it('finds the trainers\' page for "sessieplan"', async () => {
    const results = await searchResults(site.url, 'sessieplan');
    expect(results[0]).toBe(`${build.base}voor-trainers/`);
  });

  it('finds the same page for an inflected form (stemming)', async () => {
    // "lettertypes" stands on the page; "lettertype" does not.
    const results = await searchResults(site.url, 'lettertype');
    expect(results[0]).toBe(`${build.base}over/`);
  });

  it('keeps what is typed right after Ctrl+K, before the search has loaded', async () => {
    const { page, requests } = await openPage(site.url);
    const problems = watchPage(page, site.origin);
    const release = await holdPagefindUI(page);
    await page.keyboard.press('Control+K');
    await expect(page.getByRole('dialog').isVisible()).resolves.toBe(true);
    await page.keyboard.type('trackin');
    // The stand-in field has the look of Pagefind's: it takes the same place.
    const early = await searchField(page).boundingBox();
    expect(await page.locator(PAGEFIND_FIELD).count()).toBe(0);
    release();
    await page.locator(PAGEFIND_FIELD).waitFor();
    await page.keyboard.type('g');
    expect(await page.locator(PAGEFIND_FIELD).inputValue()).toBe('tracking');
    expect(await page.locator(PAGEFIND_FIELD).evaluate((el) => el === document.activeElement)).toBe(
      true,
    );
    expect(await page.locator(PAGEFIND_FIELD).boundingBox()).toEqual(early);
    expect((await resultPaths(page))[0]).toBe(`${build.base}over/`);
    // Script, styles and index all come from the site, under its base path.
    const failed: string[] = [];
    for (const request of requests.filter((r) => isPagefind(r.url()))) {
      const response = await request.response();
      if (!response?.ok()) failed.push(request.url());
    }
    expect(failed).toEqual([]);
    expect(requests.some((r) => r.url().includes(`${build.base}_astro/pagefind-ui.`))).toBe(true);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.close();
  });
});

describe('search on first use', () => {
  let site: RunningSite;
  beforeAll(async () => {
    site = await serveBuild(rootBuild);
  });
  afterAll(async () => {
    await site?.close();
  });

  it('loads nothing of Pagefind until the reader reaches for search, then on pointer over', async () => {
    const { page, requests } = await openPage(site.url);
    expect(requests.filter((r) => isPagefind(r.url())).map((r) => r.url())).toEqual([]);
    const styles = page.waitForResponse((r) => /\/pagefind-ui\.[^/]+\.css$/.test(r.url()));
    const script = page.waitForResponse((r) => /\/pagefind-ui\.[^/]+\.js$/.test(r.url()));
    await searchButton(page).hover();
    await Promise.all([styles, script]);
    // The UI is ready in the closed dialog; the index loads only when the reader searches.
    await page.locator(PAGEFIND_FIELD).waitFor({ state: 'attached' });
    expect(requests.some((r) => r.url().includes('/pagefind/pagefind.js'))).toBe(false);
    await page.close();
  });

  it('loads on keyboard focus of the button', async () => {
    const { page, requests } = await openPage(site.url);
    expect(requests.filter((r) => isPagefind(r.url()))).toEqual([]);
    const script = page.waitForResponse((r) => /\/pagefind-ui\.[^/]+\.js$/.test(r.url()));
    await searchButton(page).focus();
    await script;
    await page.close();
  });

  it('names the button after what it shows', async () => {
    const { page } = await openPage(site.url);
    const button = searchButton(page);
    expect(await button.getAttribute('aria-label')).toBe('Zoeken Ctrl K');
    const shown = await button.evaluate((el) => (el as HTMLElement).innerText);
    expect(shown.split(/\s+/).filter(Boolean)).toEqual(['Zoeken', 'Ctrl', 'K']);
    // Words apart in the text itself, so that nothing reads it as "ZoekenCtrlK".
    expect(await button.evaluate((el) => el.textContent!.trim().replace(/\s+/g, ' '))).toBe(
      'Zoeken Ctrl K',
    );
    expect(await axeViolations(page, 'site-search')).toEqual([]);
    await page.close();
  });

  it('shows and names ⌘ K on Apple devices, and opens with it', async () => {
    const page = await browser.context.newPage();
    const cdp = await page.context().newCDPSession(page);
    const userAgent = await page.evaluate(() => navigator.userAgent);
    await cdp.send('Emulation.setUserAgentOverride', { userAgent, platform: 'MacIntel' });
    await page.goto(site.url, { waitUntil: 'networkidle' });
    const button = page.getByRole('button', { name: 'Zoeken ⌘ K' });
    expect(await button.getAttribute('aria-keyshortcuts')).toBe('Meta+K');
    const shown = await button.evaluate((el) => (el as HTMLElement).innerText);
    expect(shown.split(/\s+/).filter(Boolean)).toEqual(['Zoeken', '⌘', 'K']);
    await page.keyboard.press('Meta+k');
    await expect(page.getByRole('dialog').isVisible()).resolves.toBe(true);
    await cdp.detach();
    await page.close();
  });

  it('opens with a click, finds and closes with Escape; focus returns to the button', async () => {
    const { page } = await openPage(site.url);
    await searchButton(page).click();
    await searchField(page).fill('spraakverwarring');
    expect(await resultPaths(page)).toContain('/spraakverwarring/');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog').isVisible()).resolves.toBe(false);
    expect(await searchButton(page).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });

  it('works by keyboard alone: Tab to the button, Enter, type, a result by Tab and Enter', async () => {
    const { page } = await openPage(site.url);
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await searchButton(page).evaluate((el) => el === document.activeElement)) break;
    }
    await page.keyboard.press('Enter');
    await page.keyboard.type('partnermatrix');
    await page.locator(RESULT_LINK).first().waitFor();
    // Past the clear button to the first result.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() =>
        document.activeElement?.classList.contains('pagefind-ui__result-link'),
      ),
    ).toBe(true);
    await Promise.all([page.waitForURL(/\/instrumenten\//), page.keyboard.press('Enter')]);
    await page.close();
  });

  it('opens with "/", and with Ctrl+K closes again', async () => {
    const { page } = await openPage(`${site.url}over/`);
    await page.keyboard.press('/');
    await expect(page.getByRole('dialog').isVisible()).resolves.toBe(true);
    await page.keyboard.type('bronnen');
    // "/" opened the search; it is not part of the query.
    expect((await resultPaths(page))[0]).toBe('/bronnen/');
    expect(await page.locator(PAGEFIND_FIELD).inputValue()).toBe('bronnen');
    await page.keyboard.press('Control+K');
    await expect(page.getByRole('dialog').isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('says so when the search cannot load, and loads when the dialog opens again', async () => {
    const { page } = await openPage(site.url);
    const problems = watchPage(page, site.origin);
    await page.route(/\/_astro\/pagefind-ui\.[^/]+\.js$/, (route) => route.abort());
    await searchButton(page).click();
    await page.keyboard.type('bronnen');
    await page.getByRole('alert').filter({ hasText: 'Zoeken lukt nu niet' }).waitFor();
    expect(problems.consoleErrors.some((text) => text.includes('could not be loaded'))).toBe(true);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.keyboard.press('Escape');
    await searchButton(page).click();
    expect((await resultPaths(page))[0]).toBe('/bronnen/');
    await expect(page.getByText('Zoeken lukt nu niet').isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('leaves "/" to a field the reader is typing in', async () => {
    const { page, requests } = await openPage(site.url);
    await page.evaluate(() => {
      const field = document.createElement('input');
      field.setAttribute('aria-label', 'Testveld');
      document.querySelector('main')!.prepend(field);
    });
    await page.getByRole('textbox', { name: 'Testveld' }).pressSequentially('a/b');
    expect(await page.getByRole('textbox', { name: 'Testveld' }).inputValue()).toBe('a/b');
    await expect(page.getByRole('dialog').isVisible()).resolves.toBe(false);
    expect(requests.filter((r) => isPagefind(r.url()))).toEqual([]);
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violations with the dialog open and results shown (%s mode)',
    async (colorScheme) => {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(site.url, { waitUntil: 'networkidle' });
      await searchButton(page).click();
      expect(await axeViolations(page)).toEqual([]);
      await searchField(page).fill('partner');
      await page.locator(RESULT_LINK).first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
  );
});

describe('search finds each chapter and instrument by its main term', () => {
  let site: RunningSite;
  beforeAll(async () => {
    site = await serveBuild(rootBuild);
  });
  afterAll(async () => {
    await site?.close();
  });

  it.each([
    ['partnership broker', '/partnership-broker/'],
    ['vijf inzichten', '/vijf-inzichten/'],
    ['spraakverwarring', '/spraakverwarring/'],
    ['begrippen', '/begrippen/'],
    ['bronnen', '/bronnen/'],
    ['samenwerkingsvermogen', '/samenwerkingsvermogen/'],
    ['quickscan', '/instrumenten/quickscan-samenwerkingsvermogen/'],
    ['partnerschapscheck', '/instrumenten/partnerschapscheck/'],
    ['partnermatrix', '/instrumenten/partnermatrix/'],
    ['ambitielijn', '/instrumenten/ambitielijn/'],
    ['partnerstrategie', '/partnerstrategie/'],
  ])('“%s” lists %s among the first three results', async (query, path) => {
    const results = await searchResults(site.url, query);
    expect(results.slice(0, 3)).toContain(path);
  });
});
