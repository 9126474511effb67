// The team matrix as a workshop uses it, in real Chromium against the built site: a trainer
// hands out three partners, twelve participants score them each in their own browser context
// and send a result link back, the trainer collects all twelve in one paste, discusses the
// partner the group disagrees on most and adopts the median into a partner matrix.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/find-chromium.mjs';
import { buildFragment, encodeSharePayload } from '../../src/lib/instrument-kit/share-link';
import { axeViolations } from './support/axe';
import { watchPage, type PageProblems } from './support/browser';
import { messages, readInventory, waitForMatrix } from './support/matrix-page';
import { overflow, smallControls } from './support/page-width';
import { openCleanPage, useBrowserAndSite, waitForSaved } from './support/session';

const session = useBrowserAndSite();
let participants: Browser;
/** Anna's result as the file she downloaded. */
let resultFile = '';
beforeAll(async () => {
  participants = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
});
afterAll(async () => participants?.close());

const page = (to: string) => new URL(to, session.site.url).href;
const partner = (id: string, name: string) => ({
  id,
  name,
  goalId: 'doel-werk',
  relation: 'anders',
  influence: 5,
  dependency: 5,
  target: null,
  notes: `Notitie over ${name}`,
});
const matrix = {
  v: 1,
  goals: [{ id: 'doel-werk', name: 'Meer mensen aan het werk', urgency: 'hoog' }],
  partners: [
    partner('p-bib', 'Bibliotheek'),
    partner('p-wsp', 'Werkgeversservicepunt'),
    partner('p-sam', 'Stichting Samen'),
  ],
  ambition: { atNoDependency: 0, atFullDependency: 10 },
};

/** [influence, dependency] per participant (0–11). */
const scores: Record<string, (i: number) => [number, number]> = {
  // Almost everyone agrees: median (7, 3), a little spread.
  Bibliotheek: (i) => [i === 10 ? 7.5 : i === 11 ? 6.5 : 7, 3],
  // Everyone sees it differently: median (6,5; 5).
  Werkgeversservicepunt: (i) => [
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 10][i],
    [9, 8, 7, 6, 5, 5, 5, 4, 3, 2, 1, 0][i],
  ],
  // Two camps, one point apart: median (5; 7,5).
  'Stichting Samen': (i) => (i < 6 ? [4, 8] : [6, 7]),
};
const medians = {
  Bibliotheek: [7, 3],
  Werkgeversservicepunt: [6.5, 5],
  'Stichting Samen': [5, 7.5],
};
const NAMES = [
  'Anna',
  'Bram',
  'Cem',
  'Dewi',
  'Eva',
  'Fleur',
  'Gijs',
  'Hira',
  'Ilse',
  'Joost',
  'Kim',
  'Lotte',
];

