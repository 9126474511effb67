/** Small fake definitions for the tests of this folder (not shipped: only tests import it). */
import type { QDefinition, QItem } from './definition';
import type { Answer, QResponse } from './response';

function item(id: string, name: string, statements: number): QItem {
  return {
    id,
    name,
    statements: Array.from({ length: statements }, (_, i) => ({
      id: `${id}s${i + 1}`,
      text: `Stelling ${i + 1} over ${name.toLowerCase()}.`,
    })),
  };
}

/** 2 groups × 2 items × 2 statements. */
export const nested: QDefinition = {
  id: 'test-genest',
  version: 1,
  scale: { min: 1, max: 5 },
  groups: [
    { id: 'g1', name: 'Leiding', items: [item('a1', 'Visie', 2), item('a2', 'Mandaat', 2)] },
    { id: 'g2', name: 'Uitvoering', items: [item('b1', 'Middelen', 2), item('b2', 'Ritme', 2)] },
  ],
};

/** 1 group × 5 items × 3 statements. */
export const flat: QDefinition = {
  id: 'test-plat',
  version: 1,
  scale: { min: 1, max: 5 },
  groups: [
    {
      id: 'alles',
      name: 'Gezondheid',
      items: [
        item('c1', 'Doel', 3),
        item('c2', 'Vertrouwen', 3),
        item('c3', 'Rollen', 3),
        item('c4', 'Resultaat', 3),
        item('c5', 'Leren', 3),
      ],
    },
  ],
};

export function respond(
  def: QDefinition,
  answers: Record<string, Answer>,
  ambitions: Record<string, number> = {},
  respondent = '',
): QResponse {
  return { v: 1, definition: def.id, respondent, answers, ambitions };
}

/** Answers for every statement of an item at once: item('c1', [1, 2, 4]). */
export function itemAnswers(itemId: string, answers: Answer[]): Record<string, Answer> {
  return Object.fromEntries(answers.map((a, i) => [`${itemId}s${i + 1}`, a]));
}
