// Hostile input over every instrument and every way in — typing, share link, JSON file, CSV
// file, stored state — in real Chromium against the built site. Each case: no dialog, no
// injected script or element, no uncaught error, a Dutch message, and the work that was there
// before is still there (or one click away, where the instrument says so). Prints the count.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toJsonExport } from '../../src/lib/instrument-kit/json-export';
import { garbledLinks, HOSTILE_NAMES } from '../support/hostile-inputs';
import {
  launchBrowser,
  watchPage,
  type BrowserSession,
  type PageProblems,
} from './support/browser';
import { waitForMatrix } from './support/matrix-page';
import { answerAll, waitForQuestionnaire } from './support/questionnaire-page';
import { libraryDocuments } from './support/library';
import { clearSiteData, useBrowserAndSite, waitForSaved } from './support/session';

const session = useBrowserAndSite();
const counts = new Map<string, number>();
const count = (what: string, n = 1) => counts.set(what, (counts.get(what) ?? 0) + n);
afterAll(() => {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const lines = [...counts].map(([what, n]) => `  ${what}: ${n}`).join('\n');
  console.log(`hostile-input: ${total} cases over 4 instruments\n${lines}`);
});

const LINKS_PER_INSTRUMENT = 350;

interface Instrument {
  name: string;
  path: string;
  ready: (page: Page) => Promise<void>;
  /** Puts known work on the page. */
  prepare: (page: Page) => Promise<void>;
  /** What the reader has made, as text: compared before and after each case. */
  work: (page: Page) => Promise<string>;
  /** A valid share payload, for the generator to garble. */
  validPayload: unknown;
}

const matrixWork = (page: Page) =>
  page.$$eval('table.inventory tbody tr, .goal-list li', (rows) =>
    rows
      .map((row) =>
        [...row.querySelectorAll('input, select')]
          .map((f) => (f as HTMLInputElement).value)
          .join('|'),
      )
      .join('\n'),
  );
const questionnaireWork = async (page: Page) =>
  `${await page.locator('.scan-progress label').textContent()} / ${await page
    .locator('.respondent-name input')
    .inputValue()}`;

const validMatrix = {
  v: 1,
  goals: [{ id: 'g', name: 'Doel', urgency: 'hoog' }],
  partners: [
    {
      id: 'p',
      name: 'Partner',
      goalId: 'g',
      relation: 'anders',
      influence: 5,
      dependency: 4,
      target: { influence: 7, dependency: 4 },
      notes: 'notitie',
    },
  ],
  ambition: { atNoDependency: 0, atFullDependency: 10 },
};
const validResponse = (definition: string, statement: string) => ({
  v: 1,
  definition,
  respondent: 'Anne',
  answers: { [statement]: 4 },
  ambitions: {},
});

const questionnaire = (slug: string, parts: number, statement: string): Instrument => ({
  name: slug,
  path: `instrumenten/${slug}/`,
  ready: waitForQuestionnaire,
  prepare: async (page) => {
    await page.locator('.respondent-name input').fill('Eigen werk');
    await answerAll(page, parts, 4);
  },
  work: questionnaireWork,
  validPayload: validResponse(slug, statement),
});

const instruments: Instrument[] = [
  {
    name: 'partnermatrix',
    path: 'instrumenten/partnermatrix/',
    ready: waitForMatrix,
    prepare: async (page) => {
      await page.goto(new URL('instrumenten/partnermatrix/#voorbeeld=xyz', session.site.url).href);
      await waitForMatrix(page);
    },
    work: matrixWork,
    validPayload: validMatrix,
  },
  questionnaire('quickscan-samenwerkingsvermogen', 4, 'commitment-leiding-1'),
  questionnaire('partnerschapscheck', 1, 'doel-1'),
];

