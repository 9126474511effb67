// Saved work is never lost (issue 11): every way a reader could lose work, tried in Chromium on
// the built site, each with the message the reader sees.
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { toJsonExport } from '../../src/lib/instrument-kit/json-export';
import { axeViolations } from './support/axe';
import { libraryDocuments, putDocument } from './support/library';
import { messages, readGoals, readInventory, waitForMatrix } from './support/matrix-page';
import { answerPartByKeyboard, waitForQuestionnaire } from './support/questionnaire-page';
import { clearSiteData, openCleanPage, useBrowserAndSite, waitForSaved } from './support/session';
import type { PageProblems } from './support/browser';

const session = useBrowserAndSite();
let page: Page;
let problems: PageProblems;
const matrixUrl = (hash = '') =>
  new URL(`instrumenten/partnermatrix/${hash}`, session.site.url).href;
const scanUrl = () =>
  new URL('instrumenten/quickscan-samenwerkingsvermogen/', session.site.url).href;

beforeEach(async () => {
  ({ page, problems } = await openCleanPage(session, matrixUrl(), waitForMatrix));
});

/** Adds a partner and gives it a name, as a reader would. */
async function addPartner(p: Page, name: string) {
  const before = (await readInventory(p)).length;
  await p.getByRole('button', { name: /^Partner toevoegen/ }).click();
  const field = p.getByLabel(`Naam van partner ${before + 1}`);
  await field.fill(name);
}

const names = async (p: Page) => (await readInventory(p)).map((row) => row[0]);
const openLibrary = async (p: Page) => {
  const summary = p.locator('.work-library summary');
  if ((await p.locator('.work-library').getAttribute('open')) === null) await summary.click();
};

describe('a link, example or file opens beside the reader’s work', () => {
  it('an example opened over own work leaves that work in Mijn werk, also after a reload', async () => {
    await addPartner(page, 'Eigen partner');
    await waitForSaved(page);
    await page.goto(matrixUrl('#voorbeeld=xyz'));
    await waitForMatrix(page);
    const text = await messages(page);
    expect(text).toContain('Voorbeeld geopend als nieuw werk “Voorbeeld: X, Y en Z”');
    expect(text).toContain('Je eerdere werk “Mijn partnermatrix” staat ongewijzigd in Mijn werk');
    expect(await names(page)).toEqual(['Partner X', 'Partner Y', 'Partner Z']);

    await page.reload();
    await waitForMatrix(page);
    await openLibrary(page);
    await page.getByRole('button', { name: 'Openen: Mijn partnermatrix' }).click();
    await expect.poll(() => names(page)).toEqual(['Eigen partner']);
    expect(await page.getByLabel('Naam van dit werk').inputValue()).toBe('Mijn partnermatrix');
    expect(problems.pageErrors).toEqual([]);
  });

  it('a shared link with goals but no partners still leaves the earlier work alone', async () => {
    await page.getByLabel('Naam van doel 1').fill('Mijn eigen doel');
    await waitForSaved(page);
    const { encodeSharePayload, buildFragment } =
      await import('../../src/lib/instrument-kit/share-link');
    const shared = {
      v: 1,
      goals: [{ id: 'g', name: 'Gedeeld doel', urgency: 'hoog' }],
      partners: [],
      ambition: { atNoDependency: 0, atFullDependency: 10 },
    };
    await page.goto(matrixUrl(buildFragment({ data: await encodeSharePayload(shared) })));
    await waitForMatrix(page);
    expect(await messages(page)).toContain(
      'Gedeelde partnermatrix geopend als nieuw werk “Gedeelde partnermatrix”',
    );
    expect((await readGoals(page))[0][0]).toBe('Gedeeld doel');
    await page
      .locator('.kit-message')
      .last()
      .getByRole('button', { name: /^Terug naar/ })
      .click();
    await expect.poll(async () => (await readGoals(page))[0][0]).toBe('Mijn eigen doel');
  });
});

