import type { Frame, Page } from 'playwright-core';

/** What the reader sees in the inventory: one array of field values per row (selects by their text). */
export async function readInventory(page: Page | Frame): Promise<string[][]> {
  return page.$$eval('table.inventory tbody tr', (rows) =>
    rows.map((row) =>
      [...row.querySelectorAll('input, select')].map((field) =>
        field instanceof HTMLSelectElement
          ? (field.selectedOptions[0]?.textContent ?? '')
          : (field as HTMLInputElement).value,
      ),
    ),
  );
}

export async function readGoals(page: Page): Promise<string[][]> {
  return page.$$eval('.goal-list li', (items) =>
    items.map((item) =>
      [...item.querySelectorAll('input, select')].map((field) =>
        field instanceof HTMLSelectElement
          ? (field.selectedOptions[0]?.textContent ?? '')
          : (field as HTMLInputElement).value,
      ),
    ),
  );
}

export async function messages(page: Page): Promise<string> {
  return (await page.locator('.kit-messages').textContent()) ?? '';
}

/** Waits until the island has hydrated and read its saved state and link. */
export async function waitForMatrix(page: Page): Promise<void> {
  // data-ready: the reader's work has loaded. A link in the hash is read after that and removed;
  // what it holds then opens as new work (data-busy while that happens).
  await page.locator('.partner-matrix[data-ready]').waitFor();
  await page.waitForFunction(() => !/[#&](data|voorbeeld)=/.test(window.location.hash));
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
  await page.locator('.partner-matrix[data-ready]:not([data-busy])').waitFor();
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
}
