// The beamer view, as a trainer uses it in a room, in real Chromium at 1280 × 720: the partner
// matrix one goal at a time and the quick-scan's team comparison one domain at a time, chart
// text large enough for the back of the room, the participant link as a big QR code, arrow keys
// to step, and Escape back to exactly where the trainer was.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { capabilityDefinition as def } from '../../src/lib/capability-scan/definition';
import { toJsonExport } from '../../src/lib/instrument-kit/json-export';
import { buildFragment, encodeSharePayload } from '../../src/lib/instrument-kit/share-link';
import type { QResponse } from '../../src/lib/questionnaire/response';
import { axeViolations } from './support/axe';
import type { PageProblems } from './support/browser';
import { waitForMatrix } from './support/matrix-page';
import { waitForQuestionnaire } from './support/questionnaire-page';
import { openCleanPage, useBrowserAndSite, waitForSaved } from './support/session';

const session = useBrowserAndSite();
const TOOL = 'quickscan-samenwerkingsvermogen';
const VIEW = { width: 1280, height: 720 };
const BEAMER = 'dialog.beamer[open]';
let page: Page;
let problems: PageProblems;

const pageUrl = (path: string) => new URL(path, session.site.url).href;

/** Opens a page at 1280 × 720 in `colorScheme`, the way a laptop on a beamer shows it. */
async function open(path: string, ready: (p: Page) => Promise<void>, colorScheme = 'light') {
  ({ page, problems } = await openCleanPage(session, 'about:blank', async () => {}));
  await page.setViewportSize(VIEW);
  await page.emulateMedia({ colorScheme: colorScheme as 'light' | 'dark' });
  await page.goto(pageUrl(path));
  await ready(page);
}

/** Opens the beamer with the keyboard from the button named "Op de beamer tonen". */
async function openBeamer() {
  const button = page.getByRole('button', { name: 'Op de beamer tonen' });
  await button.focus();
  await page.keyboard.press('Enter');
  await page.locator(BEAMER).waitFor();
  await expect
    .poll(() => page.locator(`${BEAMER} .beamer__main svg`).count(), { timeout: 10_000 })
    .toBe(1);
}

const heading = () => page.locator(`${BEAMER} h2`).textContent();
const count = () => page.locator(`${BEAMER} .beamer__count`).textContent();

/**
 * The smallest chart text on screen, in CSS pixels: its font size times how much larger the
 * chart is drawn than laid out. Only text that shows something counts.
 */
const smallestChartText = () =>
  page.$$eval(`${BEAMER} .beamer__main svg.chart text`, (texts) => {
    const sizes = texts
      .filter((text) => (text.textContent ?? '').trim() !== '')
      .map((text) => {
        const svg = (text as SVGTextElement).ownerSVGElement!;
        const drawn = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return parseFloat(getComputedStyle(text).fontSize) * drawn;
      });
    return { count: sizes.length, smallest: Math.min(...sizes) };
  });

/** The box of an element on screen. */
const box = async (selector: string) => (await page.locator(selector).boundingBox())!;

/** Escape closes the view; focus is back on the button that opened it. */
async function escapeReturns() {
  await page.keyboard.press('Escape');
  await page.locator('dialog.beamer').waitFor({ state: 'detached' });
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Op de beamer tonen');
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
}

