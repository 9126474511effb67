import { exampleMatrix } from './matrix-examples';
import { describe, expect, it } from 'vitest';
import {
  addGoal,
  addPartner,
  movePartner,
  removeGoal,
  removePartner,
  setAmbition,
  setPosition,
  setTarget,
  updateGoal,
  updatePartner,
} from './matrix-operations';
import { emptyMatrix, MATRIX_LIMITS, sanitizeMatrix, type MatrixState } from './matrix-state';

/** Deep-freezes a state, so that any mutation by an operation throws. */
function frozen<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) frozen(v);
    Object.freeze(value);
  }
  return value;
}

const xyz = () => frozen(exampleMatrix('xyz')!);

/** Every operation result must still be a valid matrix without repairs. */
function valid(state: MatrixState) {
  const result = sanitizeMatrix(state);
  expect(result.ok && result.warnings).toEqual([]);
  return state;
}

describe('goals', () => {
  it('adds a goal with its name and urgency, and returns its id', () => {
    const before = frozen(emptyMatrix());
    const { state, goalId } = addGoal(before, 'Gelijke kansen', 'hoog');
    expect(state.goals).toHaveLength(2);
    expect(state.goals[1]).toEqual({ id: goalId, name: 'Gelijke kansen', urgency: 'hoog' });
    expect(before.goals).toHaveLength(1);
    valid(state);
  });

  it('gives a goal without a name a default name', () => {
    const { state } = addGoal(emptyMatrix(), '  \u202E ', 'laag');
    expect(state.goals[1].name).toBe('Doel 2');
    const invisible = addGoal(emptyMatrix(), '\u200B\u2060\u00AD', 'laag').state;
    expect(invisible.goals[1].name).toBe('Doel 2');
    valid(invisible);
  });

  it('stops at 50 goals: the same state comes back', () => {
    let state = emptyMatrix();
    for (let i = 1; i < MATRIX_LIMITS.goals; i++)
      state = addGoal(state, `Doel ${i + 1}`, 'middel').state;
    expect(state.goals).toHaveLength(50);
    const result = addGoal(state, 'Te veel', 'middel');
    expect(result.state).toBe(state);
    expect(result.goalId).toBe('');
  });

  it('renames a goal and changes its urgency; an empty name keeps the old one', () => {
    const before = xyz();
    const renamed = updateGoal(before, 'doel', { name: 'Schoon water ', urgency: 'hoog' });
    expect(renamed.goals[0]).toEqual({ id: 'doel', name: 'Schoon water ', urgency: 'hoog' });
    expect(updateGoal(before, 'doel', { name: '   ' }).goals[0].name).toBe(
      'Een maatschappelijk doel',
    );
    expect(updateGoal(before, 'doel', { urgency: 'dringend' as never }).goals[0].urgency).toBe(
      'middel',
    );
    expect(updateGoal(before, 'onbekend', { name: 'x' })).toBe(before);
  });

  it('removes a goal with its partners; the last goal leaves a fresh "Doel 1"', () => {
    const before = frozen(
      addPartner(addGoal(xyz(), 'Tweede', 'laag').state, 'doel', { name: 'Extra' }).state,
    );
    const second = before.goals[1].id;
    const withPartner = addPartner(before, second, { name: 'Bij tweede' }).state;
    const removed = removeGoal(withPartner, second);
    expect(removed.goals.map((g) => g.name)).toEqual(['Een maatschappelijk doel']);
    expect(removed.partners.map((p) => p.name)).toEqual([
      'Partner X',
      'Partner Y',
      'Partner Z',
      'Extra',
    ]);
    const last = removeGoal(removed, 'doel');
    expect(last.goals).toHaveLength(1);
    expect(last.goals[0]).toMatchObject({ name: 'Doel 1', urgency: 'middel' });
    expect(last.partners).toEqual([]);
    valid(last);
  });
});

