import { describe, expect, it } from 'vitest';
import { priorities, roundScore, scoreResponse, scoringExplanation } from './scoring';
import { flat, itemAnswers, nested, respond } from './test-fixtures';

const ids = (list: { itemId: string }[]) => list.map((s) => s.itemId);

describe('scoreResponse', () => {
  it('computes item and group means by hand (nested definition)', () => {
    const r = respond(nested, {
      ...itemAnswers('a1', [4, 5]), // 4,5
      ...itemAnswers('a2', [2, 3]), // 2,5
      ...itemAnswers('b1', [1, 'weet-niet']), // 1 (weet-niet left out)
      ...itemAnswers('b2', ['weet-niet', 'weet-niet']), // no score
    });
    const [g1, g2] = scoreResponse(nested, r);
    expect(g1!.score).toBe(3.5);
    expect(g1!.items.map((i) => i.score)).toEqual([4.5, 2.5]);
    // b2 has no score and is left out of the group mean: (1) / 1.
    expect(g2!.score).toBe(1);
    expect(g2!.items[0]).toEqual({
      itemId: 'b1',
      score: 1,
      answered: 2,
      dontKnow: 1,
      ambition: null,
      gap: null,
    });
    expect(g2!.items[1]).toEqual({
      itemId: 'b2',
      score: null,
      answered: 2,
      dontKnow: 2,
      ambition: null,
      gap: null,
    });
  });

  it('keeps full precision (flat definition)', () => {
    const r = respond(flat, {
      ...itemAnswers('c1', [1, 2, 4]), // 7/3
      ...itemAnswers('c2', [5, 5, 5]), // 5
      ...itemAnswers('c3', [3, 'weet-niet', 4]), // 3,5
      // c4 not answered
      ...itemAnswers('c5', [2, 2, 'weet-niet']), // 2
    });
    const [group] = scoreResponse(flat, r);
    expect(group!.items.map((i) => i.score)).toEqual([7 / 3, 5, 3.5, null, 2]);
    expect(group!.items[3]).toMatchObject({ answered: 0, dontKnow: 0 });
    expect(group!.items[2]).toMatchObject({ answered: 3, dontKnow: 1 });
    expect(group!.score).toBeCloseTo((7 / 3 + 5 + 3.5 + 2) / 4, 12);
    expect(roundScore(group!.score!)).toBe(3.2);
  });

  it('a group without any score is null', () => {
    const [g1, g2] = scoreResponse(
      nested,
      respond(nested, itemAnswers('a1', ['weet-niet', 'weet-niet'])),
    );
    expect(g1!.score).toBeNull();
    expect(g2!.score).toBeNull();
  });

  it('gives ambitions and gaps (ambition − score)', () => {
    const r = respond(
      nested,
      {
        ...itemAnswers('a1', [3, 4]),
        ...itemAnswers('a2', [5, 5]),
        ...itemAnswers('b1', ['weet-niet', 'weet-niet']),
      },
      { a1: 5, a2: 4, b1: 4 },
    );
    const items = scoreResponse(nested, r).flatMap((g) => g.items);
    expect(items.map((i) => [i.ambition, i.gap])).toEqual([
      [5, 1.5],
      [4, -1],
      [4, null], // ambition but no score → no gap
      [null, null],
    ]);
  });

  it('ignores inherited keys: a statement id like "constructor" is not answered', () => {
    const def = {
      ...flat,
      groups: [
        {
          id: 'g',
          name: 'G',
          items: [{ id: 'toString', name: 'X', statements: [{ id: 'constructor', text: 'x' }] }],
        },
      ],
    };
    const [group] = scoreResponse(def, respond(def, {}));
    expect(group!.items[0]).toMatchObject({ score: null, answered: 0, ambition: null });
  });
});