describe('the partner matrix on a beamer', () => {
  /** A prepared example with a second goal. */
  async function exampleWithTwoGoals() {
    await open('instrumenten/partnermatrix/#voorbeeld=jongerenwerk', waitForMatrix);
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    await waitForSaved(page);
  }

  it('shows one goal at a time, large, steps with the arrow keys and returns with Escape', async () => {
    await exampleWithTwoGoals();
    await openBeamer();
    // It opens on the goal the chart on the page shows: the new one.
    expect(await heading()).toBe('Doel: Doel 2');
    expect(await count()).toBe('2 van 2');
    await page.keyboard.press('ArrowLeft');
    expect(await heading()).toBe('Doel: Jeugd- en jongerenwerk');
    expect(await count()).toBe('1 van 2');
    const text = await smallestChartText();
    // Axis numbers and titles, area names, the partners' names.
    expect(text.count).toBeGreaterThan(10);
    expect(text.smallest).toBeGreaterThanOrEqual(24);
    // The whole chart is in the window: nothing to scroll on a beamer.
    const chart = await box(`${BEAMER} .beamer__main svg.chart`);
    expect(chart.y + chart.height).toBeLessThanOrEqual(VIEW.height);
    expect(chart.height).toBeGreaterThan(0.8 * VIEW.height);
    // The view covers the whole window.
    expect(await box(BEAMER)).toMatchObject({ x: 0, y: 0, ...VIEW });
    // Every partner's name is on the chart (or, behind its number, beside it).
    const shown = await page.$$eval(`${BEAMER} :is(text, li)`, (elements) =>
      elements.map((element) => element.textContent).join(' '),
    );
    for (const name of [
      'Organisatie A (jongerencentrum)',
      'Organisatie B (jongerenwerk op straat)',
      'Organisatie C (activiteiten voor kinderen)',
    ])
      expect(shown).toContain(name);

    await page.keyboard.press('ArrowRight');
    expect(await heading()).toBe('Doel: Doel 2');
    await page.getByRole('button', { name: 'Volgende →' }).click();
    expect(await heading()).toBe('Doel: Jeugd- en jongerenwerk');

    await escapeReturns();
    // Nothing the strict CSP refused (Chromium reports that as a console error), no other origin.
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], foreignRequests: [] });
  });

  it.each(['light', 'dark'])('axe finds nothing in the view, in %s mode', async (scheme) => {
    await open('instrumenten/partnermatrix/#voorbeeld=jongerenwerk', waitForMatrix, scheme);
    await openBeamer();
    expect(await axeViolations(page, 'dialog.beamer')).toEqual([]);
  });
});

const statements = def.groups.flatMap((g) => g.items.flatMap((i) => i.statements));
/** Three participants, each with their own answers. */
const results = ['Anna', 'Bram', 'Chris'].map((respondent, p): QResponse => ({
  v: 1,
  definition: def.id,
  respondent,
  answers: Object.fromEntries(statements.map((s, n) => [s.id, 1 + ((p + n) % 5)])),
  ambitions: {},
}));

