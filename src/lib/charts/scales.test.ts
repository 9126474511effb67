import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { valueScale } from './scales';

describe('valueScale', () => {
  it('maps a domain onto a range and back, also when the range runs backwards', () => {
    const x = valueScale([0, 10], [72, 616]);
    expect(x(0)).toBe(72);
    expect(x(5)).toBe(344);
    expect(x(10)).toBe(616);
    expect(x.invert(344)).toBe(5);
    const y = valueScale([1, 5], [400, 0]);
    expect(y(1)).toBe(400);
    expect(y(5)).toBe(0);
    expect(y.invert(100)).toBe(4);
  });

  it('gives the matrix its even scores and a questionnaire every point of its scale', () => {
    expect(valueScale([0, 10], [72, 616], 5).ticks(5)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(valueScale([1, 5], [290, 650], 4).ticks(4)).toEqual([1, 2, 3, 4, 5]);
    expect(valueScale([0, 10], [0, 1]).ticks(10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (let max = 2; max <= 12; max++) {
      const scale = valueScale([1, max], [0, 100], max - 1);
      expect(scale.domain()).toEqual([1, max]);
      expect(scale.ticks(max - 1)).toEqual(Array.from({ length: max }, (_, i) => i + 1));
    }
  });

  it('takes round steps of 1, 2 or 5 times a power of ten', () => {
    expect(valueScale([0, 1], [0, 1]).ticks(10)).toEqual([
      0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1,
    ]);
    expect(valueScale([0, 100], [0, 1]).ticks(3)).toEqual([0, 50, 100]);
    expect(valueScale([-10, 10], [0, 1]).ticks(10)).toEqual([
      -10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10,
    ]);
  });

  it('widens a domain that does not start and end on a tick (nice)', () => {
    const scale = valueScale([0.5, 9.5], [0, 100], 5);
    expect(scale.domain()).toEqual([0, 10]);
    expect(scale.ticks(5)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(valueScale([10, 0.4], [0, 1], 5).ticks(5)).toEqual([10, 8, 6, 4, 2, 0]);
  });

  it('keeps scores outside the domain outside the range, for the drag to clamp', () => {
    const x = valueScale([0, 10], [0, 100]);
    expect(x(-1)).toBe(-10);
    expect(x.invert(120)).toBe(12);
  });

  it('gives exactly the numbers of d3-scale’s scaleLinear, of which it is a reduced copy', () => {
    const domains: [number, number][] = [
      [0, 10],
      [1, 5],
      [10, 0],
      [0.5, 9.5],
      [-3.2, 7.7],
      [0, 0.037],
      [1200, 3],
      [2, 2],
      [1, 12],
      // steps just around the thresholds between 1, 2, 5 and 10 times a power of ten
      ...[0.145, 0.73, 1.45, 3.3, 7.2, 14.5, 33, 72].map((b): [number, number] => [0, b]),
    ];
    const ranges: [number, number][] = [
      [72, 616],
      [400, 0],
      [-3, 7.5],
    ];
    for (const domain of domains)
      for (const range of ranges)
        for (const count of [1, 3, 4, 5, 10, 11]) {
          const real = scaleLinear().domain(domain).range(range).nice(count);
          const mine = valueScale(domain, range, count);
          const label = `${domain} → ${range}, ${count}`;
          expect(mine.domain(), label).toEqual(real.domain());
          expect(mine.ticks(count), label).toEqual(real.ticks(count));
          for (const v of [...real.ticks(count), domain[0], domain[1], -1.3, 4.25, 11]) {
            expect(mine(v), `${label}: ${v}`).toBe(real(v));
            expect(mine.invert(mine(v)), `${label}: ${v}`).toBe(real.invert(real(v)));
          }
        }
  });
});
