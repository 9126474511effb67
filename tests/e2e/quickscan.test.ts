// The quick-scan as a reader (and a facilitator) uses it, in real Chromium.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { axeViolations as axe } from './support/axe';
import type { PageProblems } from './support/browser';
import {
  answerAll,
  answerPartByKeyboard,
  nextPart,
  printView,
  waitForQuestionnaire as waitForScan,
} from './support/questionnaire-page';
import { libraryDocuments, putDocument } from './support/library';
import { openCleanPage, useBrowserAndSite, waitForSaved } from './support/session';

const session = useBrowserAndSite();
let page: Page;
let problems: PageProblems;
const scanUrl = (hash = '') =>
  new URL(`instrumenten/quickscan-samenwerkingsvermogen/${hash}`, session.site.url).href;

const teamCell = (p: Page) => p.locator('.team-table');

beforeEach(async () => {
  ({ page, problems } = await openCleanPage(session, scanUrl(), waitForScan));
});

describe('answering', () => {
  it('completes by keyboard, resumes after a reload half-way, and shows matching scores', async () => {
    expect(await axe(page)).toEqual([]);
    // Part 1: all "Helemaal oneens" (1); part 2: first statement "weet ik niet", others 4.
    await answerPartByKeyboard(page, () => 0);
    await nextPart(page, 'Volgend onderdeel');
    const part2 = await answerPartByKeyboard(page, (i) => (i === 0 ? 5 : 3));
    expect(part2).toBe(6);
    expect(await axe(page)).toEqual([]);
    await waitForSaved(page);
    await page.reload();
    await waitForScan(page);
    expect(await page.locator('.scan-step h2').textContent()).toContain('(2 van 4)');
    expect(await page.locator('.scan-progress label').textContent()).toContain('14 van 26');
    for (let part = 2; part < 4; part++) {
      await nextPart(page);
      await answerPartByKeyboard(page, () => 4);
    }
    await nextPart(page, 'Naar het resultaat');
    const table = page.locator('.scan-results table');
    // Domain 1: every answer 1 → 1,0. Domain 2: one "weet ik niet", the rest 4 → 4,0. Domains 3 and 4: 5,0.
    const groupRows = await table.locator('tr.group-row th').allTextContents();
    expect(groupRows.map((t) => t.split(': ')[1])).toEqual(['1', '4', '5', '5']);
    const dontKnow = await table
      .locator('tbody')
      .nth(1)
      .locator('tr')
      .nth(1)
      .locator('td')
      .nth(2)
      .textContent();
    expect(dontKnow).toBe('1');
    // The three to work on first are the three conditions of domain 1 (lowest scores).
    const priorities = await page.locator('.scan-priorities > li strong').allTextContents();
    const domain1 = await table
      .locator('tbody')
      .first()
      .locator('tr:not(.group-row) th')
      .allTextContents();
    expect(priorities).toEqual(domain1);
    expect(await page.locator('.scan-priorities a').count()).toBe(3);
    expect(await axe(page)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });
});

describe('team comparison', () => {
  const fillAll = (p: Page, value: number) => answerAll(p, 4, value);

  it('compares three respondents (link, JSON file, this device) and flags differences', async () => {
    // Respondent A shares a link; respondent B exports a JSON file.
    await page.getByLabel('Je naam (mag leeg blijven)').fill('Anouk');
    await fillAll(page, 1);
    await page.getByRole('button', { name: 'Deel mijn resultaat' }).click();
    const link = await page.getByLabel('Link naar je resultaat').inputValue();
    await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
    await page.getByRole('button', { name: 'Ja, wis mijn antwoorden' }).click();
    await page.getByLabel('Je naam (mag leeg blijven)').fill('Bram');
    await fillAll(page, 3);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporteer als JSON' }).click(),
    ]);
    const file = await download.path();
    await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
    await page.getByRole('button', { name: 'Ja, wis mijn antwoorden' }).click();
    await page.getByLabel('Je naam (mag leeg blijven)').fill('Chris');
    await fillAll(page, 2);

    // The facilitator adds all three.
    await page.getByLabel('Plak links naar resultaten').fill(link);
    await page.getByRole('button', { name: 'Links toevoegen' }).click();
    await page.locator('.team-table thead th', { hasText: 'Anouk' }).waitFor();
    await page.setInputFiles('input[aria-label="JSON-bestanden om toe te voegen"]', file!);
    await page.locator('.team-table thead th', { hasText: 'Bram' }).waitFor();
    await page.getByRole('button', { name: 'Mijn antwoorden toevoegen' }).click();
    await expect
      .poll(() => teamCell(page).locator('thead th').allTextContents())
      .toEqual(expect.arrayContaining(['1. Anouk', '2. Bram', '3. Chris']));
    const flagged = await teamCell(page).locator('tr.is-flagged').count();
    expect(flagged).toBe(12); // 1 vs 3: every condition differs by 2
    expect(await page.locator('.team-chart').count()).toBe(1);
    expect(await axe(page)).toEqual([]);
  });

  it('a garbled link or a broken file gives a Dutch message and loses nothing', async () => {
    await fillAll(page, 4);
    const before = await page.locator('.scan-progress label').textContent();
    await page.getByLabel('Plak links naar resultaten').fill('https://example.org/#data=1.zzzz');
    await page.getByRole('button', { name: 'Links toevoegen' }).click();
    await expect
      .poll(() => page.locator('.kit-messages').textContent())
      .toMatch(/link|beschadigd/i);
    await page.setInputFiles('input[aria-label="JSON-bestanden om toe te voegen"]', {
      name: 'kapot.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"partnerwijzer"'),
    });
    await expect
      .poll(() => page.locator('.kit-messages').textContent())
      .toMatch(/niets toegevoegd/);
    await page.goto(scanUrl('#data=1.AAAA'));
    await waitForScan(page);
    expect(await page.locator('.scan-progress label').textContent()).toBe(before);
    expect(await page.locator('.team-table').count()).toBe(0);
    expect(problems.pageErrors).toEqual([]);
  });

  it('a result link opens in a fresh profile and joins the comparison there', async () => {
    await page.getByLabel('Je naam (mag leeg blijven)').fill('<img src=x onerror=alert(1)>');
    await fillAll(page, 5);
    await page.getByRole('button', { name: 'Deel mijn resultaat' }).click();
    const link = await page.getByLabel('Link naar je resultaat').inputValue();
    const { launchBrowser } = await import('./support/browser');
    const other = await launchBrowser();
    try {
      const fresh = await other.context.newPage();
      await fresh.goto(link);
      await waitForScan(fresh);
      expect(await fresh.locator('.team-table thead th').allTextContents()).toContain(
        '1. <img src=x onerror=alert(1)>',
      );
      expect(await fresh.locator('img[src="x"]').count()).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('the print view shows the results', async () => {
    await fillAll(page, 3);
    expect(await printView(page)).toEqual({ results: true, toolbar: false, pdf: '%PDF' });
  });
});

describe('work saved before statements were split', () => {
  /** Puts `state` into the open document as format `format`, as an older version saved it. */
  async function storeAsOlderVersion(p: Page, state: unknown, format: number) {
    await waitForSaved(p);
    const [doc] = await libraryDocuments(p);
    await putDocument(p, { ...doc, format, state });
  }

  it('opens with the old answers set aside, says so once, and loses nothing', async () => {
    await storeAsOlderVersion(
      page,
      {
        v: 1,
        step: 0,
        own: {
          v: 1,
          definition: 'samenwerkingsvermogen',
          respondent: 'Sanne',
          // Two statements that asked two things at once, and one that stayed.
          answers: {
            'commitment-leiding-1': 4,
            'commitment-leiding-2': 3,
            'samenwerkingscultuur-2': 2,
          },
          ambitions: { 'commitment-leiding': 5 },
        },
        team: [],
      },
      1,
    );
    await page.reload();
    await waitForScan(page);
    const messages = await page.locator('.kit-messages').textContent();
    expect(messages).toContain('Dit werk is geopend, met een paar aanpassingen.');
    expect(messages).toContain(
      'Sanne: De antwoorden op 2 oude stellingen bij ‘Commitment van de leiding’ en ‘Een cultuur die samenwerken draagt’ staan apart.',
    );
    // Only the statement that stayed counts; the new halves wait for an answer.
    expect(await page.locator('.scan-progress label').textContent()).toContain('1 van 26');
    const kept = page.locator('.scan-set-aside');
    expect(await kept.count()).toBe(2);
    expect(await kept.first().textContent()).toContain(
      '“De leiding van mijn organisatie maakt geld en tijd vrij voor partnerships.”: 4 – Eens',
    );
    expect(await page.getByLabel('Je naam (mag leeg blijven)').inputValue()).toBe('Sanne');
    expect(
      await page
        .getByLabel('Gewenst niveau voor “Commitment van de leiding” (mag leeg blijven)')
        .locator('option:checked')
        .textContent(),
    ).toBe('5 – heel sterk');

    // Written back once in the new format: nothing lost, and no message the next time.
    await waitForSaved(page);
    const [stored] = await libraryDocuments(page);
    expect(stored.format).toBe(2);
    expect(stored.state).toMatchObject({
      own: {
        answers: { 'commitment-leiding-2': 3 },
        setAside: { 'commitment-leiding-1': 4, 'samenwerkingscultuur-2': 2 },
        ambitions: { 'commitment-leiding': 5 },
      },
    });
    await page.reload();
    await waitForScan(page);
    expect(await page.locator('.kit-messages').textContent()).not.toContain('oude stelling');
    expect(await kept.count()).toBe(2);

    // The reader may remove an old answer, and undo that.
    await kept.first().getByRole('button', { name: 'Weghalen' }).click();
    await expect.poll(() => kept.count()).toBe(1);
    await page.getByRole('button', { name: 'Ongedaan maken' }).last().click();
    await expect.poll(() => kept.count()).toBe(2);
    expect(await axe(page)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });
});
