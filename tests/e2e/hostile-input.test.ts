// Hostile input over every instrument and every way in — typing, share link, JSON file, CSV
// file, stored state — in real Chromium against the built site. Each case: no dialog, no
// injected script or element, no uncaught error, a Dutch message, and the work that was there
// before is still there (or one click away, where the instrument says so). Prints the count.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toJsonExport } from '../../src/lib/instrument-kit/json-export';
import { BLANK_NAME_MESSAGE } from '../../src/lib/instrument-kit/text-clean';
import { matrixFromCsv } from '../../src/lib/partner-strategy/matrix-csv';
import {
  BIDI_NAMES,
  FORMULA_NAMES,
  garbledLinks,
  HOSTILE_NAMES,
  INVISIBLE_NAMES,
  LOOKALIKE_NAMES,
  XML_BREAKING_NAMES,
} from '../support/hostile-inputs';
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
  questionnaire('quickscan-samenwerkingsvermogen', 4, 'commitment-leiding-2'),
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

/** Opens the partner matrix on a first visit, with one goal and `partners` new partners. */
async function freshMatrix(partners: number): Promise<{ page: Page; problems: PageProblems }> {
  const page = await session.browser.context.newPage();
  const problems = watch(page);
  await clearSiteData(page, session.site.origin);
  await page.goto(new URL('instrumenten/partnermatrix/', session.site.url).href);
  await waitForMatrix(page);
  for (let i = 0; i < partners; i++) {
    await page.getByRole('button', { name: /^Partner toevoegen/ }).click();
  }
  await page.getByLabel(`Naam van partner ${partners}`).waitFor();
  return { page, problems };
}

/**
 * Types `text` into a field as one insertion (as a paste does), exactly: the string is built in
 * the page from its UTF-16 code units, so lone surrogates and control characters arrive as they
 * are (the protocol to the browser would turn a lone surrogate into U+FFFD).
 */
async function insertRaw(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.selectText();
  const units = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
  // The field right after the insertion, before the page re-renders: it must hold the raw text.
  const arrived = await field.evaluate((el, units) => {
    document.execCommand('insertText', false, String.fromCharCode(...units));
    const value = (el as HTMLInputElement).value;
    return Array.from({ length: value.length }, (_, i) => value.charCodeAt(i));
  }, units);
  expect(arrived, `inserted ${escaped(text)}`).toEqual(units);
}

/**
 * Records the text the browser delivers to fields from now on (the data of each beforeinput
 * event), and returns a reader for it: proof that the characters of a case reached the page.
 */
async function recordTyping(page: Page): Promise<() => Promise<string>> {
  await page.evaluate(() => {
    const record = window as unknown as { __typed?: string };
    if (record.__typed === undefined) {
      document.addEventListener(
        'beforeinput',
        (event) => (record.__typed += (event as InputEvent).data ?? ''),
        true,
      );
    }
    record.__typed = '';
  });
  return () => page.evaluate(() => (window as unknown as { __typed: string }).__typed);
}

/** Clicks an export button and returns the downloaded file. */
async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return readFileSync((await file.path())!);
}

/** A name as a label that any report can show: everything outside printable ASCII as \u{…}. */
const escaped = (text: string) =>
  text.replace(/[^\x20-\x7E]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Characters XML 1.0 does not allow, noncharacters and lone surrogates. */
const NOT_IN_XML =
  /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]|\p{Noncharacter_Code_Point}/u;

