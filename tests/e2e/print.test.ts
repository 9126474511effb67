// Printing, as a reader does it with the browser's print (emulated print media and a real A4
// PDF from Chromium): the partner matrix and both questionnaires give a report as text, without
// form fields or buttons and without headings that have nothing under them; a chapter prints
// without the site's navigation. PRINT_PDF_DIR=/tmp/pdf keeps the PDFs to look at.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { capabilityDefinition } from '../../src/lib/capability-scan/definition';
import { buildFragment, encodeSharePayload } from '../../src/lib/instrument-kit/share-link';
import { allStatements } from '../../src/lib/questionnaire/definition';
import type { PageProblems } from './support/browser';
import { waitForMatrix } from './support/matrix-page';
import { paperProblems, printPdf } from './support/print-page';
import {
  answerAll,
  answerPartByKeyboard,
  nextPart,
  waitForQuestionnaire,
} from './support/questionnaire-page';
import { openCleanPage, useBrowserAndSite, waitForSaved } from './support/session';

const session = useBrowserAndSite();
const url = (pathAndHash: string) => new URL(pathAndHash, session.site.url).href;
let page: Page;
let problems: PageProblems;

afterEach(async () => {
  expect(problems.pageErrors).toEqual([]);
  await page.emulateMedia({ media: 'screen' });
});

/** Long names that a narrow field or a chart label would cut. */
const LONG_NAMES = [
  'Stichting Lezen en Schrijven, regio Noord-Holland Noord en Flevoland',
  'Openbare Bibliotheek Rivierenland met vestigingen in Tiel, Culemborg en Geldermalsen',
  'Maatschappelijk werk en schuldhulpverlening Zuid-Kennemerland',
];
const NOTE = 'Vraag in maart om de cijfers over deelnemers per wijk.';

const sharedMatrix = {
  v: 1,
  goals: [
    { id: 'taal', name: 'Taalvaardigheid van volwassenen in de hele regio', urgency: 'hoog' },
    { id: 'schulden', name: 'Minder inwoners met problematische schulden', urgency: 'middel' },
    { id: 'leeg', name: 'Een doel waar nog niemand aan werkt', urgency: 'laag' },
  ],
  partners: [
    {
      id: 'p1',
      name: LONG_NAMES[0],
      goalId: 'taal',
      relation: 'subsidie',
      influence: 4,
      dependency: 7,
      target: { influence: 7, dependency: 6 },
      notes: NOTE,
    },
    {
      id: 'p2',
      name: LONG_NAMES[1],
      goalId: 'taal',
      relation: 'opdracht',
      influence: 8,
      dependency: 8.5,
      target: null,
      notes: '',
    },
    {
      id: 'p3',
      name: LONG_NAMES[2],
      goalId: 'schulden',
      relation: 'bestuurlijke-afspraken',
      influence: 3,
      dependency: 2,
      target: null,
      notes: '',
    },
  ],
  ambition: { atNoDependency: 0, atFullDependency: 10 },
};

const openQuestionnaire = (tool: string) =>
  openCleanPage(session, url(`instrumenten/${tool}/`), waitForQuestionnaire);

/** Switches to print media and waits until the page has drawn what only paper shows. */
async function toPaper(p: Page, ready: string) {
  await p.emulateMedia({ media: 'print' });
  await p.locator(ready).first().waitFor();
}

describe('partner matrix on paper', () => {
  it('prints every goal with its chart and partners as text, then the actions, on A4', async () => {
    const link = buildFragment({ data: await encodeSharePayload(sharedMatrix) });
    ({ page, problems } = await openCleanPage(
      session,
      url(`instrumenten/partnermatrix/${link}`),
      waitForMatrix,
    ));
    await waitForSaved(page);
    // The print dialog (beforeprint) draws the report's charts and names the document after the
    // work (browsers print that name with the date on every page; a PDF takes it as file name).
    // Closing it (afterprint) gives the screen back as it was.
    const dialog = await page.evaluate(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const charts = () => document.querySelectorAll('.print-report .matrix-chart').length;
      const screen = { title: document.title, charts: charts() };
      window.dispatchEvent(new Event('beforeprint'));
      await frame();
      const printing = { title: document.title, charts: charts() };
      window.dispatchEvent(new Event('afterprint'));
      await frame();
      return [screen, printing, { title: document.title, charts: charts() }];
    });
    const pageTitle = dialog[0].title;
    expect(dialog).toEqual([
      { title: pageTitle, charts: 0 },
      { title: `Gedeelde partnermatrix – ${pageTitle}`, charts: 2 },
      { title: pageTitle, charts: 0 },
    ]);

    await toPaper(page, '.print-report .matrix-chart');

    const report = page.locator('.print-report');
    expect(await report.isVisible()).toBe(true);
    expect(await paperProblems(page)).toEqual({ fields: [], emptyHeadings: [] });
    // The work's title heads the report.
    expect(await report.getByRole('heading', { level: 2 }).first().textContent()).toBe(
      'Gedeelde partnermatrix',
    );
    // A chart for each goal that has partners; the goal without partners says so.
    expect(await report.locator('.matrix-chart').count()).toBe(2);
    const emptyGoal = report.locator('.report-goal', { hasText: sharedMatrix.goals[2].name });
    expect(await emptyGoal.getByText('Nog geen partners bij dit doel.').isVisible()).toBe(true);
    // Every name in full, as text that is not cut off, in its goal's table; the partners with
    // a direction also in the actions.
    for (const name of LONG_NAMES) {
      const cell = report.locator('.goal-table th', { hasText: name });
      expect(await cell.textContent()).toBe(name);
      expect(await cell.isVisible()).toBe(true);
      expect(await cell.evaluate((th) => th.scrollWidth <= th.clientWidth + 1)).toBe(true);
    }
    expect(await report.locator('.overview-table th').allTextContents()).toEqual(
      expect.arrayContaining(LONG_NAMES.slice(0, 2)),
    );
    expect(await report.getByText(NOTE).isVisible()).toBe(true);
    // The screen's form is not printed.
    expect(await page.locator('table.inventory').isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Grafiek', exact: true }).isVisible()).toBe(
      false,
    );

    const pdf = await printPdf(page, 'partnermatrix');
    expect(pdf.magic).toBe('%PDF');
    expect(pdf.a4).toBe(true);
    // Each goal with partners starts a page (the one without follows on), then the actions.
    const pageBreaks = await report
      .locator('.report-goal, .report-actions')
      .evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore));
    expect(pageBreaks).toEqual(['auto', 'page', 'auto', 'page']);
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
  });
});

