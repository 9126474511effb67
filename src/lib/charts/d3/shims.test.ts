// The stand-ins give the same numbers as the real packages for what the charts do: d3-scale in
// the unit tests still uses the real d3-interpolate (the alias is only in the site build).
import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { format } from './format-plain';
import { interpolate, interpolateRound, piecewise } from './interpolate-numbers';

describe('d3 stand-ins', () => {
  const ranges: [number, number][] = [
    [40, 560],
    [560, 40],
    [-3, 7.5],
  ];
  const values = [-2, 0, 1.25, 5, 7.5, 10, 13];

  it('a scale maps and inverts exactly as with d3-interpolate', () => {
    for (const range of ranges) {
      const real = scaleLinear().domain([0, 10]).range(range);
      const mine = scaleLinear().domain([0, 10]).range(range).interpolate(interpolate);
      for (const v of values) {
        expect(mine(v)).toBeCloseTo(real(v), 12);
        expect(mine.invert(mine(v))).toBeCloseTo(v, 12);
      }
    }
  });

  it('rounds as rangeRound does', () => {
    for (const range of ranges) {
      const real = scaleLinear().domain([0, 10]).rangeRound(range);
      const mine = scaleLinear().domain([0, 10]).range(range).interpolate(interpolateRound);
      for (const v of values) expect(mine(v)).toBe(real(v));
    }
  });

  it('runs piecewise over several stops, like a polylinear scale', () => {
    const real = scaleLinear().domain([0, 5, 10]).range([0, 10, 30]);
    const mine = piecewise(interpolate, [0, 10, 30]);
    for (const t of [0, 0.25, 0.5, 0.75, 1]) expect(mine(t)).toBeCloseTo(real(t * 10), 12);
  });

  it('formats plain Dutch numbers', () => {
    expect(format('.1f')(2.5)).toBe('2,5');
    expect(format('')(1000)).toBe('1.000');
  });
});
