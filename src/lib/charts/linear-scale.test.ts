import { describe, expect, it } from 'vitest';
import { linearScale, ticks } from './linear-scale';

it('maps a domain onto a range and back, also when the range runs backwards', () => {
  const x = linearScale([0, 10], [72, 616]);
  expect(x(0)).toBe(72);
  expect(x(5)).toBe(344);
  expect(x.invert(344)).toBe(5);
  const y = linearScale([1, 5], [400, 0]);
  expect(y(1)).toBe(400);
  expect(y(5)).toBe(0);
  expect(y.invert(100)).toBe(4);
});

describe('ticks', () => {
  it('gives the matrix its even scores and a questionnaire every point of its scale', () => {
    expect(linearScale([0, 10], [72, 616]).ticks(5)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(linearScale([1, 5], [290, 650]).ticks(4)).toEqual([1, 2, 3, 4, 5]);
    expect(linearScale([0, 10], [0, 1]).ticks(10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (let max = 2; max <= 12; max++)
      expect(ticks(1, max, max - 1)).toEqual(Array.from({ length: max }, (_, i) => i + 1));
  });

  it('takes round steps of 1, 2 or 5 times a power of ten, as d3 does', () => {
    expect(ticks(0, 1, 10)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(ticks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(ticks(0, 100, 3)).toEqual([0, 50, 100]);
    expect(ticks(-10, 10, 10)).toEqual([-10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10]);
    expect(ticks(0.5, 9.5, 5)).toEqual([2, 4, 6, 8]);
    expect(ticks(1, 2, 1)).toEqual([1, 2]);
  });

  it('runs backwards for a backwards domain', () => {
    expect(ticks(10, 0, 5)).toEqual([10, 8, 6, 4, 2, 0]);
    expect(linearScale([5, 1], [0, 1]).ticks(4)).toEqual([5, 4, 3, 2, 1]);
  });

  it('gives nothing for a count of zero or a domain that is not a number', () => {
    expect(ticks(0, 10, 0)).toEqual([]);
    expect(ticks(0, Number.NaN, 5)).toEqual([]);
    expect(ticks(3, 3, 5)).toEqual([3]);
  });
});