describe('names that XML does not allow: the chart exports', () => {
  let page: Page;
  let problems: PageProblems;
  beforeAll(async () => {
    ({ page, problems } = await freshMatrix(1));
  });
  afterAll(async () => {
    await page?.close();
  });

  it.each(XML_BREAKING_NAMES.map(({ raw, clean }) => [escaped(raw), raw, clean] as const))(
    'partner and goal named %s: SVG parses as XML, PNG is a PNG',
    async (label, raw, clean) => {
      for (const field of ['Naam van doel 1', 'Naam van partner 1']) {
        await insertRaw(page.getByLabel(field), raw);
        await page.getByLabel(field).press('Tab');
        expect(await page.getByLabel(field).inputValue(), `${field}: ${label}`).toBe(clean);
      }
      const svg = (await download(page, 'Grafiek als SVG')).toString('utf8');
      expect(svg.startsWith('<?xml'), label).toBe(true);
      expect(svg, label).not.toMatch(NOT_IN_XML);
      expect(svg, label).not.toContain('\uFFFD');
      const error = await page.evaluate(
        (text) =>
          new DOMParser()
            .parseFromString(text, 'image/svg+xml')
            .querySelector('parsererror')
            ?.textContent?.slice(0, 200) ?? null,
        svg,
      );
      expect(error, label).toBeNull();
      // The name is in the chart as text (XML-escaped where needed).
      expect(svg, label).toContain(clean.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
      count('noncharacter names: SVG export');
      const png = await download(page, 'Grafiek als PNG');
      expect(png.subarray(0, 8), label).toEqual(PNG_SIGNATURE);
      expect(png.subarray(-8, -4).toString('latin1'), label).toBe('IEND');
      count('noncharacter names: PNG export');
      expect(problems.pageErrors, label).toEqual([]);
      expect(problems.consoleErrors, label).toEqual([]);
    },
  );
});

describe('names of only invisible characters are refused, the old name stays', () => {
  it.each([
    { what: 'partner', field: 'Naam van partner 1', old: 'Bibliotheek' },
    { what: 'goal', field: 'Naam van doel 1', old: 'Leesbevordering' },
  ])('matrix $what name', async ({ field, old }) => {
    const { page, problems } = await freshMatrix(1);
    const input = page.getByLabel(field);
    await input.fill(old);
    await input.press('Tab');
    for (const name of INVISIBLE_NAMES) {
      const context = `${field}: ${escaped(name)}`;
      await input.fill(name);
      const error = page.locator('.text-field', { has: input }).locator('.field-error');
      const expected = name.trim() === '' ? 'Een naam is nodig.' : BLANK_NAME_MESSAGE;
      expect(await error.textContent(), context).toBe(`${expected} De vorige naam blijft staan.`);
      expectDutchMessage((await error.textContent()) ?? '', context);
      expect(await input.getAttribute('aria-invalid'), context).toBe('true');
      // The rest of the page still knows the partner or goal by the old name.
      const elsewhere =
        field === 'Naam van doel 1'
          ? page.getByRole('button', { name: `Partner toevoegen bij ${old}`, exact: true })
          : page.getByRole('button', { name: `${old} verwijderen`, exact: true });
      expect(await elsewhere.count(), context).toBe(1);
      await input.press('Tab');
      expect(await input.inputValue(), context).toBe(old);
      expect(await error.count(), context).toBe(0);
      count('invisible names refused');
    }
    await waitForSaved(page);
    await page.reload();
    await waitForMatrix(page);
    expect(await page.getByLabel(field).inputValue()).toBe(old);
    expect(problems.pageErrors).toEqual([]);
    await page.close();
  });
});

describe('names that differ only by invisible characters, case or width', () => {
  it('are flagged as the same name', async () => {
    const { page, problems } = await freshMatrix(2);
    const first = page.getByLabel('Naam van partner 1');
    const second = page.getByLabel('Naam van partner 2');
    const notes = () => page.locator('table.inventory tbody tr .field-note').allTextContents();
    for (const [a, b] of LOOKALIKE_NAMES) {
      const context = `${escaped(a)} and ${escaped(b)}`;
      await first.fill(a);
      await second.fill('Iets heel anders');
      await second.press('Tab');
      expect(await notes(), `${context}: different names`).toEqual([]);
      await second.fill(b);
      await second.press('Tab');
      expect(await second.inputValue(), context).toBe(b);
      expect(await notes(), context).toEqual([
        'Deze naam staat al bij hetzelfde doel.',
        'Deze naam staat al bij hetzelfde doel.',
      ]);
      count('lookalike names flagged as duplicates');
    }
    expect(problems.pageErrors).toEqual([]);
    await page.close();
  });
});

describe('bidi controls in the respondent name are gone while typing', () => {
  const withoutBidi = (text: string) => text.replace(/\p{Bidi_Control}/gu, '');

  it.each([
    { path: 'instrumenten/quickscan-samenwerkingsvermogen/', label: 'Je naam (mag leeg blijven)' },
    {
      path: 'instrumenten/partnerschapscheck/',
      label: 'Namens welke partnerorganisatie vul je in? (mag leeg blijven)',
    },
  ])('$path', async ({ path, label }) => {
    const page = await session.browser.context.newPage();
    const problems = watch(page);
    await clearSiteData(page, session.site.origin);
    await page.goto(new URL(path, session.site.url).href);
    await waitForQuestionnaire(page);
    const field = page.getByLabel(label, { exact: true });
    for (const name of BIDI_NAMES) {
      const expected = withoutBidi(name);
      // Typed key by key: each control is gone as soon as it is typed.
      await field.fill('');
      let typed = await recordTyping(page);
      await field.pressSequentially(name);
      expect(await typed(), 'the controls reached the page').toBe(name);
      expect(await field.inputValue(), `typed ${escaped(name)}`).toBe(expected);
      count('bidi controls in respondent names');
      // Pasted in one go.
      typed = await recordTyping(page);
      await field.fill(name);
      expect(await typed(), 'the controls reached the page').toBe(name);
      expect(await field.inputValue(), `pasted ${escaped(name)}`).toBe(expected);
      count('bidi controls in respondent names');
    }
    await waitForSaved(page);
    await page.reload();
    await waitForQuestionnaire(page);
    expect(await field.inputValue()).toBe(withoutBidi(BIDI_NAMES.at(-1)!));
    expect(problems.pageErrors).toEqual([]);
    await page.close();
  });
});

describe('CSV export: formulas stay text', () => {
  /** The fields of a CSV line as written, quotes included (a quoted field may hold ; and ,). */
  function rawFields(line: string): string[] {
    const fields: string[] = [];
    for (let start = 0; ;) {
      let end = start;
      if (line[start] === '"') {
        // To the closing quote; "" inside is a quote.
        for (end = start + 1; end < line.length; end++) {
          if (line[end] === '"' && line[end + 1] === '"') end++;
          else if (line[end] === '"') break;
        }
      }
      const separator = line.indexOf(';', end);
      fields.push(line.slice(start, separator < 0 ? line.length : separator));
      if (separator < 0) return fields;
      start = separator + 1;
    }
  }

  it(`partners named ${FORMULA_NAMES.join(' ')}: every text cell is quoted`, async () => {
    const { page, problems } = await freshMatrix(FORMULA_NAMES.length);
    await page.getByLabel('Naam van doel 1').fill('@Doel');
    for (const [i, name] of FORMULA_NAMES.entries()) {
      await page.getByLabel(`Naam van partner ${i + 1}`).fill(name);
      await page.getByLabel(`Naam van partner ${i + 1}`).press('Tab');
      const notes = page.getByLabel(`Opmerkingen bij ${name}`, { exact: true });
      await notes.fill(`=HYPERLINK("x";"${name}")`);
      await notes.press('Tab');
    }
    const csv = (await download(page, 'Exporteer als CSV')).toString('utf8').replace(/^\uFEFF/, '');
    const lines = csv.split('\r\n').filter((line) => line !== '');
    expect(lines.length).toBe(1 + FORMULA_NAMES.length);
    for (const line of lines) {
      const fields = rawFields(line);
      expect(fields.join(';'), line).toBe(line);
      for (const field of fields) {
        // Empty, a bare number ("8", "0.5"), or text between double quotes.
        expect(field, line).toMatch(/^$|^\d+(?:\.\d+)?$|^"(?:[^"]|"")*"$/);
        // Inside the quotes, a formula starts with an apostrophe.
        expect(field.replace(/^"/, ''), line).not.toMatch(/^[=+\-@\t\r]/);
      }
      // A reader that splits naively on ; or , never gets a piece that starts a formula.
      for (const piece of line.split(/[;,]/)) expect(piece, line).not.toMatch(/^[=+\-@]/);
    }
    // Nothing lost: the file reads back to the same names, notes and goal.
    const back = matrixFromCsv(csv);
    expect(back.ok).toBe(true);
    if (back.ok) {
      expect(back.value.goals.map((g) => g.name)).toEqual(['@Doel']);
      expect(back.value.partners.map((p) => p.name)).toEqual(FORMULA_NAMES);
      expect(back.value.partners.map((p) => p.notes)).toEqual(
        FORMULA_NAMES.map((name) => `=HYPERLINK("x";"${name}")`),
      );
    }
    count('CSV export: formula names', FORMULA_NAMES.length);
    expect(problems.pageErrors).toEqual([]);
    await page.close();
  });
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
        // Mijn werk loads its list when the reader opens it.
        await page.locator('.work-library summary').click();
        await expect
          .poll(() => page.locator('.work-list li', { hasText: moved!.title }).count())
          .toBeGreaterThan(0);
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
    // Four stored cases, each a fresh page that answers the whole questionnaire (26 statements
    // in the quick-scan since the split): 13 s alone, over a minute beside other test files.
    180_000,
  );
});
