// The partnership check as partner organisations (and whoever brings them together) use it, in
// real Chromium against the built site.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { launchBrowser, type PageProblems } from './support/browser';
import {
  answerPartByKeyboard,
  nextPart,
  printView,
  progressText,
  waitForQuestionnaire,
} from './support/questionnaire-page';
import { openCleanPage, useBrowserAndSite, waitForSaved } from './support/session';

const session = useBrowserAndSite();
let page: Page;
let problems: PageProblems;
const checkUrl = (hash = '') =>
  new URL(`instrumenten/partnerschapscheck/${hash}`, session.site.url).href;
const PARTNER = 'Namens welke partnerorganisatie vul je in? (mag leeg blijven)';
// Keyboard moves from the first option: 0 → 1 "Helemaal oneens" … 4 → 5, 5 → "Weet ik niet".
const DONT_KNOW = 5;

async function toResults(p: Page) {
  await nextPart(p, 'Naar het resultaat');
}

/** Fills in the whole check for one partner: `value(i)` (1–5) for statement i. */
async function fillCheck(p: Page, partner: string, value: (index: number) => number) {
  await p.getByLabel(PARTNER).fill(partner);
  await answerPartByKeyboard(p, (i) => value(i) - 1);
  await toResults(p);
}

async function startAgain(p: Page) {
  await p.getByRole('button', { name: 'Opnieuw beginnen' }).click();
  await p.getByRole('button', { name: 'Ja, wis mijn antwoorden' }).click();
}

const messages = (p: Page) => p.locator('.kit-messages').textContent();

beforeEach(async () => {
  ({ page, problems } = await openCleanPage(session, checkUrl(), waitForQuestionnaire));
});

