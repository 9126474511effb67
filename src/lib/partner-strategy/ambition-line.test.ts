import { describe, expect, it } from 'vitest';
import { defaultAmbition } from '../../data/partner-strategy';
import { gapToLine, requiredInfluence, sanitizeAmbition, sideOfLine } from './ambition-line';

describe('the ambition line', () => {
  it('by default is the diagonal: the influence needed equals the dependency', () => {
    expect(requiredInfluence(0, defaultAmbition)).toBe(0);
    expect(requiredInfluence(4, defaultAmbition)).toBe(4);
    expect(requiredInfluence(10, defaultAmbition)).toBe(10);
  });

  it('runs straight between the two ends the user set', () => {
    const ambition = { atNoDependency: 3, atFullDependency: 8 };
    expect(requiredInfluence(0, ambition)).toBe(3);
    expect(requiredInfluence(10, ambition)).toBe(8);
    expect(requiredInfluence(5, ambition)).toBe(5.5);
    // A replaceable partner with influence 2,5 is fine on the diagonal, not on this line.
    expect(sideOfLine({ influence: 2.5, dependency: 0 }, defaultAmbition)).toBe('boven');
    expect(sideOfLine({ influence: 2.5, dependency: 0 }, ambition)).toBe('onder');
    expect(gapToLine({ influence: 2.5, dependency: 0 }, ambition)).toBe(-0.5);
    // At full dependency the partner needs 8, not 10.
    expect(sideOfLine({ influence: 9, dependency: 10 }, ambition)).toBe('boven');
    expect(sideOfLine({ influence: 9, dependency: 10 }, defaultAmbition)).toBe('onder');
  });

  it('can also be flat: every partner then needs the same influence', () => {
    const flat = { atNoDependency: 6, atFullDependency: 6 };
    expect(requiredInfluence(0, flat)).toBe(6);
    expect(requiredInfluence(10, flat)).toBe(6);
  });

  it('counts a partner within a quarter point as on the line', () => {
    const ambition = { atNoDependency: 0.5, atFullDependency: 9 }; // 0.85 per point
    expect(gapToLine({ influence: 4.5, dependency: 4 }, ambition)).toBeCloseTo(0.6);
    expect(sideOfLine({ influence: 4, dependency: 4 }, ambition)).toBe('op'); // gap 0.1
    expect(sideOfLine({ influence: 4, dependency: 5 }, ambition)).toBe('onder'); // gap −0.75
    expect(sideOfLine({ influence: 5, dependency: 5 }, defaultAmbition)).toBe('op');
    expect(sideOfLine({ influence: 5.5, dependency: 5 }, defaultAmbition)).toBe('boven');
    expect(sideOfLine({ influence: 4.5, dependency: 5 }, defaultAmbition)).toBe('onder');
  });
});

describe('sanitizeAmbition', () => {
  it('accepts numbers and Dutch or English decimals, clamped and rounded to a half', () => {
    expect(sanitizeAmbition({ atNoDependency: 2, atFullDependency: 9 })).toEqual({
      atNoDependency: 2,
      atFullDependency: 9,
    });
    expect(sanitizeAmbition({ atNoDependency: '2,5', atFullDependency: '7.5' })).toEqual({
      atNoDependency: 2.5,
      atFullDependency: 7.5,
    });
    expect(sanitizeAmbition({ atNoDependency: -4, atFullDependency: 1e9 })).toEqual({
      atNoDependency: 0,
      atFullDependency: 10,
    });
    expect(sanitizeAmbition({ atNoDependency: 1.2, atFullDependency: 8.8 })).toEqual({
      atNoDependency: 1,
      atFullDependency: 9,
    });
  });

  it('gives null for anything that is not both ends of a line', () => {
    for (const value of [
      null,
      undefined,
      7,
      'diagonaal',
      [],
      [0, 10],
      {},
      { atNoDependency: 0 },
      { atNoDependency: 0, atFullDependency: 'abc' },
      { atNoDependency: Number.NaN, atFullDependency: 10 },
      { atNoDependency: 0, atFullDependency: Number.POSITIVE_INFINITY },
      JSON.parse('{"__proto__": {"atNoDependency": 1, "atFullDependency": 2}}'),
      Object.create({ atNoDependency: 1, atFullDependency: 2 }),
    ]) {
      expect(sanitizeAmbition(value)).toBeNull();
    }
  });
});
