// The Content Security Policy holds in a real browser: every page and every instrument state
// runs without a single violation, under both the <meta> policy and the header of _headers.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { matrixExamples } from '../../src/data/partner-strategy-examples';
import { watchPage, type PageProblems } from './support/browser';
import { waitForMatrix } from './support/matrix-page';
import { answerAll, waitForQuestionnaire } from './support/questionnaire-page';
import { serveOtherOrigin } from './support/servers';
import { useBrowserAndSite } from './support/session';
import { everyPagePath } from './support/site-paths';

const session = useBrowserAndSite();
let page: Page;
let problems: PageProblems;

/** Records every CSP violation in every frame, before any script of the page runs. */
const RECORD_VIOLATIONS = () => {
  const seen: string[] = [];
  (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
  document.addEventListener('securitypolicyviolation', (event) => {
    seen.push(
      `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
    );
  });
};

async function violations(p: Page): Promise<string[]> {
  const all = await Promise.all(
    p
      .frames()
      .map((frame) =>
        frame
          .evaluate(
            () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
          )
          .catch(() => []),
      ),
  );
  const fromConsole = problems.consoleErrors.filter((text) =>
    /Content Security Policy/i.test(text),
  );
  return [...all.flat(), ...fromConsole];
}

const url = (path: string) => new URL(path.replace(/^\//, ''), session.site.url).href;

beforeEach(async () => {
  for (const open of session.browser.context.pages()) await open.close();
  page = await session.browser.context.newPage();
  await page.addInitScript(RECORD_VIOLATIONS);
  problems = watchPage(page, session.site.origin);
});

describe('every page', () => {
  it.each(everyPagePath())('%s: header and meta policy agree, no violation', async (path) => {
    const response = await page.goto(url(path), { waitUntil: 'networkidle' });
    const header = response!.headers()['content-security-policy'];
    const meta = await page
      .locator('meta[http-equiv="content-security-policy"]')
      .getAttribute('content');
    expect(meta).toContain("default-src 'self'");
    // The header is the page's own meta policy plus frame-ancestors, which a meta cannot carry.
    expect(header?.startsWith(meta!.trim().replace(/;?$/, ';'))).toBe(true);
    expect(header).toMatch(/frame-ancestors (\*|'self');$/);
    expect(await violations(page)).toEqual([]);
  });
});

describe('every instrument state', () => {
  it('search: the dialog opens and Pagefind shows results', async () => {
    await page.goto(url('/'));
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('partner');
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it('partner matrix: every example, a selected partner, share link, SVG and PNG export, print', async () => {
    for (const example of matrixExamples) {
      await page.goto(url(`/instrumenten/partnermatrix/#voorbeeld=${example.id}`));
      await waitForMatrix(page);
    }
    await page.locator('.matrix-chart__point').first().focus();
    await page.keyboard.press('ArrowUp');
    await page.getByRole('button', { name: 'Deellink maken' }).click();
    for (const name of [
      'Grafiek als SVG',
      'Grafiek als PNG',
      'Exporteer als CSV',
      'Exporteer als JSON',
    ]) {
      await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ]);
    }
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    const link = await page.getByLabel('Deellink').inputValue();
    await page.goto(link);
    await waitForMatrix(page);
    expect(await violations(page)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });

  it('ambition-line check: sliders, line and the way into the matrix', async () => {
    await page.goto(url('/instrumenten/ambitielijn/'));
    await page.getByLabel('Afhankelijkheid (getal)', { exact: true }).fill('8');
    await page.getByLabel('Afhankelijkheid (getal)', { exact: true }).press('Tab');
    await page.getByLabel('Bij volledige afhankelijkheid (getal)', { exact: true }).fill('4');
    await page.getByLabel('Bij volledige afhankelijkheid (getal)', { exact: true }).press('Tab');
    await page.getByRole('button', { name: 'Open deze partner in de partnermatrix' }).click();
    await page.waitForURL(/partnermatrix/);
    await waitForMatrix(page);
    expect(await violations(page)).toEqual([]);
  });

  it.each([
    ['quickscan-samenwerkingsvermogen', 4],
    ['partnerschapscheck', 1],
  ] as const)('%s: results, comparison, share link and exports', async (slug, parts) => {
    await page.goto(url(`/instrumenten/${slug}/`));
    await waitForQuestionnaire(page);
    await answerAll(page, parts, 3);
    await page.getByRole('button', { name: 'Mijn antwoorden toevoegen' }).click();
    await page.getByRole('button', { name: 'Deel mijn resultaat' }).click();
    for (const name of [
      'Exporteer als JSON',
      'Exporteer mijn antwoorden als CSV',
      'Exporteer de vergelijking als CSV',
    ]) {
      await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ]);
    }
    const link = await page.getByLabel('Link naar je resultaat').inputValue();
    await page.goto(link);
    await waitForQuestionnaire(page);
    expect(await page.locator('.team-chart').count()).toBe(1);
    expect(await violations(page)).toEqual([]);
  });
});

describe('frame-ancestors', () => {
  let other: { url: string; close: () => Promise<void> };
  let framed = '';
  beforeAll(async () => {
    other = await serveOtherOrigin(
      () =>
        `<!doctype html><title>Elders</title><iframe src="${framed}" title="ingesloten"></iframe>`,
    );
  });
  afterAll(async () => {
    await other?.close();
  });

  /** Whether the page loaded inside an iframe on the other origin (a refused frame shows an error page). */
  async function frameShows(path: string): Promise<boolean> {
    framed = url(path);
    await page.goto(other.url);
    const frame = await (await page.locator('iframe').elementHandle())!.contentFrame();
    await frame!.waitForLoadState();
    return (await frame!.locator('meta[http-equiv="content-security-policy"]').count()) > 0;
  }

  it('another site may frame an embed page, not a normal page', async () => {
    expect(await frameShows('/instrumenten/partnermatrix/insluiten/')).toBe(true);
    expect(await frameShows('/instrumenten/partnermatrix/')).toBe(false);
  });
});