describe('questionnaires on paper', () => {
  it('an unanswered quick-scan prints no empty result, only that there is none yet', async () => {
    ({ page, problems } = await openQuestionnaire('quickscan-samenwerkingsvermogen'));
    await toPaper(page, '.report-header__date');
    expect(await paperProblems(page)).toEqual({ fields: [], emptyHeadings: [] });
    expect(await page.locator('.scan-results').isVisible()).toBe(false);
    expect(await page.locator('.scan-team').isVisible()).toBe(false);
    expect(await page.getByText('Er is nog geen resultaat').isVisible()).toBe(true);
    expect(await page.locator('.report-header__title').textContent()).toBe(
      'Mijn samenwerkingsvermogen',
    );
    expect((await printPdf(page, 'quickscan-leeg')).magic).toBe('%PDF');
  });

  it('an answered quick-scan prints the result, the chart and every answer as text', async () => {
    ({ page, problems } = await openQuestionnaire('quickscan-samenwerkingsvermogen'));
    await page.getByLabel('Je naam (mag leeg blijven)').fill('Fatima de Wit-Vermeulen');
    await answerAll(page, 4, 4);
    await waitForSaved(page);
    await toPaper(page, '.answers-report__answers');

    expect(await paperProblems(page)).toEqual({ fields: [], emptyHeadings: [] });
    expect(await page.locator('.report-header__title').textContent()).toBe(
      'Mijn samenwerkingsvermogen',
    );
    const statements = allStatements(capabilityDefinition).length;
    expect(
      await page.getByText(`${statements} van ${statements} stellingen beantwoord.`).isVisible(),
    ).toBe(true);
    expect(await page.locator('.scan-results svg').first().isVisible()).toBe(true);
    const answers = page.locator('.answers-report__answers');
    expect(await answers.getByRole('heading').textContent()).toBe(
      'Antwoorden van Fatima de Wit-Vermeulen',
    );
    expect(await answers.getByRole('cell', { name: '4 – Eens', exact: true }).count()).toBe(
      statements,
    );
    expect(await page.locator('.scan-step').isVisible()).toBe(false);

    const pdf = await printPdf(page, 'quickscan');
    expect([pdf.magic, pdf.a4]).toEqual(['%PDF', true]);
  });

  it('the partnership check prints the result, the comparison and the answers', async () => {
    ({ page, problems } = await openQuestionnaire('partnerschapscheck'));
    const partner = 'Woningcorporatie Eigen Haard en Thuis, afdeling wijkbeheer';
    await page.getByLabel('Namens welke partnerorganisatie vul je in?').fill(partner);
    await answerPartByKeyboard(page, (i) => i % 6);
    await nextPart(page, 'Naar het resultaat');
    await page.getByRole('button', { name: 'Mijn antwoorden toevoegen' }).click();
    await page.locator('.team-table').waitFor();
    await waitForSaved(page);
    await toPaper(page, '.answers-report__answers');

    expect(await paperProblems(page)).toEqual({ fields: [], emptyHeadings: [] });
    expect(await page.locator('.report-header__title').textContent()).toBe(
      'Mijn partnerschapscheck',
    );
    expect(await page.locator('.team-table').isVisible()).toBe(true);
    expect(await page.locator('.team-table th', { hasText: partner }).first().isVisible()).toBe(
      true,
    );
    expect(
      await page.locator('.answers-report__answers').getByText('Weet ik niet').count(),
    ).toBeGreaterThan(0);

    const pdf = await printPdf(page, 'partnerschapscheck');
    expect([pdf.magic, pdf.a4]).toEqual(['%PDF', true]);
  });
});

describe('a chapter on paper', () => {
  it('prints the text without the navigation, search or theme switch', async () => {
    ({ page, problems } = await openCleanPage(session, url('partnerstrategie/stappenplan/'), (p) =>
      p.locator('main h1').waitFor(),
    ));
    await page.emulateMedia({ media: 'print' });
    expect(await paperProblems(page)).toEqual({ fields: [], emptyHeadings: [] });
    expect(await page.locator('nav.sidebar').isVisible()).toBe(false);
    expect(await page.locator('main h1').isVisible()).toBe(true);
    expect((await printPdf(page, 'stappenplan')).magic).toBe('%PDF');
  });

  it('prints the address of a link to another site after its text', async () => {
    ({ page, problems } = await openCleanPage(session, url('over/'), (p) =>
      p.locator('main h1').waitFor(),
    ));
    await page.emulateMedia({ media: 'print' });
    const license = page.locator('main a[href^="https://creativecommons.org/"]');
    const after = await license.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toBe(`" (${await license.getAttribute('href')})"`);
  });
});
