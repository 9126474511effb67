import { describe, expect, it } from 'vitest';
import { answerSheet, answerText, hasScoredAnswer } from './answer-sheet';
import { emptyResponse } from './response';
import { nested } from './test-fixtures';

const scale = [
  { value: 1, label: 'Helemaal oneens' },
  { value: 5, label: 'Helemaal eens' },
];

describe('answerSheet', () => {
  it('lists every statement in order, answered or not, with the wanted level per item', () => {
    const response = {
      ...emptyResponse(nested),
      answers: { a1s2: 4, b2s1: 'weet-niet' as const },
      ambitions: { a2: 3 },
    };
    const sheet = answerSheet(nested, response);
    expect(sheet.map((g) => g.group.name)).toEqual(['Leiding', 'Uitvoering']);
    expect(sheet[0].items.map((i) => [i.item.name, i.ambition])).toEqual([
      ['Visie', null],
      ['Mandaat', 3],
    ]);
    expect(sheet[0].items[0].statements.map((s) => [s.statement.id, s.answer])).toEqual([
      ['a1s1', undefined],
      ['a1s2', 4],
    ]);
    expect(sheet[1].items[1].statements[0].answer).toBe('weet-niet');
  });
});

describe('hasScoredAnswer', () => {
  it('is false without answers and with only "weet ik niet", true with one number', () => {
    const empty = emptyResponse(nested);
    expect(hasScoredAnswer(nested, empty)).toBe(false);
    expect(hasScoredAnswer(nested, { ...empty, answers: { a1s1: 'weet-niet' } })).toBe(false);
    expect(hasScoredAnswer(nested, { ...empty, answers: { a1s1: 'weet-niet', b1s2: 2 } })).toBe(
      true,
    );
  });
});

describe('answerText', () => {
  it('names the answer with its scale label, "weet ik niet", or that it is open', () => {
    expect(answerText(5, scale, 'Weet ik niet')).toBe('5 – Helemaal eens');
    expect(answerText('weet-niet', scale, 'Weet ik niet')).toBe('Weet ik niet');
    expect(answerText(undefined, scale, 'Weet ik niet')).toBe('niet beantwoord');
    expect(answerText(3, scale, 'Weet ik niet')).toBe('3');
  });
});
