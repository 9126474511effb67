// A trainer collects a whole group's quick-scan results in one move, in real Chromium: many
// files at once (dropped and chosen), a chat message full of links, duplicates refused, and a
// team chart where nobody with the same score is hidden.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { capabilityDefinition as def } from '../../src/lib/capability-scan/definition';
import { toJsonExport } from '../../src/lib/instrument-kit/json-export';
import { buildFragment, encodeSharePayload } from '../../src/lib/instrument-kit/share-link';
import type { QResponse } from '../../src/lib/questionnaire/response';
import { axeViolations } from './support/axe';
import type { PageProblems } from './support/browser';
import { overflow, smallControls } from './support/page-width';
import { waitForQuestionnaire } from './support/questionnaire-page';
import { openCleanPage, useBrowserAndSite, waitForSaved } from './support/session';

const TOOL = 'quickscan-samenwerkingsvermogen';
const session = useBrowserAndSite();
let page: Page;
let problems: PageProblems;
const scanUrl = () => new URL(`instrumenten/${TOOL}/`, session.site.url).href;

beforeEach(async () => {
  ({ page, problems } = await openCleanPage(session, scanUrl(), waitForQuestionnaire));
});

const statements = def.groups.flatMap((g) => g.items.flatMap((i) => i.statements));
const conditions = def.groups.flatMap((g) => g.items);

/** A filled-in quick-scan: statement n gets `answer(n)` (1–5). */
function response(respondent: string, answer: (n: number) => number): QResponse {
  return {
    v: 1,
    definition: def.id,
    respondent,
    answers: Object.fromEntries(statements.map((s, n) => [s.id, answer(n)])),
    ambitions: {},
  };
}

/** Twenty participants with different names and different answers. */
const group = Array.from({ length: 20 }, (_, p) =>
  response(`Deelnemer ${p + 1}`, (n) => 1 + ((p + n) % 5)),
);
/** Each result as the file its respondent exports. */
const asFiles = (responses: QResponse[]) =>
  responses.map((r, p) => ({
    name: `${TOOL}-${p + 1}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(toJsonExport(TOOL, 1, r)),
  }));
const files = asFiles(group);

const FILE_INPUT = 'input[aria-label="JSON-bestanden om toe te voegen"]';
const headers = (p: Page) => p.locator('.team-table thead th').allTextContents();
const respondentColumns = async (p: Page) =>
  (await headers(p)).filter((h) => /^\d+\. /.test(h)).length;

/** Waits for the newest message to contain `text` and returns it. */
async function message(p: Page, text: string): Promise<string> {
  const newest = p.locator('.kit-message').last();
  await expect.poll(() => newest.textContent(), { timeout: 20_000 }).toContain(text);
  return (await newest.textContent()) ?? '';
}

/** Drops files on the drop zone the way a browser does: a drop event with a DataTransfer. */
async function dropFiles(p: Page, dropped: typeof files) {
  await p.locator('.result-drop').evaluate(
    (zone, list) => {
      const data = new DataTransfer();
      for (const f of list) data.items.add(new File([f.text], f.name, { type: f.type }));
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true }));
      zone.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    },
    dropped.map((f) => ({ name: f.name, type: f.mimeType, text: f.buffer.toString('utf8') })),
  );
}

describe('collecting results', () => {
  it('20 files dropped at once become 20 respondents; the same files again are all refused', async () => {
    await dropFiles(page, files);
    expect(await message(page, '20 resultaten toegevoegd')).not.toMatch(/stond/);
    expect(await respondentColumns(page)).toBe(20);
    expect(await headers(page)).toContain('20. Deelnemer 20');

    // The same twenty, now chosen in the file picker (one multiple input).
    expect(await page.locator(FILE_INPUT).getAttribute('multiple')).not.toBeNull();
    await page.setInputFiles(FILE_INPUT, files);
    const refused = await message(page, 'Er is niets toegevoegd');
    expect(refused).toContain('20 stonden er al (Deelnemer 1, Deelnemer 2,');
    expect(await respondentColumns(page)).toBe(20);

    // Still twenty after a reload: nothing was added behind the message's back.
    await waitForSaved(page);
    await page.reload();
    await waitForQuestionnaire(page);
    expect(await respondentColumns(page)).toBe(20);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });

  it('a chat message with 3 links adds 3; pasting it again adds none and says who', async () => {
    const link = async (r: QResponse) =>
      `${scanUrl()}${buildFragment({ data: await encodeSharePayload(r) })}`;
    const [anna, bram, cor] = await Promise.all(
      ['Anna de Vries', 'Bram', 'Cor'].map((name, i) => link(response(name, () => i + 2))),
    );
    const chat = `Hoi allemaal! Hier de resultaten van vanochtend:\n${anna} (Anna)\nVan Bram: ${bram}.\nEn Cor stuurde "${cor}", zie ook ${scanUrl()}#bronnen. Groet!`;
    const box = page.getByLabel('Plak links naar resultaten');
    await box.fill(chat);
    await page.getByRole('button', { name: 'Links toevoegen' }).click();
    expect(await message(page, '3 resultaten toegevoegd')).not.toMatch(/niet te lezen/);
    expect(await headers(page)).toEqual(
      expect.arrayContaining(['1. Anna de Vries', '2. Bram', '3. Cor']),
    );
    expect(await box.inputValue()).toBe('');

    await box.fill(chat);
    await page.getByRole('button', { name: 'Links toevoegen' }).click();
    expect(await message(page, 'Er is niets toegevoegd')).toContain(
      '3 stonden er al (Anna de Vries, Bram, Cor)',
    );
    expect(await respondentColumns(page)).toBe(3);

    // "Mijn antwoorden toevoegen" twice: the second time is refused too.
    await page.getByLabel('Je naam (mag leeg blijven)').fill('Dirk');
    await page.getByRole('button', { name: 'Mijn antwoorden toevoegen' }).click();
    await message(page, 'Dirk is toegevoegd');
    await page.getByRole('button', { name: 'Mijn antwoorden toevoegen' }).click();
    await message(page, 'Dirk staat al in de vergelijking');
    expect(await respondentColumns(page)).toBe(4);
    expect(problems.pageErrors).toEqual([]);
  });

  it('an export file names the respondent and the instrument', async () => {
    await page.getByLabel('Je naam (mag leeg blijven)').fill('Anna de Vriés / Team 2');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporteer als JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^quickscan-samenwerkingsvermogen-anna-de-vries-team-2-\d{4}-\d\d-\d\d\.json$/,
    );
  });
});

