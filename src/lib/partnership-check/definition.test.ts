import { describe, expect, it } from 'vitest';
import { allItems, allStatements } from '../questionnaire/definition';
import { priorities, scoreResponse } from '../questionnaire/scoring';
import { emptyResponse } from '../questionnaire/response';
import { partnershipCheckDefinition as def } from './definition';

describe('the partnership check definition', () => {
  it('has the broker’s five criteria in the chapter’s order, with three to five statements each', () => {
    expect(allItems(def).map((item) => item.name)).toEqual([
      'Een gemeenschappelijk doel',
      'Heldere rollen en verantwoordelijkheden',
      'Duidelijk wat ieder eraan heeft (mutual benefits)',
      'Openheid en transparantie',
      'Leiderschap dat blijft verbinden',
    ]);
    for (const item of allItems(def)) {
      expect(item.statements.length, item.id).toBeGreaterThanOrEqual(3);
      expect(item.statements.length, item.id).toBeLessThanOrEqual(5);
      expect(item.meaning?.trim(), item.id).toBeTruthy();
      expect(item.advice?.trim(), item.id).toBeTruthy();
    }
  });

  it('uses unique ids (they go into share links and saved answers)', () => {
    const ids = [
      ...allItems(def).map((item) => item.id),
      ...allStatements(def).map(({ statement }) => statement.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('scores a partner and names the weakest criteria first', () => {
    const response = emptyResponse(def, 'Gemeente');
    allStatements(def).forEach(({ statement, item }) => {
      response.answers[statement.id] = item.id === 'openheid-transparantie' ? 1 : 4;
    });
    const [group] = scoreResponse(def, response);
    expect(group.score).toBeCloseTo((4 * 4 + 1) / 5);
    expect(allStatements(def)).toHaveLength(17);
    expect(priorities(def, response)[0].itemId).toBe('openheid-transparantie');
  });
});
