// Embed mode: a trainer copies the <iframe> code from an instrument page into a course page on
// another origin. The instrument works inside the frame, keeps its work, and links to the site.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { instruments } from '../../src/data/instruments';
import { axeViolations } from './support/axe';
import { watchPage, type PageProblems } from './support/browser';
import { readInventory, waitForMatrix } from './support/matrix-page';
import { progressText } from './support/questionnaire-page';
import { serveOtherOrigin } from './support/servers';
import { useBrowserAndSite, waitForSaved } from './support/session';

const session = useBrowserAndSite();

/** A course platform on another origin (another port): it serves the page the test gives it. */
let coursePage = '';
let course: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  course = await serveOtherOrigin(() => coursePage);
});
afterAll(async () => {
  await course?.close();
});

let page: Page;
let problems: PageProblems;
beforeEach(async () => {
  for (const open of session.browser.context.pages()) await open.close();
  page = await session.browser.context.newPage();
  problems = watchPage(page, session.site.origin);
});

/** The snippet as the instrument page shows it, pointed at the test server instead of the host. */
async function snippetFor(slug: string): Promise<string> {
  await page.goto(new URL(`instrumenten/${slug}/`, session.site.url).href);
  const code = await page.getByLabel('HTML-code om in te sluiten').inputValue();
  return code.replace(/https:\/\/[^/"]+\//, session.site.url);
}

/** Puts the snippet on the course page, opens it and returns the instrument's frame. */
async function openCourse(snippet: string): Promise<Frame> {
  coursePage = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Cursus samenwerken</title></head><body><main><h1>Les 3: partners</h1>${snippet}</main></body></html>`;
  await page.goto(course.url);
  return instrumentFrame();
}

async function instrumentFrame(): Promise<Frame> {
  const handle = await page.locator('iframe').elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.waitForLoadState();
  await frame!.locator('.instrument').first().waitFor();
  await frame!.waitForFunction(() => document.querySelector('astro-island[ssr]') === null);
  return frame!;
}

async function reloadCourse(): Promise<Frame> {
  await waitForSaved(await instrumentFrame());
  await page.reload();
  return instrumentFrame();
}

describe('every instrument page offers the code to embed it', () => {
  it.each(instruments.map((i) => i.slug))('%s', async (slug) => {
    const snippet = await snippetFor(slug);
    expect(snippet).toMatch(
      new RegExp(
        `^<iframe src="[^"]+/instrumenten/${slug}/insluiten/" title="[^"]+ – Partnerwijzer"`,
      ),
    );
    const frame = await openCourse(snippet);
    // Only the instrument: no site header, search or sidebar; a link back to the full page.
    expect(await frame.locator('header.header, nav.sidebar, site-search').count()).toBe(0);
    const back = frame.getByRole('link', { name: /op Partnerwijzer/ });
    expect(await back.getAttribute('target')).toBe('_blank');
    expect(new URL((await back.getAttribute('href'))!, frame.url()).pathname).toBe(
      new URL(`instrumenten/${slug}/`, session.site.url).pathname,
    );
    expect(await axeViolations(page, 'iframe')).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests.filter((url) => !url.startsWith(course.url))).toEqual([]);
  });
});

describe('embedded on another origin, the work is kept', () => {
  it('the partner matrix: a partner added in the frame is still there after a reload', async () => {
    let frame = await openCourse(await snippetFor('partnermatrix'));
    await frame.getByRole('button', { name: /^Partner toevoegen/ }).click();
    await frame.getByLabel('Naam van partner 1').fill('Gemeente Cursusdorp');
    frame = await reloadCourse();
    await frame.locator('.partner-matrix[data-ready]').waitFor();
    expect((await readInventory(frame)).map((row) => row[0])).toEqual(['Gemeente Cursusdorp']);
    // The share link made in the frame opens the full instrument page, not the embed page.
    await frame.getByRole('button', { name: 'Deellink maken' }).click();
    const link = await frame.getByLabel('Deellink').inputValue();
    expect(new URL(link).pathname).toBe(
      new URL('instrumenten/partnermatrix/', session.site.url).pathname,
    );
    expect(problems.pageErrors).toEqual([]);
  });

  it.each(['quickscan-samenwerkingsvermogen', 'partnerschapscheck'])(
    '%s: answers given in the frame are still there after a reload',
    async (slug) => {
      let frame = await openCourse(await snippetFor(slug));
      await frame
        .locator('fieldset.scan-statement')
        .first()
        .getByLabel('Eens', { exact: true })
        .check();
      await frame
        .locator('fieldset.scan-statement')
        .nth(1)
        .getByLabel('Oneens', { exact: true })
        .check();
      frame = await reloadCourse();
      await frame.locator('.questionnaire[data-ready]').waitFor();
      expect(await progressText(frame)).toMatch(/^2 van \d+ stellingen/);
      await frame.getByRole('button', { name: 'Deel mijn resultaat' }).click();
      const link = await frame.getByLabel('Link naar je resultaat').inputValue();
      expect(new URL(link).pathname).toBe(
        new URL(`instrumenten/${slug}/`, session.site.url).pathname,
      );
      expect(problems.pageErrors).toEqual([]);
    },
  );

  it('the ambition-line check works in the frame and opens the matrix in a new tab', async () => {
    const frame = await openCourse(await snippetFor('ambitielijn'));
    await frame.getByLabel('Naam van de partner').fill('Stichting Welzijn');
    await frame.getByLabel('Afhankelijkheid (getal)', { exact: true }).fill('8');
    await frame.getByLabel('Afhankelijkheid (getal)', { exact: true }).press('Tab');
    await frame.getByLabel('Invloed op het doel (getal)', { exact: true }).fill('3');
    await frame.getByLabel('Invloed op het doel (getal)', { exact: true }).press('Tab');
    await expect
      .poll(() => frame.locator('.ambition-check').textContent())
      .toContain('onder de ambitielijn');
    const [tab] = await Promise.all([
      session.browser.context.waitForEvent('page'),
      frame.getByRole('button', { name: 'Open deze partner in de partnermatrix' }).click(),
    ]);
    // The partner opens as new work in the matrix, beside what the reader had there.
    await waitForMatrix(tab);
    expect((await readInventory(tab)).map((row) => row[0])).toEqual(['Stichting Welzijn']);
    expect(await tab.locator('.kit-messages').textContent()).toContain('geopend als nieuw werk');
    expect(new URL(page.url()).origin).not.toBe(session.site.origin); // the course page stays
    expect(problems.pageErrors).toEqual([]);
  });
});
