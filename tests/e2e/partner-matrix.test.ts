// The partner matrix as a reader uses it, in real Chromium against the built site.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { libraryDocuments } from './support/library';
import { clearSiteData, openCleanPage, useBrowserAndSite, waitForSaved } from './support/session';
import { launchBrowser, type PageProblems } from './support/browser';
import { messages, readGoals, readInventory, waitForMatrix } from './support/matrix-page';

const session = useBrowserAndSite();
let page: Page;
let problems: PageProblems;
const DEFAULT_FORM = 'Anders';
const matrixUrl = (hash = '') =>
  new URL(`instrumenten/partnermatrix/${hash}`, session.site.url).href;
beforeEach(async () => {
  ({ page, problems } = await openCleanPage(session, matrixUrl(), waitForMatrix));
});

const press = async (selector: ReturnType<Page['locator']>, key = 'Enter') => {
  await selector.focus();
  await page.keyboard.press(key);
};

/**
 * "Partner toevoegen" with Enter, then the new name typed as a keyboard user would: the page moves
 * focus to the new partner's name field (on the next frame), so wait for that before typing.
 */
const addPartnerByKeyboard = async (name: string) => {
  await press(page.getByRole('button', { name: /^Partner toevoegen/ }));
  await expect
    .poll(() =>
      page.evaluate(() => {
        const field = document.activeElement;
        return field instanceof HTMLInputElement && field.closest('[data-partner-id]') !== null
          ? field.value
          : null;
      }),
    )
    .toBe('');
  await page.keyboard.type(name);
};

