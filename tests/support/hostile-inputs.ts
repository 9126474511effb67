// Hostile input for the instruments: names that are markup or script, and generated garbled
// share links. Seeded, so a failing case can be found again (the case index is in the report).
import { encodeSharePayload } from '../../src/lib/instrument-kit/share-link';
import { prng } from './prng';

/** Each payload sets window.__pwned when it runs; the tests check it never does. */
export const HOSTILE_NAMES: readonly string[] = [
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1"></svg>',
  'javascript:window.__pwned=1',
  '"><script>window.__pwned=1</script>',
  "'; window.__pwned=1; '",
  '\u202Eevil.exe\u202C gemeente',
  'Gezin 👩‍👩‍👧‍👦 en 🏳️‍🌈 Stichting',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '=HYPERLINK("https://example.org","klik")',
  'x'.repeat(10_000),
];

/**
 * Names with characters that are not allowed in XML 1.0 (or discouraged there): noncharacters in
 * the BMP and in other planes, lone surrogates, control characters. Kept, they would make the
 * SVG and PNG export invalid; cleaning must remove them and leave the visible text.
 */
export const XML_BREAKING_NAMES: readonly { raw: string; clean: string }[] = [
  { raw: 'Gemeente\uFFFE', clean: 'Gemeente' },
  { raw: '\uFFFFStichting', clean: 'Stichting' },
  { raw: 'Wijk\uFDD0team\uFDEF', clean: 'Wijkteam' },
  { raw: 'Buurt\u{1FFFE}huis\u{10FFFF}', clean: 'Buurthuis' },
  { raw: 'School \ud800bestuur\udfff', clean: 'School bestuur' },
  { raw: 'Zorg\u0000\u0008\u001b\u007f\u0085groep', clean: 'Zorggroep' },
  { raw: 'Café 😀 \uFEFFPlein', clean: 'Café 😀 Plein' },
];

/** Names that look empty: only spaces and invisible characters. They must be refused. */
export const INVISIBLE_NAMES: readonly string[] = [
  '\u200B',
  '\u200B\u200C\u200D',
  '\u2060',
  '\u00AD',
  '\uFEFF',
  '\u202E\u2066',
  '\u200E\u200F\u061C',
  '\uFE0F\uFE0E',
  '\u3164',
  '\u2800',
  '\u00A0\u2003\u3000',
  ' \u200B \u034F ',
];

/** Pairs that look the same on screen and must count as one name (a duplicate). */
export const LOOKALIKE_NAMES: readonly (readonly [string, string])[] = [
  ['Gemeente', 'Ge\u200Bmeente'],
  ['Gemeente', '\u2060Gemeente\u00AD'],
  ['Gemeente', 'GEMEENTE'],
  ['Gemeente', 'Ｇｅｍｅｅｎｔｅ'],
  ['Bibliotheek Noord', 'Bibliotheek\u00A0 Noord\uFE0F'],
];

/** Names with bidi controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) in them. */
export const BIDI_NAMES: readonly string[] = [
  '\u202Eevil.exe\u202C gemeente',
  'Anne\u2066\u2067\u2068\u2069 de Vries',
  '\u200E\u200FFatima\u061C',
  'A\u202A\u202B\u202Dz',
];

/** Names a spreadsheet would run as a formula if a CSV cell started with them unquoted. */
export const FORMULA_NAMES: readonly string[] = ['=1+1', '+x', '-2+3', '@SUM(A1)'];

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Values that a sanitizer must refuse or repair wherever they appear. */
const HOSTILE_VALUES: readonly unknown[] = [
  null,
  '',
  -1,
  -1e308,
  1e308,
  Number.MAX_SAFE_INTEGER,
  0.1 + 0.2,
  'NaN',
  'Infinity',
  '7,5',
  true,
  [],
  {},
  [[[[[[]]]]]],
  'x'.repeat(5000),
  ...HOSTILE_NAMES.slice(0, 5),
  JSON.parse('{"__proto__": {"polluted": 1}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": 1}}}'),
];

const TOP_LEVEL: readonly unknown[] = [
  null,
  0,
  'partnerwijzer',
  [],
  true,
  {},
  { v: 1 },
  { v: 2 },
  { v: '1' },
  { v: 1, goals: 'alle', partners: 7 },
  { v: 1, own: null, team: 'x' },
  { v: 1, definition: 'iets-anders', answers: {}, ambitions: {} },
  JSON.parse('{"__proto__": {"v": 1, "polluted": 1}}'),
];

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Every path to an object or array member inside value. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => [
    [...prefix, key],
    ...paths((value as Record<string | number, unknown>)[key], [...prefix, key]),
  ]);
}

/** The valid payload with one member replaced by a hostile value, or removed. */
function mutate(valid: unknown, random: ReturnType<typeof prng>): unknown {
  const copy = clone(valid);
  const all = paths(copy);
  if (!all.length) return random.pick(HOSTILE_VALUES);
  const path = random.pick(all);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (random.next() < 0.25 && !Array.isArray(parent)) delete parent[last];
  else parent[last] = random.pick(HOSTILE_VALUES);
  return copy;
}

export interface GarbledLink {
  kind: string;
  /** What goes after "#": always a data= link, so the instrument must answer it. */
  fragment: string;
}

/**
 * `count` garbled share-link fragments for an instrument whose valid payload is `valid`:
 * random bytes, random text, truncated valid links, wrong version prefixes, valid encoding with
 * wrong types or missing fields, huge numbers and strings, prototype-pollution keys, too long.
 */
export async function garbledLinks(
  count: number,
  seed: number,
  valid: unknown,
): Promise<GarbledLink[]> {
  const random = prng(seed);
  const validLink = await encodeSharePayload(valid);
  const links: GarbledLink[] = [];
  for (let i = 0; i < count; i++) {
    const n = `n=${i}&`;
    switch (i % 8) {
      case 0: {
        const length = 1 + random.int(300);
        const text = Array.from({ length }, () => random.pick([...BASE64URL])).join('');
        links.push({ kind: 'random bytes', fragment: `${n}data=1.${text}` });
        break;
      }
      case 1: {
        const length = 1 + random.int(80);
        const text = Array.from({ length }, () => String.fromCharCode(33 + random.int(94))).join(
          '',
        );
        links.push({ kind: 'random text', fragment: `${n}data=${encodeURIComponent(text)}` });
        break;
      }
      case 2:
        links.push({
          kind: 'truncated',
          fragment: `${n}data=${validLink.slice(0, 2 + random.int(validLink.length - 2))}`,
        });
        break;
      case 3: {
        const prefix = random.pick(['2.', '0.', '', '1', 'v1.', '1..', '01.', '-1.']);
        links.push({ kind: 'wrong version', fragment: `${n}data=${prefix}${validLink.slice(2)}` });
        break;
      }
      case 4:
      case 5:
        links.push({
          kind: 'wrong content',
          fragment: `${n}data=${await encodeSharePayload(mutate(valid, random))}`,
        });
        break;
      case 6:
        links.push({
          kind: 'wrong type',
          fragment: `${n}data=${await encodeSharePayload(random.pick(TOP_LEVEL))}`,
        });
        break;
      default: {
        const broken = random.pick([
          '%E0%A4%A',
          '%',
          '%00%00',
          `1.${'A'.repeat(120_000)}`,
          `${validLink}${validLink}`,
          `${validLink}%20`,
          encodeURIComponent(validLink).replace(/\./g, '%2E'),
        ]);
        links.push({ kind: 'broken encoding', fragment: `${n}data=${broken}` });
      }
    }
  }
  return links;
}