describe('a quick-scan team comparison on a beamer', () => {
  async function teamOfThree(scheme = 'light') {
    await open(`instrumenten/${TOOL}/`, waitForQuestionnaire, scheme);
    await page.setInputFiles(
      'input[aria-label="JSON-bestanden om toe te voegen"]',
      results.map((r, i) => ({
        name: `${TOOL}-${i + 1}.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(toJsonExport(TOOL, 1, r)),
      })),
    );
    await expect.poll(() => page.locator('.team-table thead th').count()).toBe(3 + 4);
    await waitForSaved(page);
  }

  it('shows one domain at a time, large, with the link to the quick-scan as a QR code', async () => {
    await teamOfThree();
    await openBeamer();
    const domains = def.groups.map((g) => `Domein: ${g.name}`);
    const total = def.groups.length + 1;
    expect(await heading()).toBe(domains[0]);
    expect(await count()).toBe(`2 van ${total}`);
    const text = await smallestChartText();
    // Tick numbers, three conditions and the participants' numbers in their dots.
    expect(text.count).toBeGreaterThan(10);
    expect(text.smallest).toBeGreaterThanOrEqual(24);

    await page.keyboard.press('ArrowRight');
    expect(await heading()).toBe(domains[1]);
    expect(await count()).toBe(`3 van ${total}`);
    expect((await smallestChartText()).smallest).toBeGreaterThanOrEqual(24);

    // One step back from the first domain: the link participants open.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await heading()).toBe('Doe mee');
    const qr = await box(`${BEAMER} svg.beamer-qr`);
    expect(Math.abs(qr.width - qr.height)).toBeLessThan(1);
    expect(qr.height).toBeGreaterThanOrEqual(0.6 * VIEW.height);
    expect(qr.y + qr.height).toBeLessThanOrEqual(VIEW.height);
    expect(await page.locator(`${BEAMER} .beamer-join__link`).textContent()).toBe(
      pageUrl(`instrumenten/${TOOL}/`),
    );
    // Beside the code, not under it.
    const link = await box(`${BEAMER} .beamer-join__link`);
    expect(link.x).toBeGreaterThanOrEqual(qr.x + qr.width);

    await escapeReturns();
    // Nothing the strict CSP refused (Chromium reports that as a console error), no other origin.
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], foreignRequests: [] });
  });

  it.each(['light', 'dark'])(
    'axe finds nothing in the view, and the QR code stays black on white, in %s mode',
    async (scheme) => {
      await teamOfThree(scheme);
      await openBeamer();
      expect(await axeViolations(page, 'dialog.beamer')).toEqual([]);
      await page.keyboard.press('ArrowLeft');
      expect(await heading()).toBe('Doe mee');
      expect(await axeViolations(page, 'dialog.beamer')).toEqual([]);
      const colours = await page.$eval(`${BEAMER} svg.beamer-qr`, (svg) => [
        getComputedStyle(svg.querySelector('rect')!).fill,
        getComputedStyle(svg.querySelector('path')!).fill,
      ]);
      expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
    },
  );

  it('with nobody yet, shows the link to hand out', async () => {
    await open(`instrumenten/${TOOL}/`, waitForQuestionnaire);
    await openBeamer();
    expect(await heading()).toBe('Doe mee');
    expect(await count()).toBe('1 van 1');
    await escapeReturns();
  });
});

describe('a partnership check on a beamer', () => {
  it('hands out the link to the partnership check itself, also from its embedded page', async () => {
    await open('instrumenten/partnerschapscheck/insluiten/', waitForQuestionnaire);
    await openBeamer();
    expect(await heading()).toBe('Doe mee');
    // An embedded check points participants to the full page, with the site around it.
    expect(await page.locator(`${BEAMER} .beamer-join__link`).textContent()).toBe(
      pageUrl('instrumenten/partnerschapscheck/'),
    );
    await escapeReturns();
  });
});

describe('a team matrix session on a beamer', () => {
  const partner = (id: string, name: string) => ({
    id,
    name,
    goalId: 'doel',
    relation: 'anders',
    influence: 5,
    dependency: 5,
    target: null,
    notes: '',
  });
  const matrix = {
    v: 1,
    goals: [{ id: 'doel', name: 'Meer mensen aan het werk', urgency: 'hoog' }],
    partners: [partner('p-bib', 'Bibliotheek'), partner('p-wsp', 'Werkgeversservicepunt')],
    ambition: { atNoDependency: 0, atFullDependency: 10 },
  };
  const teamReady = async (p: Page) => {
    await p.locator('.team-matrix[data-ready]:not([data-busy])').waitFor();
  };

  it('hands out the participant link as a QR code, then shows one partner at a time', async () => {
    await open('instrumenten/teammatrix/', teamReady);
    const hash = buildFragment({ data: await encodeSharePayload(matrix) });
    await page
      .getByLabel('Deellink', { exact: true })
      .fill(pageUrl(`instrumenten/partnermatrix/${hash}`));
    await page.getByRole('button', { name: 'Maak de deelnemerslink' }).click();
    const inviteField = page.locator('input[data-invite]');
    await inviteField.waitFor();
    const invite = await inviteField.inputValue();
    await waitForSaved(page);

    await openBeamer();
    expect(await heading()).toBe('Doe mee');
    expect(await count()).toBe('1 van 3');
    expect(await page.locator(`${BEAMER} .beamer-join__link`).textContent()).toBe(invite);
    const qr = await box(`${BEAMER} svg.beamer-qr`);
    expect(Math.abs(qr.width - qr.height)).toBeLessThan(1);
    expect(qr.height).toBeGreaterThanOrEqual(0.6 * VIEW.height);
    expect(await axeViolations(page, 'dialog.beamer')).toEqual([]);

    await page.keyboard.press('ArrowRight');
    expect(await heading()).toMatch(/^Partner: (Bibliotheek|Werkgeversservicepunt)$/);
    expect(await count()).toBe('2 van 3');
    const text = await smallestChartText();
    expect(text.count).toBeGreaterThan(10);
    expect(text.smallest).toBeGreaterThanOrEqual(24);
    expect(await axeViolations(page, 'dialog.beamer')).toEqual([]);

    await escapeReturns();
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], foreignRequests: [] });
  });
});