describe('building a matrix', () => {
  it('"Partner toevoegen" gives an empty, focused name field: what the reader types is the name', async () => {
    await page.getByRole('button', { name: /^Partner toevoegen/ }).click();
    const field = page.getByLabel('Naam van partner 1', { exact: true });
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await field.inputValue()).toBe('');
    expect(await field.getAttribute('placeholder')).toBe('Naam van de partner');
    // Until then the partner has a readable name everywhere else, and nothing says it is wrong.
    expect(
      await page.getByRole('button', { name: 'Partner zonder naam (nr. 1) verwijderen' }).count(),
    ).toBe(1);
    expect(await page.locator('.matrix-chart__point').getAttribute('aria-label')).toMatch(
      /^Partner zonder naam \(nr. 1\): /,
    );
    expect(await page.locator('.field-error').count()).toBe(0);
    await waitForSaved(page);

    await page.keyboard.type('Bibliotheek Rivierenland');
    expect(await field.inputValue()).toBe('Bibliotheek Rivierenland');
    await expect
      .poll(() => page.locator('.matrix-chart__point').getAttribute('aria-label'))
      .toMatch(/^Bibliotheek Rivierenland: /);
    await waitForSaved(page);
    await page.reload();
    await waitForMatrix(page);
    expect((await readInventory(page)).map((row) => row[0])).toEqual(['Bibliotheek Rivierenland']);
    expect(problems.pageErrors).toEqual([]);
  });

  it('a partner without a name survives a reload and a share link, and is named in the CSV', async () => {
    await page.getByRole('button', { name: /^Partner toevoegen/ }).click();
    await waitForSaved(page);
    await page.reload();
    await waitForMatrix(page);
    expect(await readInventory(page)).toEqual([['', 'Doel 1', DEFAULT_FORM, '5', '5', '']]);
    // Spaces alone are no name: the field stays empty and says nothing.
    const field = page.getByLabel('Naam van partner 1', { exact: true });
    await field.fill('   ');
    expect(await page.locator('.field-error').count()).toBe(0);
    // Invisible characters are refused, as for every name.
    await field.fill('\u200B\u200B');
    await expect.poll(() => page.locator('.field-error').count()).toBe(1);
    await field.fill('');
    await field.blur();

    await page.getByRole('button', { name: 'Deellink maken' }).click();
    const link = await page.getByLabel('Deellink').inputValue();
    await page.goto(link);
    await waitForMatrix(page);
    expect((await readInventory(page)).map((row) => row[0])).toEqual(['']);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporteer als CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('"Partner zonder naam (nr. 1)"');
    expect(problems.pageErrors).toEqual([]);
  });

  it('works with the keyboard alone: two goals, partners, a point moved with arrow keys', async () => {
    const goalName = page.getByLabel('Naam van doel 1');
    await goalName.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Gelijke kansen');
    await press(page.getByRole('button', { name: 'Doel toevoegen' }));
    const goal2 = page.getByLabel('Naam van doel 2');
    await goal2.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Gezonde leefomgeving');

    await addPartnerByKeyboard('Industrie Z');
    await page.keyboard.press('Tab'); // goal
    await page.keyboard.press('Tab'); // form
    await page.keyboard.press('Tab'); // influence
    await page.keyboard.press('Control+A');
    await page.keyboard.type('7,5');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('8');

    const chartGoal = page.getByLabel('Grafiek voor doel');
    await chartGoal.focus();
    await page.keyboard.press('ArrowUp');
    await expect
      .poll(() => chartGoal.evaluate((s: HTMLSelectElement) => s.selectedOptions[0].text))
      .toBe('Gelijke kansen');

    await addPartnerByKeyboard('Schoolbestuur');

    const point = page.locator('.matrix-chart__point').first();
    await point.focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Shift+ArrowRight');

    expect(await readGoals(page)).toEqual([
      ['Gelijke kansen', 'Middel'],
      ['Gezonde leefomgeving', 'Middel'],
    ]);
    const rows = await readInventory(page);
    expect(rows.map((r) => r.slice(0, 5))).toEqual([
      ['Industrie Z', 'Gezonde leefomgeving', DEFAULT_FORM, '7,5', '8'],
      ['Schoolbestuur', 'Gelijke kansen', DEFAULT_FORM, '6', '7'],
    ]);
    expect(problems.pageErrors).toEqual([]);
  });

  it('drags a point with the mouse and the inventory follows', async () => {
    await page.goto(matrixUrl('#voorbeeld=xyz'));
    await waitForMatrix(page);
    const before = await readInventory(page);
    const point = page.locator('.matrix-chart__point').first();
    await point.scrollIntoViewIfNeeded();
    const box = (await point.boundingBox())!;
    const chart = (await page.locator('.matrix-chart').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(
      box.x + box.width / 2 + chart.width * 0.15,
      box.y + box.height / 2 - chart.height * 0.2,
      { steps: 8 },
    );
    await page.mouse.up();
    const after = await readInventory(page);
    expect(Number(after[0][3].replace(',', '.'))).toBeGreaterThan(
      Number(before[0][3].replace(',', '.')),
    );
    expect(Number(after[0][4].replace(',', '.'))).toBeGreaterThan(
      Number(before[0][4].replace(',', '.')),
    );
    expect(after.slice(1)).toEqual(before.slice(1));
  });

  it('shows direction, actions and maintenance role once a target is set', async () => {
    await addPartnerByKeyboard('Welzijn Regio');
    await page.getByLabel('Invloed van Welzijn Regio', { exact: true }).fill('3');
    await page.getByLabel('Afhankelijkheid van Welzijn Regio', { exact: true }).fill('7');
    await page
      .getByRole('button', { name: /Toevoegen \(gewenste positie van Welzijn Regio\)/ })
      .click();
    const card = page.locator('.partner-assessment');
    await expect.poll(() => card.textContent()).toContain('onder de ambitielijn');
    const text = (await card.textContent())!;
    expect(text).toMatch(/Richting van de pijl.*(Investeren in effect|Minder afhankelijk worden)/s);
    expect(text).toMatch(/Passende acties/);
    expect(await card.locator('dd ul li').count()).toBeGreaterThan(0);
    expect(text).toMatch(
      /Onderhoud van de relatie.*(Projectleider|accounthouder|Contractbeheerder)/is,
    );
    expect(await card.locator('a[href*="/partnerstrategie/"]').count()).toBeGreaterThanOrEqual(3);
  });
});