const ready = async (p: Page) => {
  await p.locator('.team-matrix[data-ready]:not([data-busy])').waitFor();
  await p.waitForFunction(() => !/[#&](deelnemen|resultaat)=/.test(window.location.hash));
  await p.locator('.team-matrix[data-ready]:not([data-busy])').waitFor();
};

/** One participant in a browser context of their own: opens the link, scores, makes a result link. */
async function participate(invite: string, i: number): Promise<string> {
  // The first participant scores on a phone.
  const phone = i === 0 ? { viewport: { width: 375, height: 740 }, hasTouch: true } : {};
  const context = await participants.newContext({ locale: 'nl-NL', ...phone });
  try {
    const p = await context.newPage();
    const problems = watchPage(p, session.site.origin);
    await p.goto(invite);
    await ready(p);
    await p.getByRole('heading', { name: /^Scoor de partners voor “Training Utrecht”/ }).waitFor();
    await p.getByLabel('Je naam').fill(NAMES[i]);
    for (const [name, score] of Object.entries(scores)) {
      const [influence, dependency] = score(i);
      await p.getByLabel(`Invloed van ${name}`).selectOption(String(influence));
      await p.getByLabel(`Afhankelijkheid van ${name}`).selectOption(String(dependency));
    }
    await p.getByText('Je hebt 3 van de 3 partners gescoord.').waitFor();
    await waitForSaved(p);
    await p.getByRole('button', { name: 'Maak een link naar mijn resultaat' }).click();
    const field = p.getByLabel('Link naar je resultaat');
    await field.waitFor();
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], foreignRequests: [] });
    if (i === 1) {
      // Opening the link again brings back this participant's scores, not an empty form.
      await p.goto(invite);
      await ready(p);
      await expect
        .poll(() => messages(p))
        .toMatch(/Je scores voor “Training Utrecht” zijn weer geopend/);
      expect(await p.getByLabel('Invloed van Werkgeversservicepunt').inputValue()).toBe('2');
      await p.getByRole('button', { name: 'Maak een link naar mijn resultaat' }).click();
    }
    if (i === 0) {
      // The result as a file too: its name says which instrument and whose result it is.
      const [download] = await Promise.all([
        p.waitForEvent('download'),
        p.getByRole('button', { name: 'Exporteer mijn resultaat als bestand' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^teammatrix-anna-\d{4}-\d{2}-\d{2}\.json$/);
      resultFile = path.join(
        mkdtempSync(path.join(tmpdir(), 'teammatrix-')),
        download.suggestedFilename(),
      );
      await download.saveAs(resultFile);
      expect(await axeViolations(p)).toEqual([]);
      expect(await overflow(p)).toEqual({ extra: 0, culprits: [] });
      expect(await smallControls(p, '.team-matrix')).toEqual([]);
    }
    return await field.inputValue();
  } finally {
    await context.close();
  }
}

describe('team matrix with twelve participants', () => {
  let trainer: Page;
  let problems: PageProblems;

  it('runs a whole session: link, twelve results in one paste, disagreement, adopting the median', async () => {
    // The trainer's matrix: three partners, each at 5/5 with a note.
    const hash = buildFragment({ data: await encodeSharePayload(matrix) });
    ({ page: trainer, problems } = await openCleanPage(
      session,
      page(`instrumenten/partnermatrix/${hash}`),
      waitForMatrix,
    ));
    await waitForSaved(trainer);

    await trainer.goto(page('instrumenten/teammatrix/'));
    await ready(trainer);
    const choice = trainer.getByLabel('Partnermatrix', { exact: true });
    await expect
      .poll(() => choice.locator('option').allTextContents())
      .toEqual([expect.stringMatching(/\(3 partners\)$/)]);
    await trainer.getByLabel('Naam van de sessie').fill('Training Utrecht');
    await trainer.getByRole('button', { name: 'Maak de deelnemerslink' }).click();
    const inviteField = trainer.locator('input[data-invite]');
    await inviteField.waitFor();
    const invite = await inviteField.inputValue();
    expect(invite).toMatch(/\/instrumenten\/teammatrix\/#deelnemen=1\./);
    await waitForSaved(trainer);

    // Twelve participants, four at a time.
    const links: string[] = [];
    for (let start = 0; start < 12; start += 4) {
      const batch = [0, 1, 2, 3].map((k) => participate(invite, start + k));
      links.push(...(await Promise.all(batch)));
    }
    expect(new Set(links).size).toBe(12);

    // All twelve in one paste, as a chat message with words around the links.
    const chat = links.map((link, i) => `[10:${10 + i}] ${NAMES[i]}: hier is de mijne ${link}`);
    await trainer.getByLabel('Plak links naar resultaten').fill(chat.join('\n'));
    await trainer.getByRole('button', { name: 'Links toevoegen' }).click();
    await expect.poll(() => messages(trainer)).toMatch(/12 resultaten toegevoegd/);
    await waitForSaved(trainer);

    // Every partner has twelve points: in the table and on its chart (equal points counted).
    const rows = trainer.locator('table.team-table tbody tr');
    expect(await rows.locator('[data-cell="n"]').allTextContents()).toEqual(['12', '12', '12']);
    for (const id of ['p-bib', 'p-wsp', 'p-sam']) {
      const counts = await trainer
        .locator(`svg.team-partner-chart[data-partner="${id}"] [data-count]`)
        .evaluateAll((marks) => marks.map((m) => Number(m.getAttribute('data-count'))));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(12);
    }
    expect(
      await trainer
        .locator('svg.team-partner-chart[data-partner="p-bib"] [data-count="10"]')
        .count(),
    ).toBe(1);
    for (const [name, [influence, dependency]] of Object.entries(medians)) {
      const row = rows.filter({ has: trainer.getByRole('rowheader', { name }) });
      expect(await row.locator('[data-cell="influence"]').textContent()).toBe(
        String(influence).replace('.', ','),
      );
      expect(await row.locator('[data-cell="dependency"]').textContent()).toBe(
        String(dependency).replace('.', ','),
      );
    }
    // The partner the group disagrees on most comes first.
    expect(await trainer.locator('.team-discuss li a').allTextContents()).toEqual([
      'Werkgeversservicepunt',
      'Stichting Samen',
      'Bibliotheek',
    ]);

    // The same result once more is not added again, and the page says so.
    await trainer.getByLabel('Plak links naar resultaten').fill(links[3]);
    await trainer.getByRole('button', { name: 'Links toevoegen' }).click();
    await expect.poll(() => messages(trainer)).toMatch(/Er is niets toegevoegd, 1 stond er al/);
    expect(await rows.locator('[data-cell="n"]').allTextContents()).toEqual(['12', '12', '12']);
    // Anna's file is the same result as her link: refused too.
    await trainer.getByLabel('Resultaatbestanden om toe te voegen').setInputFiles([resultFile]);
    await expect
      .poll(() => messages(trainer))
      .toMatch(/Er is niets toegevoegd, 1 stond er al \(Anna\)/);
    // Opening a result link on the trainer's device joins the session, once.
    await trainer.goto(links[5]);
    await ready(trainer);
    await expect
      .poll(() => messages(trainer))
      .toMatch(/Het resultaat van Fleur stond er al\. Er is niets toegevoegd\./);
    expect(await rows.locator('[data-cell="n"]').allTextContents()).toEqual(['12', '12', '12']);
    expect(await axeViolations(trainer)).toEqual([]);

    // Adopt the median: a new partner matrix for the team; the trainer's own stays as it was.
    await trainer
      .getByRole('button', { name: 'Neem de teamposities over in een partnermatrix' })
      .click();
    await expect
      .poll(() => messages(trainer))
      .toMatch(/nieuwe partnermatrix: “Training Utrecht \(team\)”/);
    await waitForSaved(trainer);

    await trainer.goto(page('instrumenten/partnermatrix/'));
    await waitForMatrix(trainer);
    const expected = Object.entries(medians).map(([name, [i, d]]) => [
      name,
      String(i).replace('.', ','),
      String(d).replace('.', ','),
    ]);
    const shown = async () => (await readInventory(trainer)).map((row) => [row[0], row[3], row[4]]);
    expect(await shown()).toEqual(expected);
    expect(await trainer.getByLabel('Naam van dit werk').inputValue()).toBe(
      'Training Utrecht (team)',
    );
    await trainer.reload();
    await waitForMatrix(trainer);
    expect(await shown()).toEqual(expected);
    expect((await readInventory(trainer)).map((row) => row[5])).toEqual(
      matrix.partners.map((p) => p.notes),
    );

    // One participant's point instead of the median: the team's matrix is updated as one step
    // of its history, which "Ongedaan maken" in the partner matrix takes back.
    await trainer.goto(page('instrumenten/teammatrix/'));
    await ready(trainer);
    await trainer
      .getByLabel('Teampositie van Werkgeversservicepunt')
      .selectOption({ label: 'Anna (1 / 9)' });
    await waitForSaved(trainer);
    await trainer
      .getByRole('button', { name: 'Werk de teamposities bij in de partnermatrix van het team' })
      .click();
    await expect.poll(() => messages(trainer)).toMatch(/bij 1 partner\./);
    await trainer.goto(page('instrumenten/partnermatrix/'));
    await waitForMatrix(trainer);
    expect((await shown())[1]).toEqual(['Werkgeversservicepunt', '1', '9']);
    await trainer.getByRole('button', { name: 'Ongedaan maken: teamposities overgenomen' }).click();
    await expect.poll(async () => (await shown())[1]).toEqual(expected[1]);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], foreignRequests: [] });
  }, 240_000);
});