/** Watches a page: dialogs count as page errors (no instrument opens one). */
function watch(page: Page): PageProblems {
  const problems = watchPage(page, session.site.origin);
  page.on('dialog', (dialog) => {
    problems.pageErrors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return problems;
}

const ENGLISH_OR_TECHNICAL =
  /undefined|NaN|Infinity|\[object|TypeError|SyntaxError|Error:|\bnull\b/;
const DUTCH = /\b(de|het|een|niet|is|deze|je|van|link|bestand)\b/i;

/** The newest message, or null when the case produced none within 5 s. */
async function newestMessageAfter(page: Page, before: number) {
  return page.evaluate(async (before) => {
    const newest = () =>
      Math.max(
        0,
        ...[...document.querySelectorAll<HTMLElement>('[data-message]')].map((el) =>
          Number(el.dataset.message),
        ),
      );
    const started = performance.now();
    while (newest() <= before && performance.now() - started < 5000) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const el = document.querySelector<HTMLElement>(`[data-message="${newest()}"]`);
    return newest() > before && el
      ? { id: newest(), text: el.textContent ?? '', kind: el.className }
      : null;
  }, before);
}

const newestId = (page: Page) =>
  page.evaluate(() =>
    Math.max(
      0,
      ...[...document.querySelectorAll<HTMLElement>('[data-message]')].map((el) =>
        Number(el.dataset.message),
      ),
    ),
  );

/** Nothing that a payload could have injected: no flag, no element with a handler. */
const injected = (page: Page) =>
  page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned === 1,
    polluted: ({} as { polluted?: unknown }).polluted !== undefined,
    elements: document.querySelectorAll('img[src="x"], [onload], [onerror], a[href^="javascript:"]')
      .length,
  }));

/**
 * A message in Dutch. A refusal is all our own words, so it may hold nothing technical; other
 * messages may quote what the link or file contained (a partner called "NaN" is a name).
 */
function expectDutchMessage(text: string, context: string, refusal = true) {
  expect(text, context).toMatch(DUTCH);
  if (refusal) expect(text, context).not.toMatch(ENGLISH_OR_TECHNICAL);
}

/**
 * After a case: a link or file that could be read opened as new work beside the reader's own;
 * its message offers the way back. Take it, as a reader would.
 */
async function returnIfOpenedAsNew(page: Page, messageId: number) {
  const back = page.locator(`[data-message="${messageId}"] button`, { hasText: /^Terug naar/ });
  if (await back.count()) await back.click();
}

describe.each(instruments)('$name', (instrument) => {
  let page: Page;
  let problems: PageProblems;
  let before: string;

  beforeAll(async () => {
    page = await session.browser.context.newPage();
    problems = watch(page);
    await clearSiteData(page, session.site.origin);
    await page.goto(new URL(instrument.path, session.site.url).href);
    await instrument.ready(page);
    await instrument.prepare(page);
    before = await instrument.work(page);
    expect(before.length).toBeGreaterThan(10);
  });
  afterAll(async () => {
    await page?.close();
  });

  it(`${LINKS_PER_INSTRUMENT} garbled share links: a Dutch message each, the work kept`, async () => {
    const links = await garbledLinks(LINKS_PER_INSTRUMENT, 20261123, instrument.validPayload);
    for (const [index, link] of links.entries()) {
      const context = `${instrument.name} case ${index} (${link.kind}): #${link.fragment.slice(0, 120)}`;
      const last = await newestId(page);
      await page.evaluate((fragment) => {
        window.location.hash = fragment;
      }, link.fragment);
      const message = await newestMessageAfter(page, last);
      expect(message, context).not.toBeNull();
      expectDutchMessage(message!.text, context, message!.kind.includes('error'));
      await returnIfOpenedAsNew(page, message!.id);
      await expect.poll(() => instrument.work(page), { message: context }).toBe(before);
      expect(await injected(page), context).toEqual({ pwned: false, polluted: false, elements: 0 });
      count(`garbled share links (${instrument.name})`);
    }
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('files: empty, 5 MB, binary, another tool’s JSON, broken JSON', async () => {
    const files = [
      { name: 'leeg.json', mimeType: 'application/json', buffer: Buffer.alloc(0) },
      {
        name: 'groot.json',
        mimeType: 'application/json',
        buffer: Buffer.alloc(5 * 1024 * 1024, 'a'),
      },
      {
        name: 'plaatje.json',
        mimeType: 'application/json',
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0, 1]),
      },
      {
        name: 'ander-instrument.json',
        mimeType: 'application/json',
        buffer: Buffer.from(
          toJsonExport(
            instrument.name === 'partnermatrix' ? 'partnerschapscheck' : 'partnermatrix',
            1,
            validMatrix,
          ),
        ),
      },
      {
        name: 'kapot.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"format":"partnerwijzer",'),
      },
    ];
    for (const file of files) {
      const context = `${instrument.name}: ${file.name}`;
      const last = await newestId(page);
      await page.setInputFiles('input[type="file"]', file);
      const message = await newestMessageAfter(page, last);
      expect(message, context).not.toBeNull();
      expect(message!.kind, context).toContain('error');
      expectDutchMessage(message!.text, context);
      expect(await instrument.work(page), context).toBe(before);
      count('files');
    }
    expect(problems.pageErrors).toEqual([]);
  });
});