describe('the kit', () => {
  it('a share link opens the same matrix in a fresh browser profile', async () => {
    await page.goto(matrixUrl('#voorbeeld=schoolbestuur'));
    await waitForMatrix(page);
    const original = await readInventory(page);
    await page.getByRole('button', { name: 'Deellink maken' }).click();
    const link = await page.getByLabel('Deellink').inputValue();
    expect(link).toMatch(/#data=/);
    const other = await launchBrowser();
    try {
      const fresh = await other.context.newPage();
      await fresh.goto(link);
      await waitForMatrix(fresh);
      expect(await readInventory(fresh)).toEqual(original);
    } finally {
      await other.close();
    }
  });

  it('CSV export imports back to the same matrix', async () => {
    await page.goto(matrixUrl('#voorbeeld=industrie'));
    await waitForMatrix(page);
    const original = await readInventory(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporteer als CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path())!);
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.toString('utf8')).toContain(';');
    await page.getByRole('combobox', { name: 'Begin met een voorbeeld' }).selectOption('leeg');
    await expect.poll(() => readInventory(page)).toEqual([]);
    await page.setInputFiles('input[type="file"]', {
      name: 'matrix.csv',
      mimeType: 'text/csv',
      buffer: csv,
    });
    // The file opens as new work; wait until it is the work shown.
    await expect.poll(() => page.getByLabel('Naam van dit werk').inputValue()).toMatch(/^matrix/);
    await expect.poll(() => readInventory(page)).toEqual(original);
  });

  it('JSON export imports back to the same matrix, ambition line included', async () => {
    await page.goto(matrixUrl('#voorbeeld=bibliotheken'));
    await waitForMatrix(page);
    await page.getByLabel('Bij geen afhankelijkheid (0)').fill('2');
    const original = await readInventory(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporteer als JSON' }).click(),
    ]);
    const json = readFileSync((await download.path())!);
    expect(JSON.parse(json.toString('utf8')).state.ambition.atNoDependency).toBe(2);
    await page.getByRole('combobox', { name: 'Begin met een voorbeeld' }).selectOption('leeg');
    await page.setInputFiles('input[type="file"]', {
      name: 'matrix.json',
      mimeType: 'application/json',
      buffer: json,
    });
    // The file opens as new work; wait until it is the work shown.
    await expect.poll(() => page.getByLabel('Naam van dit werk').inputValue()).toMatch(/^matrix/);
    await expect.poll(() => readInventory(page)).toEqual(original);
    expect(await page.getByLabel('Bij geen afhankelijkheid (0)').inputValue()).toBe('2');
  });

  it('exports the chart as a valid SVG and PNG', async () => {
    await page.goto(matrixUrl('#voorbeeld=xyz'));
    await waitForMatrix(page);
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Grafiek als SVG' }).click(),
    ]);
    const svg = readFileSync((await svgDownload.path())!, 'utf8');
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('Partner X');
    expect(svg).toContain('Ambitielijn: invloed 0 bij afhankelijkheid 0, 10 bij 10');
    const parsed = await page.evaluate(
      (text) =>
        new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror') ===
        null,
      svg,
    );
    expect(parsed).toBe(true);
    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Grafiek als PNG' }).click(),
    ]);
    const png = readFileSync((await pngDownload.path())!);
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(png.readUInt32BE(16)).toBe(1280);
  });

  it('the print view has a chart and a table for every goal and the action overview', async () => {
    await page.goto(matrixUrl('#voorbeeld=welzijn'));
    await waitForMatrix(page);
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole('button', { name: 'Afdrukken' }).click();
    await page.emulateMedia({ media: 'print' });
    const goals = (await readGoals(page)).length;
    await expect.poll(() => page.locator('.print-report .matrix-chart').count()).toBe(goals);
    expect(await page.locator('.print-report').isVisible()).toBe(true);
    expect(await page.locator('.kit-toolbar').isVisible()).toBe(false);
    expect(await page.locator('.print-report table.overview-table').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.emulateMedia({ media: 'screen' });
  });

  it('a reload restores the work', async () => {
    await page.goto(matrixUrl('#voorbeeld=bibliotheken'));
    await waitForMatrix(page);
    await page.getByLabel('Naam van partner 1').fill('Bibliotheek Noord');
    const before = await readInventory(page);
    await waitForSaved(page);
    await page.reload();
    await waitForMatrix(page);
    expect(await readInventory(page)).toEqual(before);
    expect(page.url()).not.toContain('#voorbeeld');
  });

  it('a deleted row can be undone', async () => {
    await page.goto(matrixUrl('#voorbeeld=xyz'));
    await waitForMatrix(page);
    const before = await readInventory(page);
    await page.getByRole('button', { name: 'Partner X verwijderen' }).click();
    expect(await readInventory(page)).toHaveLength(before.length - 1);
    await page
      .getByRole('button', { name: /^Ongedaan maken/ })
      .first()
      .click();
    expect(await readInventory(page)).toEqual(before);
  });
});