describe('priorities', () => {
  it('without ambitions: lowest score first; null scores and top scores never', () => {
    const r = respond(flat, {
      ...itemAnswers('c1', [1, 2, 4]), // 2,33
      ...itemAnswers('c2', [5, 5, 5]), // 5
      ...itemAnswers('c3', [3, 'weet-niet', 4]), // 3,5
      ...itemAnswers('c4', ['weet-niet', 'weet-niet', 'weet-niet']), // null
      ...itemAnswers('c5', [2, 2, 'weet-niet']), // 2
    });
    expect(ids(priorities(flat, r))).toEqual(['c5', 'c1', 'c3']);
    expect(ids(priorities(flat, r, 10))).toEqual(['c5', 'c1', 'c3']); // c2 is at the top: 5
    expect(priorities(flat, r, 0)).toEqual([]);
    expect(priorities(flat, r, -1)).toEqual([]);
    expect(ids(priorities(flat, r, 1))).toEqual(['c5']);
  });

  it('ties keep definition order', () => {
    const r = respond(flat, {
      ...itemAnswers('c1', [3, 3, 3]),
      ...itemAnswers('c2', [2, 4, 3]),
      ...itemAnswers('c3', [2, 2, 2]),
      ...itemAnswers('c4', [3, 'weet-niet', 3]),
      ...itemAnswers('c5', [5, 5, 5]),
    });
    expect(ids(priorities(flat, r))).toEqual(['c3', 'c1', 'c2']);
    expect(ids(priorities(flat, r, 5))).toEqual(['c3', 'c1', 'c2', 'c4']);
  });

  it('switches to gap mode as soon as any ambition is given', () => {
    const answers = {
      ...itemAnswers('c1', [2, 2, 2]), // 2
      ...itemAnswers('c2', [3, 3, 3]), // 3
      ...itemAnswers('c3', [1, 1, 1]), // 1: lowest, but no ambition
      ...itemAnswers('c4', [4, 4, 4]), // 4
      ...itemAnswers('c5', [2, 2, 2]), // 2
    };
    expect(ids(priorities(flat, respond(flat, answers)))).toEqual(['c3', 'c1', 'c5']);
    const r = respond(flat, answers, { c1: 4, c2: 5, c4: 4, c5: 5 });
    // Gaps: c5 3, c1 2 (score 2), c2 2 (score 3); c4 reached its ambition; c3 has none.
    expect(ids(priorities(flat, r, 5))).toEqual(['c5', 'c1', 'c2']);
    expect(priorities(flat, r)[0]).toMatchObject({ itemId: 'c5', score: 2, ambition: 5, gap: 3 });
  });

  it('gap mode: only ambition reached everywhere → no priorities', () => {
    const r = respond(flat, itemAnswers('c1', [4, 4, 4]), { c1: 3 });
    expect(priorities(flat, r)).toEqual([]);
  });

  it('gap mode: equal gaps despite floating-point noise → lower score first', () => {
    const r = respond(
      flat,
      { ...itemAnswers('c1', [4, 4, 5]), ...itemAnswers('c2', [2, 2, 3]) }, // 13/3 and 7/3
      // Both gaps are 2/3, but 5 − 13/3 = 0.666…67 and 3 − 7/3 = 0.666…65 in floating point.
      { c1: 5, c2: 3 },
    );
    expect(ids(priorities(flat, r))).toEqual(['c2', 'c1']);
  });

  it('gap mode: an item with an ambition but only "weet ik niet" is no priority', () => {
    const r = respond(
      nested,
      { ...itemAnswers('a1', ['weet-niet', 'weet-niet']), ...itemAnswers('a2', [1, 2]) },
      { a1: 5, a2: 3 },
    );
    expect(ids(priorities(nested, r))).toEqual(['a2']);
  });
});

describe('roundScore', () => {
  it('rounds to one decimal, half away from zero, without floating-point surprises', () => {
    expect(roundScore(7 / 3)).toBe(2.3);
    expect(roundScore(2.45)).toBe(2.5);
    expect(roundScore(1.15)).toBe(1.2);
    expect(roundScore(1.005)).toBe(1);
    expect(roundScore(-0.25)).toBe(-0.3);
    expect(Object.is(roundScore(-0.04), 0)).toBe(true);
    expect(roundScore(5)).toBe(5);
  });
});

describe('scoringExplanation', () => {
  it('explains mean, "weet ik niet" and the domain mean in Dutch', () => {
    const text = scoringExplanation(nested);
    expect(text).toContain('1 tot en met 5');
    expect(text).toContain('gemiddelde van je antwoorden');
    expect(text).toContain('‘Weet ik niet’ telt niet mee');
    expect(text).toContain('hoe vaak je ‘weet ik niet’ hebt gekozen');
    expect(text).toContain('Per domein is de score het gemiddelde');
    expect(text).not.toContain('gewenst');
  });

  it('uses the words of the instrument; a flat one has no group line', () => {
    const text = scoringExplanation(flat, { item: 'criterium', items: 'criteria' });
    expect(text).toContain('De score van een criterium');
    expect(text).not.toContain('Per domein');
    expect(
      scoringExplanation(nested, { item: 'conditie', items: 'condities', ambition: true }),
    ).toContain('het gewenste niveau min je score');
  });
});
