import { describe, expect, it } from 'vitest';
import { parseCsv, unescapeFormula } from '../instrument-kit/csv';
import { responseToCsv, teamToCsv } from './response-csv';
import { flat, itemAnswers, nested, respond } from './test-fixtures';

function rows(csv: string): string[][] {
  const parsed = parseCsv(csv);
  if (!parsed.ok) throw new Error(parsed.message);
  expect(parsed.value.separator).toBe(';');
  return parsed.value.rows.map((row) => row.map(unescapeFormula));
}

describe('responseToCsv', () => {
  it('writes one row per statement for Dutch Excel: BOM, ";", CRLF', () => {
    const r = respond(nested, { a1s1: 4, a1s2: 'weet-niet', b2s1: 1 }, { a1: 5 });
    const csv = responseToCsv(nested, r);
    expect(
      csv.startsWith(
        '\uFEFF"Groep";"Onderdeel";"Stelling-id";"Stelling";"Antwoord";"Gewenst niveau"\r\n',
      ),
    ).toBe(true);
    expect(csv).toContain('\r\n"Leiding";"Visie";"a1s1";"Stelling 1 over visie.";4;5\r\n');
    expect(csv).toContain(
      '\r\n"Leiding";"Visie";"a1s2";"Stelling 2 over visie.";"weet ik niet";5\r\n',
    );
    const table = rows(csv);
    expect(table).toHaveLength(9);
    expect(table[2]).toEqual([
      'Leiding',
      'Visie',
      'a1s2',
      'Stelling 2 over visie.',
      'weet ik niet',
      '5',
    ]);
    expect(table[3]).toEqual(['Leiding', 'Mandaat', 'a2s1', 'Stelling 1 over mandaat.', '', '']);
    expect(table[7]).toEqual(['Uitvoering', 'Ritme', 'b2s1', 'Stelling 1 over ritme.', '1', '']);
  });
});

describe('teamToCsv', () => {
  it('writes per item the respondent scores, mean, spread and flag with a decimal comma', () => {
    const team = [
      respond(
        flat,
        { ...itemAnswers('c1', [1, 2, 4]), ...itemAnswers('c2', [5, 5, 5]) },
        {},
        'Anna',
      ),
      respond(
        flat,
        { ...itemAnswers('c1', [4, 4, 4]), ...itemAnswers('c2', [4, 5, 'weet-niet']) },
        {},
        '',
      ),
      respond(flat, itemAnswers('c1', ['weet-niet']), {}, '=HYPERLINK("x")'),
    ];
    const csv = teamToCsv(flat, team);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('3,17'); // mean of 7/3 and 4
    expect(csv).toContain(`'=HYPERLINK`); // a name is never run as a formula
    const table = rows(csv);
    expect(table[0]).toEqual([
      'Groep',
      'Onderdeel',
      'Anna',
      'Anoniem 1',
      '=HYPERLINK("x")',
      'Gemiddelde',
      'Spreiding',
      'Groot verschil',
    ]);
    expect(table[1]).toEqual(['Gezondheid', 'Doel', '2,33', '4', '', '3,17', '1,67', '']);
    expect(table[2]).toEqual(['Gezondheid', 'Vertrouwen', '5', '4,5', '', '4,75', '0,5', '']);
    expect(table[3]).toEqual(['Gezondheid', 'Rollen', '', '', '', '', '', '']);
    expect(table).toHaveLength(6);
  });

  it('quotes every name, so a naive split on ; or , never starts a field with = + - @', () => {
    const names = ['=1+1', '@SUM(A1)', '-2+3', '+x'];
    const team = names.map((name) => respond(flat, itemAnswers('c1', [3]), {}, name));
    const csv = teamToCsv(flat, team);
    const header = csv.slice(1).split('\r\n')[0];
    expect(header.split(';').slice(2, 6)).toEqual([`"'=1+1"`, `"'@SUM(A1)"`, `"'-2+3"`, `"'+x"`]);
    for (const line of csv.slice(1).split('\r\n')) {
      for (const piece of line.split(/[;,]/)) expect(piece).not.toMatch(/^[=+\-@]/);
    }
    expect(rows(csv)[0].slice(2, 6)).toEqual(names);
  });

  it('flags a spread of 2 with "ja"', () => {
    const team = [
      respond(nested, itemAnswers('a1', [1, 3])),
      respond(nested, itemAnswers('a1', [4, 4])),
    ];
    const table = rows(teamToCsv(nested, team));
    expect(table[1]).toEqual(['Leiding', 'Visie', '2', '4', '3', '2', 'ja']);
    expect(table.map((r) => r[1])).toEqual(['Onderdeel', 'Visie', 'Mandaat', 'Middelen', 'Ritme']);
  });
});