describe('bad input costs no work', () => {
  async function withWork() {
    await page.goto(matrixUrl('#voorbeeld=xyz'));
    await waitForMatrix(page);
    return readInventory(page);
  }

  it('a garbled share link gives a Dutch message and leaves the work alone', async () => {
    const before = await withWork();
    await page.goto(matrixUrl('#data=1.eJzLSM3JyVcozy_KSQEAGgQEXQ'));
    await waitForMatrix(page);
    expect(await messages(page)).toMatch(/link/i);
    expect(await readInventory(page)).toEqual(before);
    await page.goto(matrixUrl('#voorbeeld=bestaat-niet'));
    await waitForMatrix(page);
    expect(await messages(page)).toContain('Dit voorbeeld bestaat niet');
    expect(await readInventory(page)).toEqual(before);
  });

  it('a file that is not ours is refused with a message', async () => {
    const before = await withWork();
    await page.setInputFiles('input[type="file"]', {
      name: 'ander.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello":"world"}'),
    });
    await expect.poll(() => messages(page)).toMatch(/\S/);
    expect(await readInventory(page)).toEqual(before);
    await page.setInputFiles('input[type="file"]', {
      name: 'leeg.csv',
      mimeType: 'text/csv',
      buffer: Buffer.alloc(0),
    });
    await expect.poll(() => messages(page)).toContain('leeg');
    expect(await readInventory(page)).toEqual(before);
  });

  it('names that look like HTML or a javascript: URL stay text', async () => {
    await withWork();
    const hostile = '<img src=x onerror=alert(1)>"><script>alert(2)</script>javascript:alert(3)';
    await page.getByLabel('Naam van partner 1').fill(hostile);
    await page.locator('.matrix-chart__point').first().focus();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('.partner-assessment h3').textContent()).toBe(hostile);
    expect(problems.pageErrors).toEqual([]);
  });

  it('an out-of-range score is refused in the field with a message', async () => {
    const before = await withWork();
    const field = page.getByLabel('Invloed van Partner X', { exact: true });
    await field.fill('12');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() => page.locator('.field-error').first().textContent())
      .toContain('0 tot 10');
    await field.blur();
    expect(await readInventory(page)).toEqual(before);
  });

  it('a duplicate name within a goal is pointed out', async () => {
    await withWork();
    await page.getByLabel('Naam van partner 2').fill('Partner X');
    await expect.poll(() => page.locator('.field-note').count()).toBe(2);
    expect(await page.locator('.field-note').first().textContent()).toContain(
      'staat al bij hetzelfde doel',
    );
  });

  it('an empty name is refused and the old name stays', async () => {
    const before = await withWork();
    const field = page.getByLabel('Naam van partner 1');
    await field.fill('');
    await expect
      .poll(() => page.locator('.field-error').first().textContent())
      .toContain('Een naam is nodig');
    await field.blur();
    expect(await readInventory(page)).toEqual(before);
  });

  it('a half-broken CSV from Excel (Windows-1252) imports the valid rows and names what it skipped', async () => {
    await withWork();
    const csv = [
      'Doel;Urgentie;Partner;Vorm;Invloed;Afhankelijkheid',
      'Gezonde leefomgeving;hoog;Café de Brug;opdracht;6,5;3',
      'Gezonde leefomgeving;hoog;Kapotte rij;opdracht;veel;3',
      `Gezonde leefomgeving;hoog;${'L'.repeat(10_000)};subsidie;2;2`,
    ].join('\r\n');
    const bytes = Buffer.from(csv, 'latin1');
    await page.setInputFiles('input[type="file"]', {
      name: 'excel.csv',
      mimeType: 'text/csv',
      buffer: bytes,
    });
    await expect.poll(() => messages(page)).toContain('excel.csv');
    const text = await messages(page);
    expect(text).toMatch(/Kapotte rij|Rij 3/);
    const rows = await readInventory(page);
    expect(rows.map((r) => r[0].slice(0, 12))).toEqual(['Café de Brug', 'LLLLLLLLLLLL']);
    expect(rows[1][0].length).toBeLessThanOrEqual(120);
    expect(rows[0].slice(3, 5)).toEqual(['6,5', '3']);
    // The file opened as new work; the work that was there is one click away, untouched.
    expect(text).toContain('Je eerdere werk');
    await page
      .locator('.kit-message')
      .last()
      .getByRole('button', { name: /^Terug naar/ })
      .click();
    await expect.poll(async () => (await readInventory(page))[0]?.[0]).toBe('Partner X');
  });

  it('full storage: the work stays on screen and the message says what to do', async () => {
    const full = await session.browser.context.newPage();
    await full.addInitScript(() => {
      const refuse = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      Storage.prototype.setItem = refuse;
      IDBObjectStore.prototype.put = refuse;
      IDBObjectStore.prototype.add = refuse;
    });
    await full.goto(matrixUrl('#voorbeeld=xyz'));
    await waitForMatrix(full);
    await expect.poll(() => messages(full)).toMatch(/vol/i);
    expect(await messages(full)).toMatch(/exporteer/i);
    expect((await readInventory(full)).length).toBe(3);
    await full.close();
  });

  it('a damaged saved state gives a message, is kept in Mijn werk, and the page works', async () => {
    const raw = '{"v":1,"state":{"goals":[{"id":';
    await clearSiteData(page, session.site.origin);
    await page.goto(new URL('over/', session.site.url).href);
    await page.evaluate((raw) => localStorage.setItem('partnerwijzer:partnermatrix', raw), raw);
    await page.goto(matrixUrl());
    await waitForMatrix(page);
    expect(await messages(page)).toContain('ongewijzigd in Mijn werk');
    expect((await libraryDocuments(page)).map((doc) => doc.damaged)).toContain(raw);
    await page.getByRole('button', { name: /^Partner toevoegen/ }).click();
    expect(await readInventory(page)).toHaveLength(1);
  });

  it('blocked storage: the matrix works and says it cannot save', async () => {
    const blocked = await session.browser.context.newPage();
    await blocked.addInitScript(() => {
      const denied = {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      };
      Object.defineProperty(window, 'localStorage', denied);
      Object.defineProperty(window, 'indexedDB', denied);
    });
    await blocked.goto(matrixUrl('#voorbeeld=xyz'));
    await waitForMatrix(blocked);
    await expect.poll(() => messages(blocked)).toMatch(/bewaren/i);
    expect((await readInventory(blocked)).length).toBeGreaterThan(0);
    await blocked.close();
  });
});

it('axe finds nothing with data loaded and a partner selected', async () => {
  await page.goto(matrixUrl('#voorbeeld=jongerenwerk'));
  await waitForMatrix(page);
  await page.locator('.matrix-chart__point').first().focus();
  await page.getByRole('button', { name: 'Deellink maken' }).click();
  expect(await axeViolations(page)).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
});

it('each worked example in the chapter opens the matrix with that example', async () => {
  await page.goto(new URL('partnerstrategie/voorbeelden/', session.site.url).href);
  const hrefs = await page.$$eval('a[href*="#voorbeeld="]', (links) =>
    links.map((a) => (a as HTMLAnchorElement).href),
  );
  expect(hrefs.length).toBeGreaterThanOrEqual(5);
  for (const href of hrefs) {
    const example = new URL(href).hash.split('=')[1];
    await page.goto(href);
    await waitForMatrix(page);
    expect(await messages(page), example).toContain('Voorbeeld geopend als nieuw werk');
    expect((await readInventory(page)).length, example).toBeGreaterThan(0);
  }
});
