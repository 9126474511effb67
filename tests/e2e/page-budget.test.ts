// The weight budget, measured where readers pay it: in Chromium, with the cache off and no
// stored work, every published page is opened and every script and style sheet it loads before
// any interaction is recorded (until the network is quiet and the instruments say they are
// ready). What counts is each file's body compressed with gzip level 9, the way a host sends it.
// Inline scripts and styles are part of the HTML and count there, not here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { projectRoot } from '../support/site-builds';
import { clearSiteData, useBrowserAndSite } from './support/session';
import { everyPagePath } from './support/site-paths';

const KB = 1024;
/** Chapters, the home page, reference pages: text and navigation. */
const READING_JS_BUDGET = 8 * KB;
/** /instrumenten/*: the instrument is an island that needs its own code. */
const INSTRUMENT_JS_BUDGET = 45 * KB;
const CSS_BUDGET = 14 * KB;
/** How long the network must stay quiet before the page counts as loaded. */
const QUIET_MS = 500;

interface LoadedFile {
  url: string;
  kind: 'script' | 'stylesheet';
  gzip: number;
}

interface PageWeight {
  path: string;
  instrument: boolean;
  js: number;
  css: number;
  files: LoadedFile[];
}

const published = readFileSync(path.join(projectRoot, 'tests/published-urls.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));
const paths = [...new Set([...published, ...everyPagePath()])];

const session = useBrowserAndSite();
const weights: PageWeight[] = [];

const isInstrumentPage = (urlPath: string) => urlPath.startsWith('/instrumenten/');
const jsBudget = (urlPath: string) =>
  isInstrumentPage(urlPath) ? INSTRUMENT_JS_BUDGET : READING_JS_BUDGET;
const kb = (bytes: number) => (bytes / KB).toFixed(1);

/** Resolves once no request has been in flight for QUIET_MS. */
function networkQuiet(page: Page): Promise<void> {
  const inFlight = new Set<unknown>();
  let lastChange = Date.now();
  const start = (request: unknown) => {
    inFlight.add(request);
    lastChange = Date.now();
  };
  const end = (request: unknown) => {
    inFlight.delete(request);
    lastChange = Date.now();
  };
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  return new Promise((resolve) => {
    const check = () => {
      if (inFlight.size === 0 && Date.now() - lastChange >= QUIET_MS) {
        page.off('request', start);
        page.off('requestfinished', end);
        page.off('requestfailed', end);
        resolve();
      } else setTimeout(check, 100);
    };
    check();
  });
}

async function measure(urlPath: string): Promise<PageWeight> {
  for (const open of session.browser.context.pages()) await open.close();
  const page = await session.browser.context.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await clearSiteData(page, session.site.origin);

  const loaded: Promise<LoadedFile>[] = [];
  page.on('response', (response) => {
    const kind = response.request().resourceType();
    if (kind !== 'script' && kind !== 'stylesheet') return;
    loaded.push(
      response.body().then((body) => ({
        url: new URL(response.url()).pathname,
        kind,
        gzip: gzipSync(body, { level: 9 }).length,
      })),
    );
  });

  const response = await page.goto(new URL(urlPath.slice(1), session.site.url).href, {
    waitUntil: 'networkidle',
  });
  expect(response?.status()).toBe(200);
  // Islands that hydrate at load have run, and each instrument that keeps the reader's work has
  // loaded it (client:visible islands out of view load nothing until the reader scrolls).
  await page.waitForFunction(() =>
    [...document.querySelectorAll('astro-island')].every(
      (island) =>
        (island.getAttribute('client') !== 'load' || !island.hasAttribute('ssr')) &&
        (island.hasAttribute('ssr') ||
          [...island.querySelectorAll('.instrument[data-save-status]')].every((el) =>
            el.hasAttribute('data-ready'),
          )),
    ),
  );
  await networkQuiet(page);
  const files = await Promise.all(loaded);
  await cdp.detach();
  await page.close();

  const sum = (kind: LoadedFile['kind']) =>
    files.filter((file) => file.kind === kind).reduce((total, file) => total + file.gzip, 0);
  return {
    path: urlPath,
    instrument: isInstrumentPage(urlPath),
    js: sum('script'),
    css: sum('stylesheet'),
    files,
  };
}

function largest(weight: PageWeight, kind: LoadedFile['kind'], count = 5): string {
  return weight.files
    .filter((file) => file.kind === kind)
    .sort((a, b) => b.gzip - a.gzip)
    .slice(0, count)
    .map((file) => `${file.url} ${kb(file.gzip)} KB`)
    .join(', ');
}

afterAll(() => {
  if (!weights.length) return;
  const width = Math.max(...weights.map((w) => w.path.length));
  const rows = weights.map(
    (w) =>
      `${w.path.padEnd(width)}  ${kb(w.js).padStart(7)}  ${kb(w.css).padStart(7)}  ${String(w.files.length).padStart(5)}`,
  );
  console.log(
    [
      `Loaded before any interaction (gzip; JS budget ${kb(READING_JS_BUDGET)} KB for reading ` +
        `pages, ${kb(INSTRUMENT_JS_BUDGET)} KB for instrument pages; CSS ${kb(CSS_BUDGET)} KB):`,
      `${'page'.padEnd(width)}  ${'JS KB'.padStart(7)}  ${'CSS KB'.padStart(7)}  files`,
      ...rows,
    ].join('\n'),
  );
});

it.each(paths)('%s stays within its JS and CSS budget', async (urlPath) => {
  const weight = await measure(urlPath);
  weights.push(weight);
  expect(weight.js, 'no script loaded: the measurement is broken').toBeGreaterThan(0);
  expect(weight.css, 'no style sheet loaded: the measurement is broken').toBeGreaterThan(0);
  expect(
    weight.js,
    `${urlPath}: ${kb(weight.js)} KB JS (gzip), budget ${kb(jsBudget(urlPath))} KB. Largest: ${largest(weight, 'script')}`,
  ).toBeLessThanOrEqual(jsBudget(urlPath));
  expect(
    weight.css,
    `${urlPath}: ${kb(weight.css)} KB CSS (gzip), budget ${kb(CSS_BUDGET)} KB. Largest: ${largest(weight, 'stylesheet')}`,
  ).toBeLessThanOrEqual(CSS_BUDGET);
});