describe('partner matrix: CSV files', () => {
  let page: Page;
  let before: string;
  beforeAll(async () => {
    page = await session.browser.context.newPage();
    watch(page);
    await page.goto(
      new URL('instrumenten/partnermatrix/#voorbeeld=welzijn', session.site.url).href,
    );
    await waitForMatrix(page);
    before = await matrixWork(page);
  });
  afterAll(async () => {
    await page?.close();
  });

  // Excel on Windows saves "CSV (gescheiden door lijstscheidingsteken)" in Windows-1252.
  const windows1252 = (text: string) =>
    Buffer.from([...text].map((ch) => (ch === '’' ? 0x92 : ch === '€' ? 0x80 : ch.charCodeAt(0))));

  it.each([
    {
      name: 'excel-1252.csv',
      csv: windows1252(
        'Doel;Partner;Invloed;Afhankelijkheid\r\nCafé-overleg;Stichting ’t Hof;7,5;3\r\nÉén doel;Ouders € fonds;2;8\r\n',
      ),
      accepted: ['Stichting ’t Hof', 'Ouders € fonds'],
    },
    {
      name: 'extra-kolommen.csv',
      csv: Buffer.from(
        'Doel;Partner;Invloed;Afhankelijkheid;Kleur;Telefoon\r\nDoel;Bibliotheek;4;6;rood;0612345678\r\n',
      ),
      accepted: ['Bibliotheek'],
    },
    {
      name: 'dubbele-rijen.csv',
      csv: Buffer.from(
        'Doel;Partner;Invloed;Afhankelijkheid\r\nDoel;Gemeente;4;6\r\nDoel;Gemeente;4;6\r\n',
      ),
      accepted: null, // refused or accepted with a warning: either way Dutch, work kept
    },
    {
      name: 'kolom-mist.csv',
      csv: Buffer.from('Doel;Partner;Afhankelijkheid\r\nDoel;Gemeente;6\r\n'),
      accepted: [],
    },
    {
      name: 'markup.csv',
      csv: Buffer.from(
        `Doel;Partner;Invloed;Afhankelijkheid;Opmerkingen\r\n${HOSTILE_NAMES.slice(0, 5)
          .map(
            (name) =>
              `"${name.replace(/"/g, '""')}";"${name.replace(/"/g, '""')}";5;5;"${name.replace(/"/g, '""')}"`,
          )
          .join('\r\n')}\r\n`,
      ),
      accepted: HOSTILE_NAMES.slice(0, 5),
    },
  ])('$name', async ({ name, csv, accepted }) => {
    const last = await newestId(page);
    await page.setInputFiles('input[type="file"]', { name, mimeType: 'text/csv', buffer: csv });
    const message = await newestMessageAfter(page, last);
    expect(message, name).not.toBeNull();
    expectDutchMessage(message!.text, name, message!.kind.includes('error'));
    if (accepted && accepted.length) {
      const names = await page.$$eval('table.inventory tbody tr', (rows) =>
        rows.map((row) => (row.querySelector('input') as HTMLInputElement).value),
      );
      expect(names, name).toEqual(expect.arrayContaining(accepted));
      expect(await injected(page)).toEqual({ pwned: false, polluted: false, elements: 0 });
    } else if (accepted) {
      expect(message!.kind, name).toContain('error');
    }
    await returnIfOpenedAsNew(page, message!.id);
    await expect.poll(() => matrixWork(page), { message: name }).toBe(before);
    count('files');
  });
});

describe('typing markup and script into names and notes', () => {
  it.each(HOSTILE_NAMES.map((name) => [name.slice(0, 40), name] as const))(
    'partner matrix: %s',
    async (_label, name) => {
      const page = await session.browser.context.newPage();
      const problems = watch(page);
      await clearSiteData(page, session.site.origin);
      await page.goto(new URL('instrumenten/partnermatrix/', session.site.url).href);
      await waitForMatrix(page);
      await page.getByLabel('Naam van doel 1').fill(name);
      await page.getByLabel('Naam van doel 1').press('Tab');
      await page.getByRole('button', { name: /^Partner toevoegen/ }).click();
      await page.getByLabel('Naam van partner 1').fill(name);
      await page.getByLabel('Naam van partner 1').press('Tab');
      const shown = await page.getByLabel('Naam van partner 1').inputValue();
      // Long names are cut to the limit and direction overrides removed; the rest stays text.
      expect(name.replace(/[\u202A-\u202E\u2066-\u2069]/g, '').startsWith(shown)).toBe(true);
      await page.getByLabel(/^Opmerkingen bij/).fill(name);
      await page.getByLabel(/^Opmerkingen bij/).press('Tab');
      await page.locator('.matrix-chart__point').first().focus();
      expect(await injected(page)).toEqual({ pwned: false, polluted: false, elements: 0 });
      await waitForSaved(page);
      await page.reload();
      await waitForMatrix(page);
      expect(await page.getByLabel('Naam van partner 1').inputValue()).toBe(shown);
      expect(await injected(page)).toEqual({ pwned: false, polluted: false, elements: 0 });
      expect(problems.pageErrors).toEqual([]);
      await page.close();
      count('typed names and notes');
    },
  );

  it('ambition-line check: every name, shown as text in the chart and the assessment', async () => {
    const page = await session.browser.context.newPage();
    const problems = watch(page);
    await page.goto(new URL('instrumenten/ambitielijn/', session.site.url).href);
    await page.waitForFunction(() => document.querySelector('astro-island[ssr]') === null);
    for (const name of HOSTILE_NAMES) {
      await page.getByLabel('Naam van de partner').fill(name);
      await page.getByLabel('Naam van de partner').press('Tab');
      expect(await injected(page), name.slice(0, 40)).toEqual({
        pwned: false,
        polluted: false,
        elements: 0,
      });
      count('typed names and notes');
    }
    expect(problems.pageErrors).toEqual([]);
    await page.close();
  });

  it.each(HOSTILE_NAMES.map((name) => [name.slice(0, 40), name] as const))(
    'partnership check respondent: %s',
    async (_label, name) => {
      const page = await session.browser.context.newPage();
      const problems = watch(page);
      await clearSiteData(page, session.site.origin);
      await page.goto(new URL('instrumenten/partnerschapscheck/', session.site.url).href);
      await waitForQuestionnaire(page);
      await page.locator('.respondent-name input').fill(name);
      await answerAll(page, 1, 2);
      await page.getByRole('button', { name: 'Mijn antwoorden toevoegen' }).click();
      await page.locator('.team-table').waitFor();
      expect(await injected(page)).toEqual({ pwned: false, polluted: false, elements: 0 });
      expect(problems.pageErrors).toEqual([]);
      await page.close();
      count('typed names and notes');
    },
  );
});

describe('stored state', () => {
  async function withStorage(
    init: () => void,
    run: (context: BrowserContext) => Promise<void>,
  ): Promise<void> {
    const browser: BrowserSession = await launchBrowser();
    try {
      await browser.context.addInitScript(init);
      await run(browser.context);
    } finally {
      await browser.close();
    }
  }

  it.each(instruments)(
    '$name: storage blocked (localStorage and IndexedDB) — a Dutch message, the instrument works',
    async (instrument) => {
      await withStorage(
        () => {
          const denied = {
            get() {
              throw new DOMException('Access denied', 'SecurityError');
            },
          };
          Object.defineProperty(window, 'localStorage', denied);
          Object.defineProperty(window, 'indexedDB', denied);
        },
        async (context) => {
          const page = await context.newPage();
          const problems = watch(page);
          await page.goto(new URL(instrument.path, session.site.url).href);
          await instrument.ready(page);
          expectDutchMessage((await page.locator('.kit-messages').textContent()) ?? '', 'blocked');
          expect(await page.locator('.kit-messages').textContent()).toMatch(
            /niet toe dat we je werk in deze browser bewaren/,
          );
          expect(await page.locator('.work-status').textContent()).toMatch(/Alleen in dit venster/);
          await instrument.prepare(page);
          expect((await instrument.work(page)).length).toBeGreaterThan(10);
          expect(problems.pageErrors).toEqual([]);
          count('storage');
        },
      );
    },
  );

  it.each(instruments)(
    '$name: storage full — a Dutch message, the work stays on the page',
    async (instrument) => {
      await withStorage(
        () => {
          const full = () => {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          };
          Storage.prototype.setItem = full;
          IDBObjectStore.prototype.put = full;
          IDBObjectStore.prototype.add = full;
        },
        async (context) => {
          const page = await context.newPage();
          const problems = watch(page);
          await page.goto(new URL(instrument.path, session.site.url).href);
          await instrument.ready(page);
          await instrument.prepare(page);
          await expect.poll(() => page.locator('.kit-messages').textContent()).toMatch(/vol/);
          expectDutchMessage((await page.locator('.kit-messages').textContent()) ?? '', 'full');
          expect((await instrument.work(page)).length).toBeGreaterThan(10);
          expect(problems.pageErrors).toEqual([]);
          count('storage');
        },
      );
    },
  );

  const storedCases = [
    ['an older schema version', (state: unknown) => JSON.stringify({ v: 0, state })],
    ['a newer schema version', (state: unknown) => JSON.stringify({ v: 99, state })],
    ['garbage', () => '{{{ niet te lezen'],
    ['wrong types', () => JSON.stringify({ v: 1, state: { v: 1, goals: 'x', own: 7 } })],
  ] as const;

  it.each(instruments)(
    '$name: unreadable work from before the library moves in untouched, with a Dutch message',
    async (instrument) => {
      const key = `partnerwijzer:${instrument.name}`;
      for (const [label, stored] of storedCases) {
        const page = await session.browser.context.newPage();
        const problems = watch(page);
        // Storage is written from a page without instruments, so no island can read or save it
        // before the instrument page opens.
        await clearSiteData(page, session.site.origin);
        await page.goto(new URL('over/', session.site.url).href);
        const raw = stored(instrument.validPayload);
        await page.evaluate(([key, raw]) => localStorage.setItem(key, raw), [key, raw] as const);
        await page.goto(new URL(instrument.path, session.site.url).href);
        await instrument.ready(page);
        const text = (await page.locator('.kit-messages').textContent()) ?? '';
        expectDutchMessage(text, `${instrument.name}: ${label}`);
        expect(text, label).toMatch(/ongewijzigd in Mijn werk/);
        // The old text is in the library exactly as it was, and listed; the old key is gone.
        const kept = await libraryDocuments(page);
        const moved = kept.find((doc) => doc.damaged === raw || doc.original === raw);
        expect(moved, label).toBeDefined();
        expect(await page.evaluate((key) => localStorage.getItem(key), key)).toBeNull();
        expect(
          await page.locator('.work-list li', { hasText: moved!.title }).count(),
        ).toBeGreaterThan(0);
        await instrument.prepare(page);
        await waitForSaved(page);
        // Working on never writes over it.
        const after = await libraryDocuments(page);
        expect(
          after.find((doc) => doc.id === moved!.id),
          label,
        ).toEqual(moved);
        expect(problems.pageErrors, label).toEqual([]);
        await page.close();
        count('storage');
      }
    },
  );
});
