import { describe, expect, it } from 'vitest';
import {
  aggregate,
  byDisagreement,
  median,
  medianPosition,
  spread,
  stackPoints,
} from './aggregate';
import { participantLabel } from './result';
import { result, session } from './test-fixtures';

describe('median and spread', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('rounds the median point to half points of the scale', () => {
    expect(
      medianPosition([
        { influence: 6, dependency: 1 },
        { influence: 6.5, dependency: 2 },
        { influence: 7, dependency: 2 },
        { influence: 8, dependency: 3 },
      ]),
    ).toEqual({ influence: 7, dependency: 2 });
    expect(medianPosition([])).toBeNull();
  });

  it('is the mean distance to the median point', () => {
    const centre = { influence: 5, dependency: 5 };
    expect(spread([centre, centre], centre)).toBe(0);
    expect(spread([{ influence: 8, dependency: 9 }, centre], centre)).toBe(2.5);
  });
});

describe('aggregate', () => {
  const results = [
    result('Anna', { 'p-bib': [8, 2], 'p-wsb': [5, 5], 'p-ngo': [1, 1] }),
    result('', { 'p-bib': [8, 2], 'p-wsb': [5, 5], 'p-ngo': [9, 9] }),
    result('Cem', { 'p-bib': [7, 3], 'p-wsb': [5, 5] }),
  ];
  const stats = aggregate(session, results, participantLabel);

  it('gives every partner the points of the participants who placed it', () => {
    expect(stats.map((s) => s.points.length)).toEqual([3, 3, 2]);
    expect(stats[0].points.map((p) => p.participant)).toEqual(['Anna', 'Deelnemer 2', 'Cem']);
    expect(stats[0].median).toEqual({ influence: 8, dependency: 2 });
    expect(stats[1].spread).toBe(0);
  });

  it('sorts the partners by disagreement, most first', () => {
    expect(byDisagreement(stats).map((s) => s.partner.name)).toEqual([
      'Stichting Samen',
      'Bibliotheek',
      'Werkgeversservicepunt',
    ]);
  });

  it('stacks equal points with a count, so nobody is hidden', () => {
    const stacks = stackPoints(stats[0].points);
    expect(stacks.map((s) => s.count)).toEqual([2, 1]);
    expect(stacks[0].participants).toEqual(['Anna', 'Deelnemer 2']);
    expect(stacks.reduce((n, s) => n + s.count, 0)).toBe(3);
  });
});
