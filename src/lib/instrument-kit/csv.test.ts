import { describe, expect, it } from 'vitest';
import { formatDecimal, parseCsv, parseDecimal, toCsv, unescapeFormula } from './csv';

const BOM = '\uFEFF';

/** What an instrument does when it reads its own export back. */
function readBack(csv: string): string[][] {
  const parsed = parseCsv(csv);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value.rows.map((row) => row.map(unescapeFormula));
}

const TRICKY = [
  'Gemeente Utrecht',
  'a;b',
  'a,b',
  'zei "hallo"',
  '"',
  '""',
  'regel 1\nregel 2',
  'regel 1\r\nregel 2',
  'cr\ronly',
  '=SOM(A1:A3)',
  '=HYPERLINK("http://x")',
  '+31 6 1234',
  '-',
  '-7,5',
  '7,5',
  '+1',
  '@cmd',
  '\t=1',
  '\rx',
  "'=1",
  "''+x",
  "'gewoon",
  '😀 emoji 👩🏽‍💻',
  '\u202e omgekeerd',
  ' spatie voor',
  'spatie na ',
  '  ',
  '',
  'tab\tin het midden',
  'sep=,',
];

describe('toCsv', () => {
  it('writes what Dutch Excel expects: BOM, semicolons, CRLF, every text in quotes', () => {
    expect(
      toCsv([
        ['Naam', 'Score'],
        ['Bibliotheek; Noord', '7,5'],
        ['Zei "ja"', '8'],
      ]),
    ).toBe(`${BOM}"Naam";"Score"\r\n"Bibliotheek; Noord";"7,5"\r\n"Zei ""ja""";8\r\n`);
  });

  it('neutralises formulas but leaves plain numbers alone', () => {
    const csv = toCsv([['=1+1', '+31 6', '-7,5', '-3', '@SUM(A1)', '\t=1', '- min', 'a=b']]);
    expect(csv).toBe(`${BOM}"'=1+1";"'+31 6";"-7,5";"-3";"'@SUM(A1)";"'\t=1";"'- min";"a=b"\r\n`);
  });

  it('leaves only empty fields and unsigned numbers without quotes', () => {
    expect(toCsv([['', '8', '10', '0.5', '7,5', '-3', '+3', '08a', ' 8', 'Anna', '0']])).toBe(
      `${BOM};8;10;0.5;"7,5";"-3";"+3";"08a";" 8";"Anna";0\r\n`,
    );
  });

  it('gives a reader that naively splits on ; or , no field starting with = + - @', () => {
    const cells = ['=1+1', '@SUM(A1)', '-2+3', '+x', '-3', '+4', '=', "'=1", 'a=b', '7,5'];
    const csv = toCsv([cells, [...cells].reverse()]).slice(1);
    const pieces = csv.split(/\r\n/).flatMap((line) => line.split(/[;,]/));
    for (const piece of pieces) expect(piece).not.toMatch(/^[=+\-@\t\r]/);
    // Every text field starts with a quote; a formula also gets the apostrophe inside it.
    expect(csv.split('\r\n')[0].split(';')).toEqual([
      `"'=1+1"`,
      `"'@SUM(A1)"`,
      `"'-2+3"`,
      `"'+x"`,
      `"-3"`,
      `"+4"`,
      `"'="`,
      `"''=1"`,
      `"a=b"`,
      `"7,5"`,
    ]);
    expect(readBack(toCsv([cells]))).toEqual([cells]);
  });

  it('gives an empty file (just the BOM) for no rows', () => {
    expect(toCsv([])).toBe(BOM);
  });
});

describe('round trip through our own export', () => {
  it('restores every tricky field exactly', () => {
    const rows = [TRICKY, [...TRICKY].reverse(), ['alleen één']];
    expect(readBack(toCsv(rows))).toEqual(rows);
  });

  it('restores 200 generated rows exactly', () => {
    let seed = 99;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const chars = [...'ab ;,"\n\r\t=+-@\'é€😀\u202e1,5'];
    const rows = Array.from({ length: 200 }, () =>
      Array.from({ length: 4 }, () =>
        Array.from({ length: rand(8) }, () => chars[rand(chars.length)]).join(''),
      ),
    );
    // A last row of only empty fields would be dropped as a trailing empty line.
    rows.push(['einde', '', '', '']);
    expect(readBack(toCsv(rows))).toEqual(rows);
  });

  it('parseCsv alone keeps the apostrophe that protects a formula', () => {
    const parsed = parseCsv(toCsv([['=1+1']]));
    expect(parsed.ok && parsed.value.rows).toEqual([["'=1+1"]]);
  });
});