describe('preparing from a share link, and a damaged participant link', () => {
  it('a pasted share link of the partner matrix gives the partners to score', async () => {
    const { page: trainer, problems } = await openCleanPage(
      session,
      page('instrumenten/teammatrix/'),
      ready,
    );
    // Nothing in Mijn werk yet: the page says how to start, and offers the share link.
    await trainer
      .getByText('Er staat nog geen partnermatrix met partners in deze browser.')
      .waitFor();
    const hash = buildFragment({ data: await encodeSharePayload(matrix) });
    await trainer
      .getByLabel('Deellink', { exact: true })
      .fill(`Kijk eens: ${page(`instrumenten/partnermatrix/${hash}`)}`);
    await trainer.getByLabel('Gewenste positie', { exact: false }).check();
    await trainer.getByRole('button', { name: 'Maak de deelnemerslink' }).click();
    await expect.poll(() => messages(trainer)).toMatch(/“Teamsessie” staat klaar met 3 partners/);
    const invite = await trainer.locator('input[data-invite]').inputValue();
    await waitForSaved(trainer);
    expect(await axeViolations(trainer)).toEqual([]);

    // A participant link that lost its end in a chat app: a Dutch message, nothing opened.
    await trainer.goto(invite.slice(0, -12));
    await ready(trainer);
    await expect
      .poll(() => messages(trainer))
      .toMatch(
        /Deze link is beschadigd of niet helemaal gekopieerd\. .*Je eigen gegevens zijn niet aangepast\./,
      );
    expect(await trainer.locator('input[data-invite]').inputValue()).toBe(invite);

    // The whole link opens the participant's view, with the target columns asked for.
    await trainer.goto(invite);
    await ready(trainer);
    await trainer.getByLabel('Gewenste invloed van Bibliotheek').waitFor();
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], foreignRequests: [] });
  });
});
