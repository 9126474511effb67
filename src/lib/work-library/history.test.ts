import { describe, expect, it } from 'vitest';
import { recordStep, redoCandidate, undoCandidate, type Step } from './history';
import { redoStep, undoStep } from './undo';

type S = { partners: { id: string; name: string }[]; title: string };
const s0: S = { partners: [], title: 'a' };
let at = 0;
const step = (label: string, before: S, after: S, key?: string): Step<S> => ({
  id: `s${++at}`,
  docId: 'd',
  at,
  label,
  before,
  after,
  undone: false,
  key,
});

describe('history', () => {
  it('undoes the step a message names, keeping a later step', () => {
    const s1 = {
      ...s0,
      partners: [
        { id: 'y', name: 'Y' },
        { id: 'z', name: 'Z' },
      ],
    };
    const s2 = { ...s1, partners: [{ id: 'z', name: 'Z' }] }; // Y deleted
    const s3 = { ...s2, partners: [] }; // Z deleted
    let steps = recordStep([], step('toegevoegd', s0, s1)).steps;
    const deleteY = step('Y verwijderd', s1, s2);
    steps = recordStep(steps, deleteY).steps;
    steps = recordStep(steps, step('Z verwijderd', s2, s3)).steps;
    const applied = undoStep(steps, deleteY.id, s3)!;
    expect(applied.state.partners.map((p) => p.name)).toEqual(['Y']);
    expect(applied.conflicts).toBe(0);
    // The newest step is still the one the toolbar's undo takes back.
    expect(undoCandidate(applied.change.steps)!.label).toBe('Z verwijderd');
  });

  it('undo then redo returns to the same state, and a new step drops the redo branch', () => {
    const s1 = { ...s0, title: 'b' };
    const first = step('titel', s0, s1);
    let steps = recordStep([], first).steps;
    const undone = undoStep(steps, undoCandidate(steps)!.id, s1)!;
    expect(undone.state).toEqual(s0);
    steps = undone.change.steps;
    expect(redoCandidate(steps)!.id).toBe(first.id);
    const redone = redoStep(steps, first.id, undone.state)!;
    expect(redone.state).toEqual(s1);
    const undoneAgain = undoStep(redone.change.steps, first.id, s1)!;
    const change = recordStep(undoneAgain.change.steps, step('ander', s0, { ...s0, title: 'c' }));
    expect(change.remove).toEqual([first.id]);
    expect(redoCandidate(change.steps)).toBeUndefined();
  });

  it('coalesces typing in one field into one step', () => {
    const a = { ...s0, title: 'G' };
    const b = { ...s0, title: 'Ge' };
    let change = recordStep([], step('naam', s0, a, 'title'));
    change = recordStep(change.steps, step('naam', a, b, 'title'));
    expect(change.steps).toHaveLength(1);
    expect(change.steps[0].before).toEqual(s0);
    expect(change.steps[0].after).toEqual(b);
    expect(change.put).toHaveLength(1);
  });

  it('keeps at most the limit, dropping the oldest', () => {
    let steps: Step<S>[] = [];
    const removed: string[] = [];
    for (let i = 0; i < 55; i++) {
      const change = recordStep(steps, step(`stap ${i}`, s0, { ...s0, title: String(i) }), 50);
      steps = change.steps;
      removed.push(...change.remove);
    }
    expect(steps).toHaveLength(50);
    expect(steps[0].label).toBe('stap 5');
    expect(removed).toHaveLength(5);
  });
});