describe('answering', () => {
  it('completes by keyboard, resumes after a reload half-way, and shows the hand-computed scores', async () => {
    expect(await axeViolations(page)).toEqual([]);
    // Seventeen statements in the order of the broker chapter (five for the roles, three for
    // the others): doel 1,1,1 → 1 · rollen 2,3,weet niet,2,3 → 2,5 · benefits 5,5,5 → 5 ·
    // openheid 4,4,4 → 4 · leiderschap 3,2,3 → 8/3 ≈ 2,7.
    const moves = [0, 0, 0, 1, 2, DONT_KNOW, 1, 2, 4, 4, 4, 3, 3, 3, 2, 1, 2];
    const count = await answerPartByKeyboard(page, (i) => (i < 7 ? moves[i] : null));
    expect(count).toBe(17);
    expect(await progressText(page)).toContain('7 van 17 stellingen beantwoord (1 keer');
    expect(await axeViolations(page)).toEqual([]);
    await waitForSaved(page);
    await page.reload();
    await waitForQuestionnaire(page);
    expect(await progressText(page)).toContain('7 van 17');
    await answerPartByKeyboard(page, (i) => (i < 7 ? null : moves[i]));
    await toResults(page);

    const rows = await page.$$eval('.scan-results table tbody tr:not(.group-row)', (trs) =>
      trs.map((tr) => [...tr.children].map((cell) => cell.textContent)),
    );
    expect(
      rows.map(([name, score, answered, dontKnow]) => [name, score, answered, dontKnow]),
    ).toEqual([
      ['Een gemeenschappelijk doel', '1', '3', '0'],
      ['Heldere rollen en verantwoordelijkheden', '2,5', '5', '1'],
      ['Duidelijk wat ieder eraan heeft (mutual benefits)', '5', '3', '0'],
      ['Openheid en transparantie', '4', '3', '0'],
      ['Leiderschap dat blijft verbinden', '2,7', '3', '0'],
    ]);
    // The three weakest criteria, lowest first, each with the broker's advice and a link.
    const weakest = page.locator('.scan-priorities > li');
    expect(await weakest.locator('strong').first().textContent()).toBe(
      'Een gemeenschappelijk doel',
    );
    expect(await page.locator('.scan-priorities > li > strong').allTextContents()).toEqual([
      'Een gemeenschappelijk doel',
      'Heldere rollen en verantwoordelijkheden',
      'Leiderschap dat blijft verbinden',
    ]);
    expect(await weakest.first().textContent()).toContain('Wat je kunt doen:');
    expect(await weakest.nth(2).textContent()).toContain('partnership broker');
    expect(await page.locator('.scan-chart-and-table svg.score-chart').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // The link of the weakest criterion lands on its heading in the broker chapter.
    await weakest.first().getByRole('link').click();
    await page.waitForURL(/partnership-broker\/#een-gemeenschappelijk-doel$/);
    expect(await page.locator('h3#een-gemeenschappelijk-doel').textContent()).toBe(
      'Een gemeenschappelijk doel',
    );
    expect(problems.pageErrors).toEqual([]);
  });
});

describe('comparing partners', () => {
  it('compares three partners (link, JSON file, this device) and flags where they differ', async () => {
    // Partner A: everything 1, shared as a link.
    await fillCheck(page, 'Gemeente Noorddorp', () => 1);
    await page.getByRole('button', { name: 'Deel mijn resultaat' }).click();
    const link = await page.getByLabel('Link naar je resultaat').inputValue();
    // Partner B: the first two criteria 3 (statements 0–7), the rest 1, as a JSON file.
    await startAgain(page);
    await fillCheck(page, 'Woonstichting Oost', (i) => (i < 8 ? 3 : 1));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporteer als JSON' }).click(),
    ]);
    const file = await download.path();
    // Partner C fills it in on this device: everything 2.
    await startAgain(page);
    await fillCheck(page, 'Welzijn Samen', () => 2);

    await page.getByLabel('Plak links naar resultaten').fill(link);
    await page.getByRole('button', { name: 'Links toevoegen' }).click();
    await page.locator('.team-table thead th', { hasText: 'Gemeente Noorddorp' }).waitFor();
    await page.setInputFiles('input[aria-label="JSON-bestanden om toe te voegen"]', file!);
    await page.locator('.team-table thead th', { hasText: 'Woonstichting Oost' }).waitFor();
    await page.getByRole('button', { name: 'Mijn antwoorden toevoegen' }).click();
    const table = page.locator('.team-table');
    await expect
      .poll(() => table.locator('thead th').allTextContents())
      .toEqual([
        'Criterium',
        '1. Gemeente Noorddorp',
        '2. Woonstichting Oost',
        '3. Welzijn Samen',
        'Gemiddeld',
        'Spreiding',
        'Bespreken?',
      ]);
    // 1 vs 3 on the first two criteria: 2 points apart. Elsewhere 1 vs 2: no flag.
    expect(await table.locator('tr.is-flagged th').allTextContents()).toEqual([
      'Een gemeenschappelijk doel',
      'Heldere rollen en verantwoordelijkheden',
    ]);
    const doel = await table.locator('tr.is-flagged').first().locator('td').allTextContents();
    expect(doel).toEqual(['1', '3', '2', '2', '2', '⚑ ja']);
    expect(await page.getByRole('img', { name: /^Scores per partner/ }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Partners vergelijken' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // The comparison survives a reload and can be exported.
    await waitForSaved(page);
    await page.reload();
    await waitForQuestionnaire(page);
    expect(await table.locator('tr.is-flagged').count()).toBe(2);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporteer de vergelijking als CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^partnerschapscheck-team-.*\.csv$/);
    expect(problems.pageErrors).toEqual([]);
  });

  it('a result link opens in a fresh profile and joins the comparison there', async () => {
    await fillCheck(page, '"><script>alert(1)</script>', () => 4);
    await page.getByRole('button', { name: 'Deel mijn resultaat' }).click();
    const link = await page.getByLabel('Link naar je resultaat').inputValue();
    const other = await launchBrowser();
    try {
      const fresh = await other.context.newPage();
      const dialogs: string[] = [];
      fresh.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await fresh.goto(link);
      await waitForQuestionnaire(fresh);
      expect(await fresh.locator('.team-table thead th').allTextContents()).toContain(
        '1. "><script>alert(1)</script>',
      );
      expect(await fresh.locator('.team-table td').first().textContent()).toBe('4');
      // The fresh profile's own answers are untouched: nothing answered yet.
      expect(await progressText(fresh)).toContain('0 van 17');
      expect(dialogs).toEqual([]);
    } finally {
      await other.close();
    }
  });
});

describe('bad input', () => {
  it('a garbled link, a broken file or another tool’s file gives a Dutch message and loses nothing', async () => {
    await fillCheck(page, 'Bibliotheek West', () => 4);
    const before = await progressText(page);
    await page.getByLabel('Plak links naar resultaten').fill('https://example.org/#data=1.zzzz');
    await page.getByRole('button', { name: 'Links toevoegen' }).click();
    await expect.poll(() => messages(page)).toMatch(/link|beschadigd/i);
    await page.setInputFiles('input[aria-label="JSON-bestanden om toe te voegen"]', {
      name: 'kapot.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"partnerwijzer"'),
    });
    await expect.poll(() => messages(page)).toMatch(/niets toegevoegd/);

    // A quick-scan result is valid JSON, but of another instrument.
    const scan = new URL('instrumenten/quickscan-samenwerkingsvermogen/', session.site.url).href;
    const other = await page.context().newPage();
    await other.goto(scan);
    await waitForQuestionnaire(other);
    const [download] = await Promise.all([
      other.waitForEvent('download'),
      other.getByRole('button', { name: 'Exporteer als JSON' }).click(),
    ]);
    await other.close();
    const messageCount = await page.locator('.kit-messages > *').count();
    await page.setInputFiles(
      'input[aria-label="JSON-bestanden om toe te voegen"]',
      (await download.path())!,
    );
    await expect
      .poll(() => page.locator('.kit-messages > *').count())
      .toBeGreaterThan(messageCount);
    expect(await messages(page)).toMatch(/niets toegevoegd/);

    await page.goto(checkUrl('#data=1.AAAA'));
    await waitForQuestionnaire(page);
    expect(await messages(page)).toMatch(/link/i);
    expect(await progressText(page)).toBe(before);
    expect(await page.locator('.team-table').count()).toBe(0);
    expect(problems.pageErrors).toEqual([]);
  });
});

it('the print view shows the results on A4', async () => {
  await fillCheck(page, 'Gemeente Noorddorp', () => 3);
  expect(await printView(page)).toEqual({ results: true, toolbar: false, pdf: '%PDF' });
});
