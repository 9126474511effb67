import { describe, expect, it } from 'vitest';
import { byDisagreement, respondentLabels, responseKey, teamStatistics } from './team';
import { flat, itemAnswers, nested, respond } from './test-fixtures';

describe('teamStatistics', () => {
  const team = [
    respond(
      nested,
      { ...itemAnswers('a1', [2, 2]), ...itemAnswers('a2', [3, 4]), ...itemAnswers('b1', [5, 5]) },
      {},
      'Anna',
    ),
    respond(
      nested,
      {
        ...itemAnswers('a1', [4, 4]),
        ...itemAnswers('a2', [4, 5]),
        ...itemAnswers('b1', [5, 'weet-niet']),
      },
      {},
      'Bram',
    ),
    // Carla answered nothing of a1, only "weet ik niet" on a2.
    respond(
      nested,
      { ...itemAnswers('a2', ['weet-niet', 'weet-niet']), ...itemAnswers('b1', [4, 4]) },
      {},
      'Carla',
    ),
  ];

  it('gives per item each score, the mean, the spread and a flag from a spread of exactly 2', () => {
    const { items } = teamStatistics(nested, team);
    expect(items.map((i) => i.itemId)).toEqual(['a1', 'a2', 'b1', 'b2']);
    // a1: 2 and 4 → spread exactly 2 → flagged; Carla (null) is left out.
    expect(items[0]).toEqual({
      itemId: 'a1',
      scores: [2, 4, null],
      mean: 3,
      spread: 2,
      flagged: true,
    });
    // a2: 3,5 and 4,5 → spread 1.
    expect(items[1]).toEqual({
      itemId: 'a2',
      scores: [3.5, 4.5, null],
      mean: 4,
      spread: 1,
      flagged: false,
    });
    expect(items[2]).toEqual({
      itemId: 'b1',
      scores: [5, 5, 4],
      mean: 14 / 3,
      spread: 1,
      flagged: false,
    });
    // Nobody answered b2.
    expect(items[3]).toEqual({
      itemId: 'b2',
      scores: [null, null, null],
      mean: null,
      spread: null,
      flagged: false,
    });
  });

  it('gives the same per group', () => {
    const { groups } = teamStatistics(nested, team);
    expect(groups).toEqual([
      { groupId: 'g1', scores: [2.75, 4.25, null], mean: 3.5, spread: 1.5, flagged: false },
      { groupId: 'g2', scores: [5, 5, 4], mean: 14 / 3, spread: 1, flagged: false },
    ]);
  });

  it('takes a threshold, and flags a spread that is 2 up to floating-point noise', () => {
    expect(teamStatistics(nested, team, 1).items.map((i) => i.flagged)).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(teamStatistics(nested, team, 1.5).groups.map((g) => g.flagged)).toEqual([true, false]);
    const noisy = [
      respond(flat, itemAnswers('c1', [4, 4, 5])), // 13/3
      respond(flat, itemAnswers('c1', [2, 2, 3])), // 7/3
    ];
    const [c1] = teamStatistics(flat, noisy).items;
    expect(c1!.spread).toBeCloseTo(2, 12);
    expect(c1!.flagged).toBe(true);
  });

  it('one respondent: spread 0; no respondents: empty scores', () => {
    const [one] = teamStatistics(nested, [team[0]!]).items;
    expect(one).toMatchObject({ scores: [2], mean: 2, spread: 0, flagged: false });
    const none = teamStatistics(flat, []);
    expect(none.items).toHaveLength(5);
    expect(none.items[0]).toEqual({
      itemId: 'c1',
      scores: [],
      mean: null,
      spread: null,
      flagged: false,
    });
    expect(none.groups).toEqual([
      { groupId: 'alles', scores: [], mean: null, spread: null, flagged: false },
    ]);
  });
});

describe('respondentLabels', () => {
  const named = (...names: string[]) => names.map((n) => respond(flat, {}, {}, n));

  it('numbers anonymous respondents and keeps names apart', () => {
    expect(respondentLabels(named('', 'Jan', '', 'Jan', 'jan', 'Piet', 'Jan'))).toEqual([
      'Anoniem 1',
      'Jan',
      'Anoniem 2',
      'Jan (2)',
      'jan (3)',
      'Piet',
      'Jan (4)',
    ]);
  });

  it('stays distinct when a real name looks like a label', () => {
    const labels = respondentLabels(named('Anoniem 1', '', 'Jan (2)', 'Jan', 'Jan'));
    expect(labels).toEqual(['Anoniem 1', 'Anoniem 2', 'Jan (2)', 'Jan', 'Jan (3)']);
    expect(new Set(labels).size).toBe(labels.length);
    expect(respondentLabels([])).toEqual([]);
  });
});

describe('responseKey', () => {
  const anna = respond(flat, { c1s1: 4, c1s2: 'weet-niet' }, { c1: 5 }, 'Anna de Vries');

  it('is equal for the same respondent and answers, in any key order or name spacing', () => {
    const again = respond(flat, { c1s2: 'weet-niet', c1s1: 4 }, { c1: 5 }, ' anna  de vries ');
    expect(responseKey(again)).toBe(responseKey(anna));
  });

  it('differs for another answer, another ambition or another name', () => {
    const keys = [
      responseKey(respond(flat, { c1s1: 3, c1s2: 'weet-niet' }, { c1: 5 }, 'Anna de Vries')),
      responseKey(respond(flat, { c1s1: 4, c1s2: 'weet-niet' }, { c1: 4 }, 'Anna de Vries')),
      responseKey(respond(flat, { c1s1: 4, c1s2: 'weet-niet' }, { c1: 5 }, 'Bram')),
    ];
    expect(new Set([...keys, responseKey(anna)]).size).toBe(4);
  });
});

describe('byDisagreement', () => {
  it('puts the largest spread first, unscored last, ties in questionnaire order', () => {
    const stats = [
      { itemId: 'a', spread: 1 },
      { itemId: 'b', spread: null },
      { itemId: 'c', spread: 3 },
      { itemId: 'd', spread: 1 },
      { itemId: 'e', spread: 0 },
    ];
    expect(byDisagreement(stats).map((s) => s.itemId)).toEqual(['c', 'a', 'd', 'e', 'b']);
  });
});