describe('two tabs', () => {
  it('changes to different fields in two tabs both survive', async () => {
    const other = await session.browser.context.newPage();
    try {
      await other.goto(matrixUrl());
      await waitForMatrix(other);
      // Both tabs change the same document before either has heard from the other.
      await addPartner(page, 'Uit tab A');
      await other.getByLabel('Naam van doel 1').fill('Doel uit tab B');
      await Promise.all([waitForSaved(page), waitForSaved(other)]);
      // Each tab comes to show both changes, without a reload.
      for (const tab of [page, other]) {
        await expect.poll(() => names(tab)).toEqual(['Uit tab A']);
        await expect.poll(async () => (await readGoals(tab))[0][0]).toBe('Doel uit tab B');
      }
      await page.reload();
      await waitForMatrix(page);
      expect(await names(page)).toEqual(['Uit tab A']);
      expect((await readGoals(page))[0][0]).toBe('Doel uit tab B');
    } finally {
      await other.close();
    }
  });

  it('the same field changed in two tabs keeps both versions, one as a copy, and says so', async () => {
    const other = await session.browser.context.newPage();
    try {
      await other.goto(matrixUrl());
      await waitForMatrix(other);
      // Both tabs rename the same goal before either has saved (saving waits 300 ms).
      await page.getByLabel('Naam van doel 1').fill('Versie A');
      await other.getByLabel('Naam van doel 1').fill('Versie B');
      await Promise.all([waitForSaved(page), waitForSaved(other)]);
      await expect
        .poll(async () => `${await messages(page)} ${await messages(other)}`)
        .toContain('jouw versie is bewaard als “Mijn partnermatrix (kopie)” in Mijn werk');
      // Nothing typed is gone: one name in the document, the other in the copy.
      const stored = (await libraryDocuments(page))
        .filter((doc) => doc.instrument === 'partnermatrix')
        .map((doc) => [doc.title, (doc.state as { goals: { name: string }[] }).goals[0].name]);
      expect(stored.map(([, goal]) => goal).sort()).toEqual(['Versie A', 'Versie B']);
      expect(stored.map(([title]) => title).sort()).toEqual([
        'Mijn partnermatrix',
        'Mijn partnermatrix (kopie)',
      ]);
    } finally {
      await other.close();
    }
  });
});

describe('every keystroke kept', () => {
  it('a name typed and reloaded at once is there after the reload, with its undo', async () => {
    await addPartner(page, 'Bibliotheek Rivierenland');
    await page.reload();
    await waitForMatrix(page);
    expect(await names(page)).toEqual(['Bibliotheek Rivierenland']);
    const undo = page.getByRole('button', { name: /^Ongedaan maken:/ });
    expect(await undo.textContent()).toContain('naam van');
    await undo.click();
    // Back to the partner as it was added: without a name yet.
    expect(await names(page)).toEqual(['']);
  });

  it('leaving for another page right after typing keeps the text', async () => {
    await addPartner(page, 'Gemeente');
    await page.getByLabel('Naam van partner 1').fill('Gemeente Zwolle');
    await page.goto(new URL('over/', session.site.url).href);
    await page.goto(matrixUrl());
    await waitForMatrix(page);
    expect(await names(page)).toEqual(['Gemeente Zwolle']);
  });

  it('an answer clicked before the page is ready is never shown without being kept', async () => {
    const slow = await session.browser.context.newPage();
    const cdp = await slow.context().newCDPSession(slow);
    try {
      await clearSiteData(slow, session.site.origin);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await slow.goto(scanUrl(), { waitUntil: 'commit' });
      const radio = slow.locator('.scan-step fieldset.scan-statement input[type="radio"]').nth(2);
      await radio.waitFor({ state: 'attached' });
      // Click where the radio is, from the moment it is there, as an impatient reader would.
      // Until the answers have loaded the radio takes no click; after that the first click counts.
      const until = Date.now() + 40_000;
      let clicksBeforeReady = 0;
      while (Date.now() < until && !(await radio.isChecked())) {
        await radio.evaluate((el) => el.scrollIntoView({ block: 'center' }));
        const box = await radio.boundingBox();
        const ready = await slow.locator('.questionnaire[data-ready]').count();
        if (box) await slow.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        if (!ready) clicksBeforeReady++;
      }
      // The case this test is about did happen: clicks landed before the page was ready.
      expect(clicksBeforeReady).toBeGreaterThan(0);
      expect(await radio.isChecked()).toBe(true);
      await slow.reload();
      await waitForQuestionnaire(slow);
      expect(await radio.isChecked()).toBe(true);
    } finally {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await slow.close();
    }
  });
});