/** What the chart shows per condition: the labels of its dots and their boxes. */
async function chartRows(p: Page) {
  return p.locator('.team-chart').evaluate((svg) => {
    const rows = [...svg.children].filter((g) => g.tagName === 'g' && g.querySelector('.team-dot'));
    return rows.map((row) =>
      [...row.querySelectorAll('.team-dot')].map((dot) => {
        const box = dot.querySelector('circle')!.getBoundingClientRect();
        const text = dot.querySelector('text')!;
        return {
          label: text.textContent ?? '',
          fontSize: parseFloat(getComputedStyle(text).fontSize),
          box: [box.left, box.top, box.right, box.bottom] as const,
        };
      }),
    );
  });
}

/** How many respondents a dot stands for: "5×" is five, a respondent's number is one. */
const people = (label: string) => (label.endsWith('×') ? Number(label.slice(0, -1)) : 1);
const overlaps = (a: readonly number[], b: readonly number[]) =>
  a[0]! < b[2]! - 0.5 && b[0]! < a[2]! - 0.5 && a[1]! < b[3]! - 0.5 && b[1]! < a[3]! - 0.5;

describe('the team chart shows everyone', () => {
  it('5 respondents with equal scores show as one dot saying 5×', async () => {
    const five = ['Anna', 'Bram', 'Cor', 'Dewi', 'Eva'].map((name) => response(name, () => 3));
    await page.setInputFiles(FILE_INPUT, asFiles(five));
    await message(page, '5 resultaten toegevoegd');
    const rows = await chartRows(page);
    expect(rows).toHaveLength(conditions.length);
    for (const dots of rows) expect(dots.map((d) => d.label)).toEqual(['5×']);
    // Pointing at the dot names all five.
    expect(await page.locator('.team-dot title').first().textContent()).toBe(
      '3: Anna, Bram, Cor, Dewi, Eva',
    );
  });

  it.each([320, 375, 1366])(
    'with 25 respondents at %i px: every one counted, no dot on another, text of 12 px or more',
    async (width) => {
      await page.setViewportSize({ width, height: 900 });
      const many = Array.from({ length: 25 }, (_, p) =>
        response(`Persoon ${p + 1}`, (n) => 1 + ((p * 3 + (n % 3) * p) % 5)),
      );
      await page.setInputFiles(FILE_INPUT, asFiles(many));
      await message(page, '25 resultaten toegevoegd');
      const rows = await chartRows(page);
      expect(rows).toHaveLength(conditions.length);
      const chart = await page.locator('.team-chart').boundingBox();
      expect(chart!.width).toBeLessThanOrEqual(width);
      for (const dots of rows) {
        expect(dots.reduce((n, d) => n + people(d.label), 0)).toBe(25);
        for (const dot of dots) expect(dot.fontSize).toBeGreaterThanOrEqual(12);
        for (const a of dots)
          for (const b of dots) if (a !== b) expect(overlaps(a.box, b.box)).toBe(false);
      }
      const ticks = await page
        .locator('.team-chart > text')
        .evaluateAll((texts) => texts.map((t) => parseFloat(getComputedStyle(t).fontSize)));
      expect(Math.min(...ticks)).toBeGreaterThanOrEqual(12);
      // The page stays as wide as the screen (the table scrolls in its own box).
      expect(await overflow(page)).toEqual({ extra: 0, culprits: [] });
      expect(await smallControls(page, '.scan-team')).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
    },
  );

  it('sorts the conditions by disagreement, in the chart and in the table', async () => {
    // Everyone agrees, except on the last condition's statements: there 1 against 5.
    const last = conditions.at(-1)!;
    const lastIds = new Set(last.statements.map((s) => s.id));
    const team = [1, 5, 3].map((value, p) =>
      response(`Lid ${p + 1}`, (n) => (lastIds.has(statements[n]!.id) ? value : 4)),
    );
    await page.setInputFiles(FILE_INPUT, asFiles(team));
    await message(page, '3 resultaten toegevoegd');
    const firstItemRow = () =>
      page.locator('.team-table tbody tr:not(.group-row)').first().locator('th').textContent();
    expect(await firstItemRow()).not.toBe(last.name);
    await page.getByLabel(/meeste onenigheid bovenaan/).check();
    expect(await firstItemRow()).toBe(last.name);
    const spread = await page
      .locator('.team-table tbody tr:not(.group-row)')
      .first()
      .locator('td')
      .nth(4)
      .textContent();
    expect(spread).toBe('4');
    const firstChartName = await page
      .locator('.team-chart > g')
      .first()
      .locator('text')
      .first()
      .textContent();
    expect(last.name.startsWith(firstChartName!.replace(/^⚑ /, '').split(' ')[0]!)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });
});
