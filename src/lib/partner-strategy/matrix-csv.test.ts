import { exampleMatrix } from './matrix-examples';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../instrument-kit/csv';
import { matrixFromCsv, matrixToCsv } from './matrix-csv';
import { type MatrixState } from './matrix-state';

const HEADER =
  'Doel;Urgentie;Partner;Vorm;Invloed;Afhankelijkheid;Gewenste invloed;Gewenste afhankelijkheid;Opmerkingen;Ambitie bij geen afhankelijkheid;Ambitie bij volledige afhankelijkheid';

function imported(text: string) {
  const result = matrixFromCsv(text);
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result;
}

describe('writing CSV for Dutch Excel', () => {
  it('writes the Dutch header, decimal commas, labels and the ambition line on every row', () => {
    const state = exampleMatrix('xyz')!;
    state.ambition = { atNoDependency: 1.5, atFullDependency: 8 };
    const csv = matrixToCsv(state);
    const quoted = HEADER.split(';')
      .map((h) => `"${h}"`)
      .join(';');
    expect(csv.startsWith(`\uFEFF${quoted}\r\n`)).toBe(true);
    const parsed = parseCsv(csv);
    const rows = parsed.ok ? parsed.value.rows : [];
    expect(parsed.ok && parsed.value.separator).toBe(';');
    expect(rows[1]).toEqual([
      'Een maatschappelijk doel',
      'Middel',
      'Partner X',
      'Opdracht',
      '2,5',
      '4',
      '6',
      '4',
      state.partners[0].notes,
      '1,5',
      '8',
    ]);
    expect(rows[2].slice(2, 8)).toEqual(['Partner Y', 'Subsidie', '5', '8', '7', '5']);
    expect(rows).toHaveLength(4);
  });

  it('leaves the target empty when there is none', () => {
    const parsed = parseCsv(matrixToCsv(exampleMatrix('industrie')!));
    const rows = parsed.ok ? parsed.value.rows : [];
    expect(rows[2].slice(2, 8)).toEqual([
      'Industrieel bedrijf op plek Z',
      'Vergunning',
      '8,5',
      '8',
      '',
      '',
    ]);
  });

  it('gives a goal without partners a row with an empty Partner', () => {
    const state = exampleMatrix('bibliotheken')!;
    state.goals.push({ id: 'leeg', name: 'Leesbevordering', urgency: 'laag' });
    const rows = parseCsv(matrixToCsv(state));
    expect(rows.ok && rows.value.rows.at(-1)).toEqual([
      'Leesbevordering',
      'Laag',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '0',
      '10',
    ]);
  });

  it('neutralises formulas in names and notes, and reads them back literally', () => {
    const state = exampleMatrix('bibliotheken')!;
    state.partners[0].name = '=HYPERLINK("http://x";"klik")';
    state.partners[0].notes = '@SUM(1+1)\n-2 punten';
    const csv = matrixToCsv(state);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"";""klik"")"`);
    expect(csv).not.toMatch(/[;\n]=HYPERLINK/);
    expect(csv).toContain(`"'@SUM(1+1)\n-2 punten"`);
    expect(imported(csv).value.partners[0]).toMatchObject({
      name: '=HYPERLINK("http://x";"klik")',
      notes: '@SUM(1+1)\n-2 punten',
    });
  });

  it('writes every text cell between quotes; only empty cells and whole scores stay bare', () => {
    const state = exampleMatrix('xyz')!;
    state.partners[0].name = '-2+3';
    state.goals[0].name = '+x';
    state.partners[1].notes = '=1+1, @SUM(A1)';
    const lines = matrixToCsv(state).slice(1).split('\r\n').slice(0, -1);
    for (const line of lines) {
      // No field in this export has a ; inside it, so splitting on ; gives the fields.
      for (const field of line.split(';')) expect(field).toMatch(/^(?:"[^]*"|\d+|)$/);
      for (const piece of line.split(/[;,]/)) expect(piece).not.toMatch(/^[=+\-@]/);
    }
    expect(lines[1].split(';').slice(0, 4)).toEqual([`"'+x"`, '"Middel"', `"'-2+3"`, '"Opdracht"']);
    expect(imported(matrixToCsv(state)).value.partners.map((p) => p.name)).toEqual(
      state.partners.map((p) => p.name),
    );
  });

  it('removes characters that break XML from names and notes, and says so', () => {
    const state = exampleMatrix('xyz')!;
    state.partners[0].name = 'Partner\uFFFE X\uFFFF';
    state.partners[0].notes = 'a\ud800b\u{10FFFE}c';
    const result = imported(matrixToCsv(state));
    expect(result.value.partners[0]).toMatchObject({ name: 'Partner X', notes: 'abc' });
    expect(result.warnings.join()).toMatch(/Onzichtbare tekens .* weggehaald bij: ‘Partner X’/);
  });
});