describe('history and the bin', () => {
  it('a deleted partner comes back with undo after a reload, and the message undoes its own step', async () => {
    await page.goto(matrixUrl('#voorbeeld=xyz'));
    await waitForMatrix(page);
    await page.getByRole('button', { name: 'Partner Y verwijderen' }).click();
    await page.getByRole('button', { name: 'Partner Z verwijderen' }).click();
    // The message about Y undoes Y, not Z.
    await page
      .locator('.kit-message', { hasText: 'Partner Y is verwijderd' })
      .getByRole('button', { name: 'Ongedaan maken' })
      .click();
    await expect.poll(() => names(page)).toEqual(['Partner X', 'Partner Y']);
    await waitForSaved(page);
    await page.reload();
    await waitForMatrix(page);
    expect(await names(page)).toEqual(['Partner X', 'Partner Y']);
    // After the reload, the toolbar still knows the steps: undo the undo, then bring Z back.
    await page.getByRole('button', { name: /^Ongedaan maken: Partner Z verwijderd/ }).click();
    await expect.poll(() => names(page)).toEqual(['Partner X', 'Partner Y', 'Partner Z']);
    expect(await messages(page)).toContain('Ongedaan gemaakt: Partner Z verwijderd.');
  });

  it('a drag is one step that undo takes back', async () => {
    await page.goto(matrixUrl('#voorbeeld=xyz'));
    await waitForMatrix(page);
    const before = await readInventory(page);
    const point = page.locator('.matrix-chart__point').first();
    await point.scrollIntoViewIfNeeded();
    const box = (await point.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) {
      await page.mouse.move(box.x + box.width / 2 + i * 6, box.y + box.height / 2 - i * 6);
    }
    await page.mouse.up();
    await expect.poll(() => readInventory(page)).not.toEqual(before);
    await page.getByRole('button', { name: /^Ongedaan maken: Partner X verplaatst/ }).click();
    await expect.poll(() => readInventory(page)).toEqual(before);
    await page.getByRole('button', { name: /^Opnieuw: Partner X verplaatst/ }).click();
    await expect.poll(() => readInventory(page)).not.toEqual(before);
  });

  it('a deleted piece of work waits in the bin, also after a reload, and comes back whole', async () => {
    await addPartner(page, 'Bewaar mij');
    await page.getByLabel('Naam van dit werk').fill('Jeugdbeleid 2027');
    await page.getByLabel('Naam van dit werk').press('Enter');
    await waitForSaved(page);
    await openLibrary(page);
    await page.getByRole('button', { name: 'Verwijderen: Jeugdbeleid 2027' }).click();
    await expect
      .poll(() => messages(page))
      .toContain('“Jeugdbeleid 2027” staat 30 dagen in de prullenbak van Mijn werk.');
    await expect.poll(() => names(page)).toEqual([]);
    await page.reload();
    await waitForMatrix(page);
    await openLibrary(page);
    await page.getByRole('button', { name: 'Terugzetten: Jeugdbeleid 2027' }).click();
    await expect.poll(() => names(page)).toEqual(['Bewaar mij']);
    expect(await page.getByLabel('Naam van dit werk').inputValue()).toBe('Jeugdbeleid 2027');
    expect(await messages(page)).toContain('“Jeugdbeleid 2027” is teruggezet uit de prullenbak.');
  });

  it('rename and duplicate keep the original as it was', async () => {
    await addPartner(page, 'Origineel');
    await waitForSaved(page);
    await openLibrary(page);
    await page.getByRole('button', { name: 'Dupliceren: Mijn partnermatrix' }).click();
    await expect
      .poll(() => page.getByLabel('Naam van dit werk').inputValue())
      .toBe('Mijn partnermatrix (kopie)');
    await page.getByLabel('Naam van partner 1').fill('Gewijzigd in de kopie');
    await waitForSaved(page);
    await page.getByRole('button', { name: 'Openen: Mijn partnermatrix' }).click();
    await expect.poll(() => names(page)).toEqual(['Origineel']);
  });
});

