/**
 * Undo and redo of one step of a document's history (history.ts). Both are three-way merges
 * (merge.ts), so a step can be undone even after later changes (or another tab's changes) that
 * did not touch the same fields. The page loads this the first time the reader undoes.
 */
import type { HistoryChange, Step } from './history';
import { merge3 } from './merge';

export interface Applied<T> {
  state: T;
  change: HistoryChange<T>;
  /** Fields changed since that this step also touched: those keep their later value. */
  conflicts: number;
}

function flip<T>(steps: readonly Step<T>[], id: string, undone: boolean): HistoryChange<T> {
  const changed: Step<T>[] = [];
  const next = steps.map((s) => {
    if (s.id !== id) return s;
    const updated = { ...s, undone };
    changed.push(updated);
    return updated;
  });
  return { steps: next, put: changed, remove: [] };
}

/** Takes back one step (any step, not only the newest), keeping later changes. */
export function undoStep<T>(steps: readonly Step<T>[], id: string, current: T): Applied<T> | null {
  const step = steps.find((s) => s.id === id);
  if (!step || step.undone) return null;
  const merged = merge3(step.after, current, step.before, 'mine');
  return { state: merged.value, change: flip(steps, id, true), conflicts: merged.conflicts };
}

/** Does an undone step again. */
export function redoStep<T>(steps: readonly Step<T>[], id: string, current: T): Applied<T> | null {
  const step = steps.find((s) => s.id === id);
  if (!step || !step.undone) return null;
  const merged = merge3(step.before, current, step.after, 'mine');
  return { state: merged.value, change: flip(steps, id, false), conflicts: merged.conflicts };
}
