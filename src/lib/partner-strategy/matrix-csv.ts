/**
 * The partner matrix as CSV for Dutch Excel: one row per partner, ';' between fields,
 * scores with a decimal comma, the ambition line repeated on every row. A goal without
 * partners gets a row with an empty Partner.
 *
 * Reading is lenient: headers in any order and case, with or without accents and spaces;
 * ';' or ',' files; a row with an empty Doel belongs to the goal of the row above (as when
 * cells were merged in Excel). Bad rows are skipped with a warning each; the result goes
 * through sanitizeMatrix like every other way in.
 */
import { axes, relationForms, type Ambition } from '../../data/partner-strategy';
import {
  formatDecimal,
  parseCsv,
  parseDecimal,
  toCsv,
  unescapeFormula,
} from '../instrument-kit/csv';
import { createId } from '../instrument-kit/ids';
import { failure, success, type Outcome } from '../instrument-kit/result';
import {
  sanitizeMatrix,
  urgencies,
  type Goal,
  type MatrixState,
  type PartnerRow,
} from './matrix-state';
import { withShownNames } from './partner-names';
import { isBlankName, joinDutch, nameKey, quote } from './values';

const COLUMNS = [
  'Doel',
  'Urgentie',
  'Partner',
  'Vorm',
  'Invloed',
  'Afhankelijkheid',
  'Gewenste invloed',
  'Gewenste afhankelijkheid',
  'Opmerkingen',
  'Ambitie bij geen afhankelijkheid',
  'Ambitie bij volledige afhankelijkheid',
] as const;
type Column = (typeof COLUMNS)[number];
const REQUIRED: Column[] = ['Doel', 'Partner', 'Invloed', 'Afhankelijkheid'];

/** "Gewenste  Invloed", "gewenste_invloed" and "GEWENSTE INVLOED" all give "gewensteinvloed". */
const headerKey = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const HEADERS = new Map<string, Column>(COLUMNS.map((c) => [headerKey(c), c]));
HEADERS.set(headerKey(axes.influence.label), 'Invloed'); // "Invloed op het doel"

const score = (n: number | undefined) => (n === undefined ? '' : formatDecimal(n));

export function matrixToCsv(drafts: MatrixState): string {
  // In a spreadsheet a draft partner has its shown name: a row without one would read as a goal.
  const state = withShownNames(drafts);
  const ambition = [score(state.ambition.atNoDependency), score(state.ambition.atFullDependency)];
  const goalRow = (goal: Goal, partner?: PartnerRow) => [
    goal.name,
    urgencies.find((u) => u.id === goal.urgency)?.label ?? '',
    partner?.name ?? '',
    relationForms.find((f) => f.id === partner?.relation)?.label ?? '',
    score(partner?.influence),
    score(partner?.dependency),
    score(partner?.target?.influence),
    score(partner?.target?.dependency),
    partner?.notes ?? '',
    ...ambition,
  ];
  // Partners stay in inventory order. A goal is written before its first partner only when
  // that keeps the goals in their own order; the others (and goals without partners) get a
  // row of their own, so that reading the file back gives the same goals in the same order.
  const rows: string[][] = [[...COLUMNS]];
  let next = 0; // goals before this index are written
  const written = new Set<string>();
  const declare = (goal: Goal) => {
    written.add(goal.id);
    rows.push(goalRow(goal));
  };
  for (const partner of state.partners) {
    const at = state.goals.findIndex((g) => g.id === partner.goalId);
    if (at < 0) continue;
    if (!written.has(partner.goalId)) {
      for (; next < at; next++) if (!written.has(state.goals[next].id)) declare(state.goals[next]);
      written.add(partner.goalId);
    }
    rows.push(goalRow(state.goals[at], partner));
  }
  for (const goal of state.goals) if (!written.has(goal.id)) declare(goal);
  return toCsv(rows);
}