describe('versions', () => {
  it('work from a newer Partnerwijzer is listed, not opened, and never written over', async () => {
    const newer = {
      id: 'werk-nieuwer',
      instrument: 'partnermatrix',
      title: 'Uit de toekomst',
      created: '2027-01-01T00:00:00.000Z',
      changed: '2027-01-01T00:00:00.000Z',
      revision: 7,
      format: 99,
      state: { iets: ['nieuws'] },
    };
    await putDocument(page, newer);
    await page.reload();
    await waitForMatrix(page);
    await openLibrary(page);
    const item = page.locator('.work-list li', { hasText: 'Uit de toekomst' });
    expect(await item.textContent()).toContain('Gemaakt met een nieuwere versie van Partnerwijzer');
    expect(await item.getByRole('button', { name: /^Openen/ }).count()).toBe(0);
    await addPartner(page, 'Gewoon verder');
    await waitForSaved(page);
    const stored = (await libraryDocuments(page)).find((doc) => doc.id === newer.id);
    expect(stored).toEqual(newer);
  });

  it('work saved before the library moves in once and opens', async () => {
    await clearSiteData(page, session.site.origin);
    await page.goto(new URL('over/', session.site.url).href);
    const state = {
      v: 1,
      goals: [{ id: 'g', name: 'Oud doel', urgency: 'hoog' }],
      partners: [
        {
          id: 'p',
          name: 'Oude partner',
          goalId: 'g',
          relation: 'anders',
          influence: 3,
          dependency: 4,
          target: null,
          notes: '',
        },
      ],
      ambition: { atNoDependency: 0, atFullDependency: 10 },
    };
    await page.evaluate(
      (state) =>
        localStorage.setItem(
          'partnerwijzer:partnermatrix',
          JSON.stringify({ v: 1, savedAt: '2026-11-20T09:00:00.000Z', state }),
        ),
      state,
    );
    await page.goto(matrixUrl());
    await waitForMatrix(page);
    expect(await names(page)).toEqual(['Oude partner']);
    expect(
      await page.evaluate(() => localStorage.getItem('partnerwijzer:partnermatrix')),
    ).toBeNull();
    await page.reload();
    await waitForMatrix(page);
    expect(await names(page)).toEqual(['Oude partner']);
    expect((await libraryDocuments(page)).length).toBe(1);
  });
});