describe('partners', () => {
  it('adds a partner without a name (a draft) at 5 and 5 at the end of the inventory', () => {
    const before = xyz();
    const { state, partnerId } = addPartner(before, 'doel');
    expect(state.partners.at(-1)).toEqual({
      id: partnerId,
      name: '',
      goalId: 'doel',
      relation: 'anders',
      influence: 5,
      dependency: 5,
      target: null,
      notes: '',
    });
    expect(before.partners).toHaveLength(3);
    valid(state);
  });

  it('adds a draft when the name is empty, and clamps the scores of the patch', () => {
    const e = emptyMatrix();
    const { state } = addPartner(e, e.goals[0].id, { name: '', influence: 14, dependency: -2 });
    expect(state.partners[0]).toMatchObject({
      name: '',
      influence: 10,
      dependency: 0,
    });
    const withName = addPartner(e, e.goals[0].id, {
      name: 'Bibliotheek',
      relation: 'subsidie',
      influence: 8.3,
    }).state;
    expect(withName.partners[0]).toMatchObject({
      name: 'Bibliotheek',
      relation: 'subsidie',
      influence: 8.5,
      goalId: e.goals[0].id,
    });
  });

  it('adds nothing under an unknown goal or beyond 500 partners', () => {
    const before = xyz();
    expect(addPartner(before, 'onbekend')).toEqual({ state: before, partnerId: '' });
    let state = emptyMatrix();
    const goal = state.goals[0].id;
    for (let i = 0; i < MATRIX_LIMITS.partners; i++) state = addPartner(state, goal).state;
    expect(addPartner(state, goal)).toEqual({ state, partnerId: '' });
  });

  it('updates fields, clamps scores, ignores ids and unknown goals, keeps text as typed', () => {
    const before = xyz();
    const next = updatePartner(before, 'x', {
      id: 'gestolen',
      name: 'Partner X ',
      notes: 'Regel 1\nRegel 2\u202E',
      relation: 'bestuurlijke-afspraken',
      influence: 7.3,
      dependency: Number.NaN,
      goalId: 'bestaat-niet',
    });
    expect(next.partners[0]).toEqual({
      ...before.partners[0],
      name: 'Partner X ',
      notes: 'Regel 1\nRegel 2',
      relation: 'bestuurlijke-afspraken',
      influence: 7.5,
    });
    expect(updatePartner(before, 'x', { name: '' }).partners[0].name).toBe('Partner X');
    for (const name of ['\u200B', ' \u200C\u200D ', '\uFEFF\u2060', '\uFE0F']) {
      expect(updatePartner(before, 'x', { name }).partners[0].name).toBe('Partner X');
      expect(updateGoal(before, 'doel', { name }).goals[0].name).toBe('Een maatschappelijk doel');
      const added = addPartner(before, 'doel', { name }).state;
      expect(added.partners.at(-1)!.name).toBe('');
    }
    // Typing: a noncharacter or lone surrogate goes, a trailing space stays.
    expect(updatePartner(before, 'x', { name: 'Gemeente\uFFFE\ud800 ' }).partners[0].name).toBe(
      'Gemeente ',
    );
    expect(updatePartner(before, 'x', { notes: 'a\uFFFF\nb\u{10FFFF}' }).partners[0].notes).toBe(
      'a\nb',
    );
    expect(updatePartner(before, 'x', { name: 'a'.repeat(500) }).partners[0].name).toHaveLength(
      120,
    );
    expect(
      updatePartner(before, 'x', { relation: 'concessie' as never }).partners[0].relation,
    ).toBe('opdracht');
    expect(updatePartner(before, 'onbekend', { name: 'x' })).toBe(before);
  });

  it('moves a partner to another goal that exists', () => {
    const { state, goalId } = addGoal(xyz(), 'Tweede', 'laag');
    expect(updatePartner(state, 'y', { goalId }).partners[1].goalId).toBe(goalId);
  });

  it('removes a partner', () => {
    const before = xyz();
    expect(removePartner(before, 'y').partners.map((p) => p.id)).toEqual(['x', 'z']);
    expect(removePartner(before, 'onbekend')).toBe(before);
  });

  it('moves a partner up and down in the inventory, not past the ends', () => {
    const before = xyz();
    expect(movePartner(before, 'y', -1).partners.map((p) => p.id)).toEqual(['y', 'x', 'z']);
    expect(movePartner(before, 'y', 1).partners.map((p) => p.id)).toEqual(['x', 'z', 'y']);
    expect(movePartner(before, 'x', -1)).toBe(before);
    expect(movePartner(before, 'z', 1)).toBe(before);
    expect(movePartner(before, 'onbekend', 1)).toBe(before);
  });
});

describe('positions, targets and the ambition line', () => {
  it('sets a position from a drag, clamped and rounded to a half', () => {
    const next = setPosition(xyz(), 'x', { influence: 6.26, dependency: 12 });
    expect(next.partners[0]).toMatchObject({ influence: 6.5, dependency: 10 });
  });

  it('sets and removes a target', () => {
    const withTarget = setTarget(xyz(), 'x', { influence: -1, dependency: 4.74 });
    expect(withTarget.partners[0].target).toEqual({ influence: 0, dependency: 4.5 });
    expect(setTarget(withTarget, 'x', null).partners[0].target).toBeNull();
    expect(setTarget(xyz(), 'onbekend', null)).toEqual(xyz());
  });

  it('completes a partial target from the current target or position', () => {
    const next = updatePartner(xyz(), 'x', { target: { influence: 9 } as never });
    expect(next.partners[0].target).toEqual({ influence: 9, dependency: 4 });
  });

  it('sets the ambition line; invalid input changes nothing', () => {
    const before = xyz();
    expect(setAmbition(before, { atNoDependency: 2.2, atFullDependency: 11 }).ambition).toEqual({
      atNoDependency: 2,
      atFullDependency: 10,
    });
    expect(setAmbition(before, { atNoDependency: Number.NaN, atFullDependency: 5 })).toBe(before);
    expect(setAmbition(before, null as never)).toBe(before);
  });
});