describe('unescapeFormula', () => {
  it.each([
    ["'=1", '=1'],
    ["'+1", '+1'],
    ["'-x", '-x'],
    ["'@x", '@x'],
    ["'\tx", '\tx'],
    ["''=1", "'=1"],
    ["'gewoon", "'gewoon"],
    ["'", "'"],
    ['=1', '=1'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(unescapeFormula(input)).toBe(expected);
  });
});

describe('parseCsv', () => {
  const rows = (text: string) => {
    const parsed = parseCsv(text);
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.value;
  };

  it('reads a comma-separated file (English Excel, Google Sheets)', () => {
    expect(rows('naam,score\n"Gemeente, Utrecht",7.5\nSchool,8\n')).toEqual({
      separator: ',',
      rows: [
        ['naam', 'score'],
        ['Gemeente, Utrecht', '7.5'],
        ['School', '8'],
      ],
    });
  });

  it('reads a tab-separated file', () => {
    expect(rows('naam\tscore\r\nSchool\t7,5')).toEqual({
      separator: '\t',
      rows: [
        ['naam', 'score'],
        ['School', '7,5'],
      ],
    });
  });

  it('picks the separator from the first line, ignoring quoted text', () => {
    expect(rows('"a,b,c";d\n1;2').separator).toBe(';');
    expect(rows('a;b,c,d\n1').separator).toBe(',');
    expect(rows('alleen\néén kolom').separator).toBe(';');
  });

  it('honours an Excel "sep=" line', () => {
    expect(rows('sep=,\r\na;b,c\r\n')).toEqual({ separator: ',', rows: [['a;b', 'c']] });
  });

  it('strips the BOM and handles CRLF, LF and CR', () => {
    expect(rows(`${BOM}a;b\r\nc;d\ne;f\rg;h`).rows).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('keeps quoted newlines, separators and doubled quotes', () => {
    expect(rows('"a\r\nb";"c;d";"e""f";""\r\n').rows).toEqual([['a\r\nb', 'c;d', 'e"f', '']]);
  });

  it('drops empty trailing lines but keeps empty lines in between', () => {
    expect(rows('a;b\r\n\r\nc;d\r\n\r\n;\r\n\r\n').rows).toEqual([['a', 'b'], [''], ['c', 'd']]);
  });

  it('keeps spaces and stray quotes as Excel does', () => {
    expect(rows(' a ;b"c;"d"e\n').rows).toEqual([[' a ', 'b"c', 'de']]);
  });

  it('reads an empty text as no rows', () => {
    expect(rows('')).toEqual({ separator: ';', rows: [] });
    expect(rows(BOM).rows).toEqual([]);
  });

  it('refuses an unterminated quote and says on which line it starts', () => {
    const parsed = parseCsv('naam;score\nSchool;8\n"Bibliotheek;7\nBuurthuis;6\n');
    expect(parsed).toEqual({ ok: false, message: expect.stringContaining('regel 3') });
    expect(parsed.ok || parsed.message).toContain('je eigen gegevens zijn niet aangepast');
  });

  it('counts lines inside quoted fields for that message', () => {
    expect(parseCsv('"a\nb";c\n"open')).toMatchObject({
      ok: false,
      message: expect.stringContaining('regel 3'),
    });
  });

  it('refuses a text over 5 000 000 characters', () => {
    expect(parseCsv('a'.repeat(5_000_001))).toMatchObject({
      ok: false,
      message: expect.stringContaining('te groot'),
    });
  });

  it('reads a large file quickly', () => {
    const big = toCsv(
      Array.from({ length: 50_000 }, (_, i) => [`Partner ${i}`, 'noot; met "quotes"', '7,5']),
    );
    const started = performance.now();
    expect(rows(big).rows).toHaveLength(50_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('parseDecimal', () => {
  it.each([
    ['7,5', 7.5],
    ['7.5', 7.5],
    [' 8 ', 8],
    ['\u00a08\u00a0', 8],
    ['0', 0],
    ['-2,25', -2.25],
    ['\u22122', -2],
    ['+3', 3],
    [',5', 0.5],
    ['10', 10],
  ])('%j → %d', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });

  it.each([
    'abc',
    '7,5,1',
    '1e400',
    '1e3',
    'NaN',
    'Infinity',
    '7,',
    '1.000,5',
    '7 5',
    '--1',
    '0x10',
  ])('%j → NaN', (text) => {
    expect(parseDecimal(text)).toBeNaN();
  });

  it.each(['', '   '])('%j → null', (text) => {
    expect(parseDecimal(text)).toBeNull();
  });
});

describe('formatDecimal', () => {
  it.each([
    [7.5, '7,5'],
    [8, '8'],
    [0, '0'],
    [-0, '0'],
    [-2.25, '-2,25'],
    [1 / 3, '0,33'],
    [2.999, '3'],
    [10, '10'],
    [1234567.5, '1234567,5'],
    [-0.001, '0'],
    [NaN, ''],
    [Infinity, ''],
  ])('%d → %j', (value, expected) => {
    expect(formatDecimal(value)).toBe(expected);
  });

  it('round-trips with parseDecimal', () => {
    for (let x = -10; x <= 10; x += 0.25) expect(parseDecimal(formatDecimal(x))).toBe(x);
  });
});
