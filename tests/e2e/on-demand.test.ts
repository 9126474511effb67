// What the partner matrix loads only when the reader first needs it (Mijn werk's list, the
// question before "Opnieuw beginnen", the advice for one partner, undo) works the first time,
// with the keyboard alone: focus stays where the reader is and nothing typed is lost.
import type { Page } from 'playwright-core';
import { beforeEach, expect, it } from 'vitest';
import type { PageProblems } from './support/browser';
import { messages, readInventory, waitForMatrix } from './support/matrix-page';
import { openCleanPage, useBrowserAndSite, waitForSaved } from './support/session';

const session = useBrowserAndSite();
let page: Page;
let problems: PageProblems;

beforeEach(async () => {
  ({ page, problems } = await openCleanPage(
    session,
    new URL('instrumenten/partnermatrix/', session.site.url).href,
    waitForMatrix,
  ));
});

const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}:${el.textContent?.trim() ?? ''}` : null;
  });

/** A partner named by typing into the focused name field, the way a keyboard user adds one. */
async function addPartner(name: string) {
  await page.getByRole('button', { name: /^Partner toevoegen/ }).focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.closest('[data-partner-id]') !== null))
    .toBe(true);
  await page.keyboard.type(name);
}

it('Mijn werk opens with Enter and lists the open work, focus staying on it', async () => {
  const summary = page.locator('.work-library summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  const current = page.locator('.work-list li[aria-current="true"]');
  await expect.poll(() => current.textContent()).toContain('Mijn partnermatrix (open)');
  expect(await focused()).toBe('summary:Mijn werk (1)');
  expect(await page.getByRole('button', { name: 'Nieuw, leeg werk' }).isVisible()).toBe(true);
  expect(problems.pageErrors).toEqual([]);
});

it('the advice appears while the name is typed, without taking the focus or a letter', async () => {
  await addPartner('Stichting Buurtwerk');
  const advice = page.locator('.details-block .partner-assessment');
  await expect.poll(() => advice.locator('h3').textContent()).toBe('Stichting Buurtwerk');
  expect(await page.getByLabel('Naam van partner 1').inputValue()).toBe('Stichting Buurtwerk');
  expect(
    await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value),
  ).toBe('Stichting Buurtwerk');
  expect(problems.pageErrors).toEqual([]);
});

it('"Opnieuw beginnen" asks first; Escape keeps the work, Enter on yes empties it, undo brings it back', async () => {
  await addPartner('Bibliotheek Oost');
  await waitForSaved(page);
  const reset = page.getByRole('button', { name: 'Opnieuw beginnen' });
  await reset.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Deze partnermatrix leegmaken?' });
  await dialog.waitFor();
  expect(await focused()).toBe('button:Annuleren');
  expect(await dialog.textContent()).toContain('Alle doelen en partners van “Mijn partnermatrix”');

  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  expect(await focused()).toBe('button:Opnieuw beginnen');
  expect((await readInventory(page)).map((row) => row[0])).toEqual(['Bibliotheek Oost']);

  await page.keyboard.press('Enter');
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Ja, maak leeg' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => readInventory(page)).toEqual([]);
  expect(await messages(page)).toContain('De partnermatrix is leeggemaakt.');

  await page.getByRole('button', { name: /^Ongedaan maken: alles gewist/ }).focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await readInventory(page)).map((row) => row[0]))
    .toEqual(['Bibliotheek Oost']);
  expect(await messages(page)).toContain('Ongedaan gemaakt: alles gewist.');
  expect(problems.pageErrors).toEqual([]);
});
