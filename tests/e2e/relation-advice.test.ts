// Advice that fits the relation: the actions in the partner matrix follow the form of the
// relation the reader picks, and the chapter shows which action fits which form.
import type { Page } from 'playwright-core';
import { beforeEach, expect, it } from 'vitest';
import { readInventory, waitForMatrix } from './support/matrix-page';
import { openCleanPage, useBrowserAndSite, waitForSaved } from './support/session';

const session = useBrowserAndSite();
let page: Page;
const matrixUrl = (hash = '') =>
  new URL(`instrumenten/partnermatrix/${hash}`, session.site.url).href;

beforeEach(async () => {
  ({ page } = await openCleanPage(session, matrixUrl('#voorbeeld=industrie'), waitForMatrix));
});

const company = 'Industrieel bedrijf op plek X';
const card = () => page.locator('.partner-assessment', { hasText: company });
const actionLabels = async () =>
  (await card().locator('dd ul li strong').allTextContents()).map((t) => t.replace(/\.$/, ''));

it('a company with a permit can be enforced; once subsidised, it cannot', async () => {
  await page.getByLabel(`Invloed van ${company}`, { exact: true }).focus();
  await card().waitFor();
  expect(await card().textContent()).toMatch(/Vorm van de relatie: Vergunning/);
  expect(await actionLabels()).toContain('Handhaven');

  await page
    .getByLabel(`Vorm van de relatie met ${company}`, { exact: true })
    .selectOption('subsidie');
  await expect.poll(() => card().textContent()).toMatch(/Vorm van de relatie: Subsidie/);
  const subsidised = await actionLabels();
  expect(subsidised.length).toBeGreaterThan(0);
  expect(subsidised).not.toContain('Handhaven');

  // The choice is the reader's work: it is still there after a reload.
  await waitForSaved(page);
  await page.reload();
  await waitForMatrix(page);
  const row = (await readInventory(page)).find((fields) => fields.includes(company));
  expect(row).toContain('Subsidie');
});

it('the chapter shows per action the direction and the forms it fits, and what never goes together', async () => {
  await page.goto(new URL('partnerstrategie/stappenplan/', session.site.url).href);
  const row = (label: string) =>
    page.locator('table.ps-actions tr', { has: page.locator(`th:text-is("${label}")`) });
  expect(await row('Handhaven').textContent()).toMatch(/Investeren in effect\s*bij vergunning\./);
  expect(await row('Afspraken voor meerdere jaren').textContent()).not.toMatch(/vergunning/);
  const together = await page.locator('li', { hasText: 'niet samen met' }).allTextContents();
  expect(
    together.some((t) => /Afspraken voor meerdere jaren.*Andere aanbieders toelaten/.test(t)),
  ).toBe(true);
});
