/**
 * The undo history of one document: a list of steps, oldest first, each with the state before
 * and after it. Undo and redo themselves are in undo.ts (three-way merges, loaded when first
 * used). Pure: the caller stores the steps it is told to put and removes the ids it is told
 * to remove.
 */

export const HISTORY_LIMIT = 60;
/** Changes with the same key less than this apart form one step (typing, one drag). */
export const COALESCE_MS = 1500;

export interface Step<T> {
  id: string;
  docId: string;
  /** Order within the document (ms since epoch, made unique by the caller). */
  at: number;
  label: string;
  before: T;
  after: T;
  undone: boolean;
  /** Changes with the same key in a row (typing in one field) form one step. */
  key?: string;
}

export interface HistoryChange<T> {
  steps: Step<T>[];
  put: Step<T>[];
  remove: string[];
}

/** Adds a step, or extends the last one when it has the same key; drops the redo branch. */
export function recordStep<T>(
  steps: readonly Step<T>[],
  step: Step<T>,
  limit = HISTORY_LIMIT,
): HistoryChange<T> {
  const lastActive = lastDoneIndex(steps);
  const redoBranch = steps.slice(lastActive + 1).filter((s) => s.undone);
  const kept = steps.slice(0, lastActive + 1);
  const last = kept[kept.length - 1];
  const remove = redoBranch.map((s) => s.id);
  if (
    last &&
    step.key !== undefined &&
    last.key === step.key &&
    !last.undone &&
    redoBranch.length === 0 &&
    step.at - last.at < COALESCE_MS
  ) {
    const extended = { ...last, after: step.after, at: step.at };
    return { steps: [...kept.slice(0, -1), extended], put: [extended], remove };
  }
  const next = [...kept, step];
  const overflow = Math.max(0, next.length - limit);
  return {
    steps: next.slice(overflow),
    put: [step],
    remove: [...remove, ...next.slice(0, overflow).map((s) => s.id)],
  };
}

function lastDoneIndex<T>(steps: readonly Step<T>[]): number {
  for (let i = steps.length - 1; i >= 0; i--) if (!steps[i].undone) return i;
  return -1;
}

/** The step "Ongedaan maken" takes back: the newest one that is not undone. */
export function undoCandidate<T>(steps: readonly Step<T>[]): Step<T> | undefined {
  const i = lastDoneIndex(steps);
  return i >= 0 ? steps[i] : undefined;
}

/** The step "Opnieuw" brings back: the oldest of the undone steps at the end. */
export function redoCandidate<T>(steps: readonly Step<T>[]): Step<T> | undefined {
  const next = steps[lastDoneIndex(steps) + 1];
  return next?.undone ? next : undefined;
}