export function matrixFromCsv(text: string): Outcome<MatrixState> {
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const rows = parsed.value.rows.map((row) => row.map((cell) => unescapeFormula(cell).trim()));
  const warnings = [...parsed.warnings];
  const blank = (row: string[]) => row.every((cell) => cell === '');
  const start = rows.findIndex((row) => !blank(row));
  if (start < 0) return failure('Dit bestand is leeg.');

  const at: Partial<Record<Column, number>> = {};
  const extra: string[] = [];
  rows[start].forEach((cell, i) => {
    const column = HEADERS.get(headerKey(cell));
    if (column && at[column] === undefined) at[column] = i;
    else if (cell) extra.push(quote(cell));
  });
  const missing = REQUIRED.filter((c) => at[c] === undefined);
  if (missing.length > 0) {
    return failure(
      `${missing.length === 1 ? 'Deze kolom ontbreekt' : 'Deze kolommen ontbreken'} in het bestand: ${joinDutch(missing)}. Zet in de eerste rij de kopjes ${joinDutch(REQUIRED)}.`,
    );
  }
  if (extra.length > 0) {
    warnings.push(
      `${extra.length === 1 ? 'Deze kolom is' : 'Deze kolommen zijn'} niet gebruikt: ${joinDutch(extra)}.`,
    );
  }

  type RawGoal = { id: string; name: string; urgency: string };
  const goals: RawGoal[] = [];
  const goalByKey = new Map<string, RawGoal>();
  const partners: unknown[] = [];
  const seen = new Set<string>();
  let goal: RawGoal | undefined;
  let ambition: Ambition | undefined;
  let ambitionDiffers = false;
  for (let r = start + 1; r < rows.length; r++) {
    const row = rows[r];
    const n = r + 1; // as Excel numbers its rows
    if (blank(row)) continue;
    const cell = (column: Column) => (at[column] === undefined ? '' : (row[at[column]] ?? ''));
    const number = (column: Column) => {
      const value = parseDecimal(cell(column));
      return value === null || !Number.isFinite(value) ? null : value;
    };
    const key = row.join('\u0000').replace(/\u0000+$/, '');
    if (seen.has(key)) {
      warnings.push(`Rij ${n}: deze rij staat er al eerder in en is overgeslagen.`);
      continue;
    }
    seen.add(key);

    const goalName = cell('Doel');
    if (goalName) {
      goal = goalByKey.get(nameKey(goalName));
      if (!goal) {
        goal = { id: createId('doel'), name: goalName, urgency: cell('Urgentie') };
        goalByKey.set(nameKey(goalName), goal);
        goals.push(goal);
      }
    } else if (!goal) {
      warnings.push(`Rij ${n}: er staat geen doel in. Deze rij is overgeslagen.`);
      continue;
    }

    const low = number('Ambitie bij geen afhankelijkheid');
    const high = number('Ambitie bij volledige afhankelijkheid');
    if (low !== null && high !== null) {
      if (!ambition) ambition = { atNoDependency: low, atFullDependency: high };
      else if (ambition.atNoDependency !== low || ambition.atFullDependency !== high)
        ambitionDiffers = true;
    }

    const name = cell('Partner');
    if (!name) {
      if (cell('Invloed') || cell('Afhankelijkheid')) {
        warnings.push(`Rij ${n}: er staan scores, maar geen partner. Deze rij is overgeslagen.`);
      }
      continue; // a row for a goal without partners
    }
    if (isBlankName(name)) {
      warnings.push(
        `Rij ${n}: de naam van de partner bestaat alleen uit onzichtbare tekens. Deze rij is overgeslagen.`,
      );
      continue;
    }
    const influence = number('Invloed');
    const dependency = number('Afhankelijkheid');
    if (influence === null || dependency === null) {
      warnings.push(
        `Rij ${n}: ${influence === null ? 'de invloed' : 'de afhankelijkheid'} van ${quote(name)} is geen getal. Deze rij is overgeslagen.`,
      );
      continue;
    }
    const targetInfluence = number('Gewenste invloed');
    const targetDependency = number('Gewenste afhankelijkheid');
    let target = null;
    if (targetInfluence !== null && targetDependency !== null) {
      target = { influence: targetInfluence, dependency: targetDependency };
    } else if (cell('Gewenste invloed') || cell('Gewenste afhankelijkheid')) {
      warnings.push(
        `Rij ${n}: de gewenste positie van ${quote(name)} is niet compleet of geen getal. Die is weggelaten.`,
      );
    }
    partners.push({
      id: createId('partner'),
      name,
      goalId: goal.id,
      relation: cell('Vorm'),
      influence,
      dependency,
      target,
      notes: cell('Opmerkingen'),
    });
  }
  if (goals.length === 0) {
    return failure('Er staan geen doelen of partners in dit bestand, alleen kopjes.');
  }
  if (ambitionDiffers) {
    warnings.push('De ambitielijn verschilt per rij. De waarden uit de eerste rij zijn gebruikt.');
  }
  const result = sanitizeMatrix({ v: 1, goals, partners, ambition });
  return result.ok ? success(result.value, [...warnings, ...result.warnings]) : result;
}
