import { describe, expect, it } from 'vitest';
import { deepEqual, merge3 } from './merge';

const base = {
  goals: [{ id: 'g1', name: 'Doel 1' }],
  partners: [
    { id: 'a', name: 'Gemeente', influence: 2 },
    { id: 'b', name: 'GGD', influence: 5 },
  ],
  ambition: { low: 0, high: 10 },
};

describe('merge3', () => {
  it('keeps a partner added in one tab and a goal renamed in the other', () => {
    const mine = {
      ...base,
      partners: [...base.partners, { id: 'c', name: 'School', influence: 1 }],
    };
    const theirs = { ...base, goals: [{ id: 'g1', name: 'Jeugd' }] };
    const { value, conflicts } = merge3(base, mine, theirs);
    expect(conflicts).toBe(0);
    expect(value.goals[0].name).toBe('Jeugd');
    expect(value.partners.map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });

  it('merges different fields of the same partner', () => {
    const mine = {
      ...base,
      partners: [{ ...base.partners[0], name: 'Gemeente Zwolle' }, base.partners[1]],
    };
    const theirs = { ...base, partners: [{ ...base.partners[0], influence: 7 }, base.partners[1]] };
    const { value, conflicts } = merge3(base, mine, theirs);
    expect(conflicts).toBe(0);
    expect(value.partners[0]).toEqual({ id: 'a', name: 'Gemeente Zwolle', influence: 7 });
  });

  it('counts a conflict when both change the same field and lets the preferred side win', () => {
    const mine = { ...base, ambition: { low: 3, high: 10 } };
    const theirs = { ...base, ambition: { low: 4, high: 10 } };
    expect(merge3(base, mine, theirs)).toEqual({ value: theirs, conflicts: 1 });
    expect(merge3(base, mine, theirs, 'mine')).toEqual({ value: mine, conflicts: 1 });
  });

  it('removes an item removed on one side and untouched on the other', () => {
    const mine = { ...base, partners: [base.partners[1]] };
    const theirs = { ...base, goals: [{ id: 'g1', name: 'X' }] };
    const { value, conflicts } = merge3(base, mine, theirs);
    expect(conflicts).toBe(0);
    expect(value.partners.map((p) => p.id)).toEqual(['b']);
  });

  it('keeps an item removed on one side but changed on the other, as a conflict', () => {
    const mine = { ...base, partners: [base.partners[1]] };
    const theirs = {
      ...base,
      partners: [{ ...base.partners[0], name: 'Nieuw' }, base.partners[1]],
    };
    const { value, conflicts } = merge3(base, mine, theirs);
    expect(conflicts).toBe(1);
    expect(value.partners.map((p) => p.name)).toEqual(['Nieuw', 'GGD']);
  });

  it('follows the side that reordered and places the other side’s addition after its neighbour', () => {
    const mine = { ...base, partners: [base.partners[1], base.partners[0]] };
    const theirs = {
      ...base,
      partners: [base.partners[0], { id: 'n', name: 'Nieuw', influence: 0 }, base.partners[1]],
    };
    const { value } = merge3(base, mine, theirs);
    expect(value.partners.map((p) => p.id)).toEqual(['b', 'a', 'n']);
  });

  it('treats arrays without ids as single values', () => {
    expect(merge3({ x: [1, 2] }, { x: [1, 2, 3] }, { x: [0] }).conflicts).toBe(1);
    expect(merge3({ x: [1, 2] }, { x: [1, 2, 3] }, { x: [1, 2] }).value).toEqual({ x: [1, 2, 3] });
  });

  it('compares deeply', () => {
    expect(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(deepEqual([1], { 0: 1 })).toBe(false);
  });
});
