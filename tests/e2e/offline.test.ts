// Offline after one visit (issue 14): a workshop room often has no wifi. After a reader has
// opened one page, the service worker holds the whole site, so every chapter, every instrument
// (full and embedded) and the search work with the network off, at the root and under a
// sub-path. A new build installs beside the old one: the reader sees a quiet notice and decides
// when to reload; an open instrument is never reloaded, and then the old cache goes.
//
// "Network off" is real: the server drops every request while off (and the browser is set
// offline too), so a file the worker did not keep fails instead of quietly coming from the
// server. The test fails if any request reaches the server while it is off.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteServer } from '../../scripts/serve.mjs';
import { projectRoot, rootBuild, subPathBuild, type SiteBuild } from '../support/site-builds';
import { axeViolations } from './support/axe';
import { launchBrowser, watchPage, type BrowserSession } from './support/browser';

const published = readFileSync(path.join(projectRoot, 'tests/published-urls.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));

const NOTICE = 'Er is een nieuwe versie van Partnerwijzer. Herlaad de pagina om hem te gebruiken.';

/** The server of a built site on one fixed origin, whose network can be switched off and whose
 * files can be swapped for another build. */
interface SwitchableSite {
  url: string;
  origin: string;
  setNetwork(on: boolean): void;
  serve(root: string): void;
  /** Requests that arrived while the network was off (and were dropped). */
  whileOff: string[];
  close(): Promise<void>;
}

async function switchableSite(build: SiteBuild): Promise<SwitchableSite> {
  let files = createSiteServer({ root: build.outDir, base: build.base });
  let on = true;
  const whileOff: string[] = [];
  const server = http.createServer((request, response) => {
    if (on) files.emit('request', request, response);
    else {
      whileOff.push(request.url ?? '');
      request.socket.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin + build.base,
    origin,
    setNetwork: (value) => (on = value),
    serve: (root) => (files = createSiteServer({ root, base: build.base })),
    whileOff,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What the build's sw.js says it keeps: the version and the paths (base included). */
function precacheOf(outDir: string, base: string): { version: string; paths: string[] } {
  const script = readFileSync(path.join(outDir, 'sw.js'), 'utf8');
  const manifest = JSON.parse(/^const PRECACHE = (.*);$/m.exec(script)![1]) as {
    version: string;
    urls: string[];
  };
  return { version: manifest.version, paths: manifest.urls.map((url) => base + url) };
}

/** The caches of the site in this browser: name and the paths each one holds. */
function cachesIn(page: Page): Promise<{ name: string; paths: string[] }[]> {
  return page.evaluate(async () =>
    Promise.all(
      (await caches.keys()).map(async (name) => ({
        name,
        paths: (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname),
      })),
    ),
  );
}

/**
 * Every island has hydrated, and each instrument that keeps the reader's work has loaded it
 * (the ambition line keeps none, so it has no data-ready).
 */
async function instrumentsReady(page: Page): Promise<void> {
  await page.locator('.instrument').first().waitFor();
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('astro-island')].every(
        (island) => !island.hasAttribute('ssr'),
      ) &&
      [...document.querySelectorAll('.instrument[data-save-status]')].every((instrument) =>
        instrument.matches('[data-ready]:not([data-busy])'),
      ),
  );
}

/** Opens one page and waits until the worker is active, that is: it holds the whole site. */
async function visitOnce(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('html[data-offline="ready"]').waitFor({ state: 'attached', timeout: 60_000 });
  return page;
}

describe.each([
  ['at the root', rootBuild],
  ['under a sub-path', subPathBuild],
] as const)('offline %s', (_label, build) => {
  let browser: BrowserSession;
  let site: SwitchableSite;
  beforeAll(async () => {
    [browser, site] = await Promise.all([launchBrowser(), switchableSite(build)]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), site?.close()]);
  });

  it('opens every chapter and instrument and finds pages with the network off, after one visit', async () => {
    const { context } = browser;
    const first = await visitOnce(context, new URL('over/', site.url).href);
    const precache = precacheOf(build.outDir, build.base);
    const cached = await cachesIn(first);
    expect(cached).toHaveLength(1);
    expect(cached[0].name).toContain(precache.version);
    expect(cached[0].paths.sort()).toEqual(precache.paths.sort());

    site.setNetwork(false);
    await context.setOffline(true);
    try {
      for (const urlPath of published) {
        const page = await context.newPage();
        const problems = watchPage(page, site.origin);
        const response = await page.goto(new URL(urlPath.slice(1), site.url).href);
        expect(response?.status(), urlPath).toBe(200);
        await expect(page.locator('h1').first().textContent(), urlPath).resolves.toMatch(/\S/);
        if (urlPath.startsWith('/instrumenten/')) await instrumentsReady(page);
        expect(problems, urlPath).toEqual({
          consoleErrors: [],
          pageErrors: [],
          foreignRequests: [],
        });
        await page.close();
      }

      // A chapter's address without its last "/" still opens the chapter, as the server would.
      const page = await context.newPage();
      await page.goto(new URL('partnerstrategie/stappenplan', site.url).href);
      expect(new URL(page.url()).pathname).toBe(`${build.base}partnerstrategie/stappenplan/`);

      // Search: Pagefind's interface, worker, WebAssembly and index all come from the cache.
      await page.getByRole('button', { name: 'Zoeken Ctrl K' }).click();
      await page.getByRole('dialog').getByRole('textbox').fill('ambitielijn');
      const results = page.locator('.pagefind-ui__result-link');
      await results.first().waitFor({ timeout: 15_000 });
      expect(await results.count()).toBeGreaterThan(0);
      await page.close();
      await first.close();
    } finally {
      await context.setOffline(false);
      site.setNetwork(true);
    }
    // The browser itself asks for sw.js after each navigation, to look for a new version; that
    // check failing offline is expected. Everything the pages asked for came from the cache.
    const fromPages = site.whileOff.filter((url) => url !== `${build.base}sw.js`);
    expect(fromPages, 'requests of the pages that reached the server while offline').toEqual([]);
  });
});

describe('a new build', () => {
  let browser: BrowserSession;
  let site: SwitchableSite;
  let newBuildDir: string;
  beforeAll(async () => {
    [browser, site] = await Promise.all([launchBrowser(), switchableSite(rootBuild)]);
    newBuildDir = mkdtempSync(path.join(tmpdir(), 'partnerwijzer-new-build-'));
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), site?.close()]);
    rmSync(newBuildDir, { recursive: true, force: true });
  });

  /** A copy of the built site as the next deploy: another version, and pages that say so. */
  function makeNewBuild(): string {
    cpSync(rootBuild.outDir, newBuildDir, { recursive: true });
    const worker = path.join(newBuildDir, 'sw.js');
    const { version } = precacheOf(newBuildDir, '/');
    writeFileSync(
      worker,
      readFileSync(worker, 'utf8').replace(`"version":"${version}"`, `"version":"${version}n"`),
    );
    for (const entry of readdirSync(newBuildDir, { recursive: true, encoding: 'utf8' })) {
      if (!entry.endsWith('.html')) continue;
      const file = path.join(newBuildDir, entry);
      writeFileSync(file, readFileSync(file, 'utf8').replace('<html ', '<html data-build="new" '));
    }
    return `${version}n`;
  }

  it('installs beside the old one, shows a notice and reloads only when the reader asks', async () => {
    const { context } = browser;
    // A reader is at work in an instrument.
    const work = await visitOnce(context, new URL('instrumenten/partnermatrix/', site.url).href);
    await instrumentsReady(work);
    await work.getByLabel('Naam van dit werk').fill('Jeugdbeleid 2027');
    await work.locator('.instrument[data-save-status="saved"]').first().waitFor();
    const oldVersion = precacheOf(rootBuild.outDir, '/').version;
    let workNavigations = 0;
    work.on('framenavigated', (frame) => {
      if (frame === work.mainFrame()) workNavigations += 1;
    });

    const newVersion = makeNewBuild();
    site.serve(newBuildDir);
    // Opening another page is when a browser looks for a new version of the worker.
    const reader = await context.newPage();
    const problems = watchPage(reader, site.origin);
    await reader.goto(new URL('over/', site.url).href);
    const notice = (page: Page) => page.getByRole('status').filter({ hasText: NOTICE });
    await notice(reader).waitFor({ timeout: 60_000 });
    await notice(work).waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await reader.emulateMedia({ colorScheme });
      expect(await axeViolations(reader, '.update-notice'), colorScheme).toEqual([]);
    }

    // Until the reader chooses, both versions are kept and the pages stay as they were.
    expect((await cachesIn(reader)).map((cache) => cache.name).sort()).toEqual(
      [oldVersion, newVersion].map((version) => `partnerwijzer / ${version}`).sort(),
    );
    expect(await reader.locator('html').getAttribute('data-build')).toBeNull();

    await Promise.all([
      reader.waitForEvent('load'),
      notice(reader).getByRole('button', { name: 'Pagina herladen' }).click(),
    ]);
    expect(await reader.locator('html').getAttribute('data-build')).toBe('new');
    await expect(notice(reader).count()).resolves.toBe(0);
    const caches = await cachesIn(reader);
    expect(caches.map((cache) => cache.name)).toEqual([`partnerwijzer / ${newVersion}`]);

    // The instrument page was never reloaded: the reader's typing is where it was.
    expect(workNavigations).toBe(0);
    expect(await work.getByLabel('Naam van dit werk').inputValue()).toBe('Jeugdbeleid 2027');
    await expect(notice(work).isVisible()).resolves.toBe(true);
    // No CSP violation (a console error) from the notice and its style sheet, no error at all.
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], foreignRequests: [] });
  });
});
