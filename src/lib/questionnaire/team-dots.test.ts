import { describe, expect, it } from 'vitest';
import { DOT_RADIUS, SHARED_DOT_RADIUS, teamDots } from './team-dots';

/** 1–5 over 400 px: one point is 100 px. */
const x = (value: number) => (value - 1) * 100;

describe('teamDots', () => {
  it('gives respondents with the same score one dot that counts them', () => {
    const { dots, lanes } = teamDots([3, 3, 3, 3, 3], x);
    expect(dots).toEqual([
      { value: 3, members: [0, 1, 2, 3, 4], label: '5×', x: 200, lane: 0, radius: 13 },
    ]);
    expect(lanes).toBe(1);
  });

  it('a lone respondent shows their number; nobody is lost, unanswered are left out', () => {
    const { dots } = teamDots([2, null, 4, 2, 4 + 1e-12, 5], x);
    expect(dots.map((d) => [d.label, d.members])).toEqual([
      ['2×', [0, 3]],
      ['2×', [2, 4]],
      ['6', [5]],
    ]);
    expect(dots.flatMap((d) => d.members).sort()).toEqual([0, 2, 3, 4, 5]);
  });

  it('puts dots that would touch into another lane, and reuses a lane when there is room', () => {
    // 3 and 3,1 are 10 px apart: they would overlap; 4 is far enough from 3,1.
    const { dots, lanes } = teamDots([3, 3.1, 4, 4.05], x);
    expect(dots.map((d) => d.lane)).toEqual([0, 1, 0, 1]);
    expect(lanes).toBe(2);
    for (const a of dots)
      for (const b of dots)
        if (a !== b && a.lane === b.lane)
          expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual(a.radius + b.radius);
  });

  it('with 25 respondents on the scale of a quick-scan (thirds), every dot keeps its own place', () => {
    const scores = Array.from({ length: 25 }, (_, i) => 1 + ((i * 7) % 13) / 3);
    const { dots, lanes } = teamDots(scores, x);
    expect(dots.reduce((n, d) => n + d.members.length, 0)).toBe(25);
    expect(lanes).toBeLessThanOrEqual(2);
    expect(Math.min(...dots.map((d) => d.radius))).toBeGreaterThanOrEqual(DOT_RADIUS);
    expect(Math.max(...dots.map((d) => d.radius))).toBe(SHARED_DOT_RADIUS);
  });
});