describe('files and links', () => {
  it('a questionnaire opens its own JSON export as “mijn antwoorden”', async () => {
    await page.goto(scanUrl());
    await waitForQuestionnaire(page);
    await page.getByLabel('Je naam (mag leeg blijven)').fill('Fatima');
    await answerPartByKeyboard(page, () => 3);
    await waitForSaved(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporteer als JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^quickscan-samenwerkingsvermogen-fatima-/);
    await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
    await page.getByRole('button', { name: 'Ja, wis mijn antwoorden' }).click();
    await page.setInputFiles(
      'input[aria-label="JSON-bestand om als mijn antwoorden te openen"]',
      (await download.path())!,
    );
    await expect
      .poll(() => messages(page))
      .toContain('geopend als nieuw werk “Antwoorden van Fatima”');
    expect(await page.getByLabel('Je naam (mag leeg blijven)').inputValue()).toBe('Fatima');
    expect(await page.locator('.scan-progress label').textContent()).toContain('8 van 26');
    expect(await page.locator('.team-table').count()).toBe(0);
  });

  it('a share link too long to open is not offered; the page offers a file instead', async () => {
    // 200 partners with long notes of random letters (which do not compress): far more than a
    // link can carry.
    const noise = () => randomBytes(1400).toString('base64').slice(0, 1900);
    const state = {
      v: 1,
      goals: [{ id: 'g', name: 'Doel', urgency: 'middel' }],
      partners: Array.from({ length: 200 }, (_, i) => ({
        id: `p${i}`,
        name: `Partner ${i}`,
        goalId: 'g',
        relation: 'anders',
        influence: 5,
        dependency: 5,
        target: null,
        notes: noise(),
      })),
      ambition: { atNoDependency: 0, atFullDependency: 10 },
    };
    await page.setInputFiles('input[type="file"]', {
      name: 'groot.json',
      mimeType: 'application/json',
      buffer: Buffer.from(toJsonExport('partnermatrix', 1, state)),
    });
    // 200 rows: the inventory shows those near the screen; the table knows them all.
    await page.locator('table.inventory[data-rows="200"]').waitFor();
    await page.getByRole('button', { name: 'Deellink maken' }).click();
    await expect.poll(() => messages(page)).toContain('zo’n lange link kan de site niet openen');
    expect(await page.locator('.share-url').count()).toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .locator('.kit-message')
        .last()
        .getByRole('button', { name: 'Exporteer als JSON' })
        .click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
  });
});

describe('a long inventory', () => {
  it('300 partners: the table shows the rows near the screen, Tab keeps going, a new partner gets focus', async () => {
    const state = {
      v: 1,
      goals: [{ id: 'g', name: 'Doel', urgency: 'middel' }],
      partners: Array.from({ length: 300 }, (_, i) => ({
        id: `p${i}`,
        name: `Partner ${i + 1}`,
        goalId: 'g',
        relation: 'anders',
        influence: i % 11,
        dependency: (i * 3) % 11,
        target: null,
        notes: '',
      })),
      ambition: { atNoDependency: 0, atFullDependency: 10 },
    };
    await page.setInputFiles('input[type="file"]', {
      name: 'lang.json',
      mimeType: 'application/json',
      buffer: Buffer.from(toJsonExport('partnermatrix', 1, state)),
    });
    await page.locator('table.inventory[data-rows="300"]').waitFor();
    const rendered = await page.locator('table.inventory tbody tr[data-partner-id]').count();
    expect(rendered).toBeLessThan(150);
    expect(await page.locator('table.inventory').getAttribute('aria-rowcount')).toBe('301');

    // Tab from the name of partner 1 through 60 rows (8 stops a row): focus never leaves the table.
    await page.getByLabel('Naam van partner 1', { exact: true }).focus();
    for (let i = 0; i < 60 * 9; i++) await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const row = document.activeElement?.closest<HTMLElement>('tr[data-row-index]');
      return row ? Number(row.dataset.rowIndex) : -1;
    });
    expect(where).toBeGreaterThan(50);

    // A partner added at the end of the list is there and its name field has focus.
    await page.getByRole('button', { name: /^Partner toevoegen/ }).click();
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.activeElement?.closest('tr[data-row-index]')?.getAttribute('data-row-index'),
        ),
      )
      .toBe('300');
    // The name field is empty, so what the reader types is the name.
    await page.keyboard.type('Nieuw aan het eind');
    expect(await page.getByLabel('Naam van partner 301', { exact: true }).inputValue()).toBe(
      'Nieuw aan het eind',
    );
    expect(await axeViolations(page, '.partner-matrix')).toEqual([]);
  });
});
