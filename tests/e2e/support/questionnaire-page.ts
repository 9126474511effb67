// Shared moves for the questionnaire instruments (quick-scan, partnership check) in Chromium.
import type { Frame, Page } from 'playwright-core';

/** Waits until the island has hydrated, read saved answers and consumed a link in the hash. */
export async function waitForQuestionnaire(page: Page): Promise<void> {
  await page.locator('.questionnaire[data-ready]').waitFor();
  await page.waitForFunction(() => !/[#&]data=/.test(window.location.hash));
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
  await page.locator('.questionnaire[data-ready]:not([data-busy])').waitFor();
}

/**
 * Answers every statement of the current part with the keyboard: Space picks the first option,
 * ArrowRight moves within a radio group. `steps(i)` = how far to move for statement i (the
 * options run from the lowest scale value to "weet ik niet"), or null to leave it unanswered.
 * Returns how many statements the part had.
 */
export async function answerPartByKeyboard(
  page: Page,
  steps: (index: number) => number | null,
): Promise<number> {
  const groups = page.locator('.scan-step fieldset.scan-statement');
  const count = await groups.count();
  for (let i = 0; i < count; i++) {
    const moves = steps(i);
    if (moves === null) continue;
    await groups.nth(i).locator('input[type="radio"]').first().focus();
    await page.keyboard.press('Space');
    for (let k = 0; k < moves; k++) await page.keyboard.press('ArrowRight');
  }
  return count;
}

/**
 * Moves to the next part (or the results) as a keyboard user does, and waits until the page has
 * moved focus to the new heading: keys pressed before then would land on the old part.
 */
export async function nextPart(
  page: Page,
  name: string | RegExp = /Volgend onderdeel|Naar het resultaat/,
) {
  await page.getByRole('button', { name }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
}

/** Answers every part with `value` (1–5) and ends on the results. */
export async function answerAll(page: Page, parts: number, value: number): Promise<void> {
  for (let part = 0; part < parts; part++) {
    await answerPartByKeyboard(page, () => value - 1);
    await nextPart(page);
  }
}

export async function progressText(page: Page | Frame): Promise<string> {
  return (await page.locator('.scan-progress label').textContent()) ?? '';
}

/** In print media: is the results section shown and the toolbar hidden, and the A4 PDF made? */
export async function printView(
  page: Page,
): Promise<{ results: boolean; toolbar: boolean; pdf: string }> {
  await page.emulateMedia({ media: 'print' });
  try {
    return {
      results: await page.locator('.scan-results').isVisible(),
      toolbar: await page.locator('.kit-toolbar').isVisible(),
      pdf: (await page.pdf({ format: 'A4' })).subarray(0, 4).toString(),
    };
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}