describe('reading CSV', () => {
  it('reads columns in any order and spelling, accents and spaces included', () => {
    const text = [
      ' AFHANKELIJKHEID ;partner;Invloed op het doel;doel;vorm;urgentie;Gewenste  invloed;gewenste_afhankelijkheid;Opmerkingen',
      '8;Bibliotheek;9;Geletterdheid;subsidie;hoog;9;8,5;Sterke band met de buurt',
    ].join('\n');
    const result = imported(text);
    expect(result.value.goals).toEqual([
      { id: expect.any(String), name: 'Geletterdheid', urgency: 'hoog' },
    ]);
    expect(result.value.partners[0]).toMatchObject({
      name: 'Bibliotheek',
      relation: 'subsidie',
      influence: 9,
      dependency: 8,
      target: { influence: 9, dependency: 8.5 },
      notes: 'Sterke band met de buurt',
    });
    expect(imported('Dóel;Pártner;Invlóed;Afhankelijkheid\nA;B;1;2').value.partners[0].name).toBe(
      'B',
    );
  });

  it('reads comma-separated files from other spreadsheets', () => {
    const result = imported(
      'Doel,Partner,Invloed,Afhankelijkheid,Vorm\n"Welzijn, zorg",Welzijnsinstelling,"5,5",8.5,Bestuurlijke afspraken\n',
    );
    expect(result.value.goals[0].name).toBe('Welzijn, zorg');
    expect(result.value.partners[0]).toMatchObject({
      influence: 5.5,
      dependency: 8.5,
      relation: 'bestuurlijke-afspraken',
    });
  });

  it('refuses a file without the columns it needs, and names them', () => {
    const result = matrixFromCsv('Doel;Naam;Score\nA;B;1');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toMatch(
        /ontbreken in het bestand: Partner, Invloed en Afhankelijkheid/,
      );
    const one = matrixFromCsv('Doel;Partner;Invloed\nA;B;1');
    expect(!one.ok && one.message).toMatch(
      /Deze kolom ontbreekt in het bestand: Afhankelijkheid\./,
    );
    expect(matrixFromCsv('').ok).toBe(false);
    expect(matrixFromCsv('\uFEFF\r\n\r\n').ok).toBe(false);
    expect(matrixFromCsv(`${HEADER}\r\n`).ok).toBe(false);
    expect(matrixFromCsv('Doel;Partner;Invloed;Afhankelijkheid\n"A;B;1;2').ok).toBe(false);
  });

  it('ignores extra columns with a warning', () => {
    const result = imported(
      'Doel;Partner;Invloed;Afhankelijkheid;Budget;Contactpersoon\nA;B;1;2;€ 10.000;Piet',
    );
    expect(result.value.partners).toHaveLength(1);
    expect(result.warnings).toContain(
      'Deze kolommen zijn niet gebruikt: ‘Budget’ en ‘Contactpersoon’.',
    );
  });

  it('skips bad rows with the row number, and imports the rest', () => {
    const text = [
      'Doel;Partner;Invloed;Afhankelijkheid;Gewenste invloed;Gewenste afhankelijkheid',
      'Jeugd;A;3;4;;',
      'Jeugd;B;veel;4;;',
      'Jeugd;C;3;;;',
      'Jeugd;;3;4;;',
      'Jeugd;D;3;4;6;',
      'Jeugd;E;12;-1;;',
      'Jeugd;A;3;4;;',
    ].join('\r\n');
    const result = imported(text);
    expect(result.value.partners.map((p) => p.name)).toEqual(['A', 'D', 'E']);
    expect(result.value.partners[1].target).toBeNull();
    expect(result.value.partners[2]).toMatchObject({ influence: 10, dependency: 0 });
    const warnings = result.warnings.join('\n');
    expect(warnings).toMatch(/Rij 3: de invloed van ‘B’ is geen getal/);
    expect(warnings).toMatch(/Rij 4: de afhankelijkheid van ‘C’ is geen getal/);
    expect(warnings).toMatch(/Rij 5: er staan scores, maar geen partner/);
    expect(warnings).toMatch(/Rij 6: de gewenste positie van ‘D’ is niet compleet/);
    expect(warnings).toMatch(/Rij 8: deze rij staat er al eerder in/);
    expect(warnings).toMatch(/Scores aangepast.*‘E’/);
  });

  it('reads an empty Doel as the goal of the row above, as with merged cells', () => {
    const result = imported(
      'Doel;Partner;Invloed;Afhankelijkheid\n;Wees;1;1\nSport;A;1;1\n;B;2;2\nCultuur;C;3;3',
    );
    expect(result.value.goals.map((g) => g.name)).toEqual(['Sport', 'Cultuur']);
    expect(
      result.value.partners.map((p) => [
        p.name,
        result.value.goals.find((g) => g.id === p.goalId)!.name,
      ]),
    ).toEqual([
      ['A', 'Sport'],
      ['B', 'Sport'],
      ['C', 'Cultuur'],
    ]);
    expect(result.warnings).toContain('Rij 2: er staat geen doel in. Deze rij is overgeslagen.');
  });

  it('takes the ambition line from the file, and warns when rows disagree', () => {
    const same = imported(
      `${HEADER}\nA;Hoog;P;Opdracht;1;2;;;;2,5;7,5\nA;Hoog;Q;Opdracht;1;2;;;;2,5;7,5`,
    );
    expect(same.value.ambition).toEqual({ atNoDependency: 2.5, atFullDependency: 7.5 });
    expect(same.warnings).toEqual([]);
    const differ = imported(
      `${HEADER}\nA;Hoog;P;Opdracht;1;2;;;;2,5;7,5\nA;Hoog;Q;Opdracht;1;2;;;;0;10`,
    );
    expect(differ.value.ambition).toEqual({ atNoDependency: 2.5, atFullDependency: 7.5 });
    expect(differ.warnings.join()).toMatch(/ambitielijn verschilt per rij/);
    const none = imported('Doel;Partner;Invloed;Afhankelijkheid\nA;B;1;2');
    expect(none.value.ambition).toEqual({ atNoDependency: 0, atFullDependency: 10 });
    expect(none.warnings.join()).toMatch(/ambitielijn ontbrak/);
  });

  it('matches goals by name regardless of case and spaces', () => {
    const result = imported(
      'Doel;Partner;Invloed;Afhankelijkheid\nGelijke kansen;A;1;1\ngelijke  Kansen;B;1;1',
    );
    expect(result.value.goals).toHaveLength(1);
    expect(result.value.partners).toHaveLength(2);
  });

  it('keeps hostile text as text and strips direction overrides', () => {
    const result = imported(
      'Doel;Partner;Invloed;Afhankelijkheid\nA;<img src=x onerror=alert(1)>;1;1\nA;evil\u202Etxt.exe;1;1',
    );
    expect(result.value.partners.map((p) => p.name)).toEqual([
      '<img src=x onerror=alert(1)>',
      'eviltxt.exe',
    ]);
  });

  it('skips a partner whose name is only invisible characters, with the row number', () => {
    const result = imported(
      'Doel;Partner;Invloed;Afhankelijkheid\nA;\u200B;1;1\nA;\u2060\u00AD\uFEFF;1;1\nA;B;1;1',
    );
    expect(result.value.partners.map((p) => p.name)).toEqual(['B']);
    expect(result.warnings).toContain(
      'Rij 2: de naam van de partner bestaat alleen uit onzichtbare tekens. Deze rij is overgeslagen.',
    );
    expect(result.warnings.join()).toMatch(/Rij 3: de naam van de partner bestaat alleen/);
  });

  it('names a goal of only invisible characters "Doel 1", with a warning', () => {
    const result = imported('Doel;Partner;Invloed;Afhankelijkheid\n\u200B\u200C;B;1;1');
    expect(result.value.goals.map((g) => g.name)).toEqual(['Doel 1']);
    expect(result.warnings).toContain(
      'Een doel met een naam van alleen onzichtbare tekens heet nu ‘Doel 1’.',
    );
  });

  it('flags partners whose names differ only in invisible characters as the same', () => {
    const result = imported(
      'Doel;Partner;Invloed;Afhankelijkheid\nWonen;Gemeente;1;1\nWonen;Ge\u200Bmeente;2;2\nWonen;Ｇｅｍｅｅｎｔｅ;3;3',
    );
    expect(result.value.partners).toHaveLength(3);
    expect(result.warnings).toEqual(
      expect.arrayContaining(['‘Ge\u200Bmeente’ staat twee keer bij ‘Wonen’.']),
    );
    // A goal written with a zero-width space is the same goal.
    const goals = imported('Doel;Partner;Invloed;Afhankelijkheid\nWonen;A;1;1\nWo\u200Bnen;B;1;1');
    expect(goals.value.goals).toHaveLength(1);
  });

  it('round-trips every prepared example', () => {
    for (const id of [
      'xyz',
      'schoolbestuur',
      'welzijn',
      'bibliotheken',
      'industrie',
      'jongerenwerk',
    ]) {
      const state = exampleMatrix(id)!;
      const back = imported(matrixToCsv(state));
      expect(back.warnings).toEqual([]);
      const strip = (s: MatrixState) => ({
        ...s,
        goals: s.goals.map(({ name, urgency }) => ({ name, urgency })),
        partners: s.partners.map(({ id: _, goalId, ...rest }) => ({
          ...rest,
          goal: s.goals.findIndex((g) => g.id === goalId),
        })),
      });
      expect(strip(back.value)).toEqual(strip(state));
    }
  });
});
