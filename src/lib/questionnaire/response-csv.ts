/**
 * CSV exports that open correctly in Dutch Excel (BOM, ';', decimal comma) via the kit's toCsv.
 * Every text field is written in quotes there, and spreadsheet formulas in names and texts from
 * users are neutralised.
 */
import { wantedLevelLabel } from '../../data/agreement-scale';
import { formatDecimal, toCsv } from '../instrument-kit/csv';
import { allStatements, retiredStatements, type QDefinition } from './definition';
import { ambitionOf, answerOf, setAsideOf, type Answer, type QResponse } from './response';
import { respondentLabels, teamStatistics } from './team';

const decimal = (value: number | null) => (value === null ? '' : formatDecimal(value));

const answerText = (answer: Answer | undefined) =>
  answer === undefined ? '' : answer === 'weet-niet' ? 'weet ik niet' : formatDecimal(answer);

/**
 * One row per statement: Groep;Onderdeel;Stelling-id;Stelling;Antwoord;Gewenst niveau. Antwoord
 * is the number, 'weet ik niet' or '' (not answered); Gewenst niveau is the item's wanted level,
 * on every row of that item, or ''. Answers set aside from retired statements follow, marked as
 * old and not scored.
 */
export function responseToCsv(def: QDefinition, r: QResponse): string {
  const rows = [['Groep', 'Onderdeel', 'Stelling-id', 'Stelling', 'Antwoord', wantedLevelLabel]];
  for (const { statement, item, group } of allStatements(def)) {
    rows.push([
      group.name,
      item.name,
      statement.id,
      statement.text,
      answerText(answerOf(r, statement.id)),
      decimal(ambitionOf(r, item.id)),
    ]);
  }
  for (const { statement, item, group } of retiredStatements(def)) {
    const answer = setAsideOf(r, statement.id);
    if (answer === undefined) continue;
    rows.push([
      group.name,
      item.name,
      statement.id,
      `Oude stelling, telt niet mee: ${statement.text}`,
      answerText(answer),
      '',
    ]);
  }
  return toCsv(rows);
}

/**
 * One row per item: Groep;Onderdeel;<one column per respondent, named by respondentLabels>;
 * Gemiddelde;Spreiding;Groot verschil ('ja' or ''). Scores with a decimal comma, '' when a
 * respondent has no score.
 */
export function teamToCsv(def: QDefinition, responses: readonly QResponse[]): string {
  const stats = teamStatistics(def, responses);
  const rows = [
    [
      'Groep',
      'Onderdeel',
      ...respondentLabels(responses),
      'Gemiddelde',
      'Spreiding',
      'Groot verschil',
    ],
  ];
  let i = 0;
  for (const group of def.groups) {
    for (const item of group.items) {
      const s = stats.items[i++]!;
      rows.push([
        group.name,
        item.name,
        ...s.scores.map(decimal),
        decimal(s.mean),
        decimal(s.spread),
        s.flagged ? 'ja' : '',
      ]);
    }
  }
  return toCsv(rows);
}
