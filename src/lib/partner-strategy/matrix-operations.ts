/**
 * Pure, immutable updates the partner-matrix UI calls. Each returns a new state; when
 * nothing can change (unknown id, a limit reached, invalid input) the same state comes back,
 * so `next === state` tells the UI that nothing happened.
 *
 * Scores are clamped into 0–10 and rounded to 0.5; a score that is not a finite number is
 * ignored. Names and notes lose control and bidi characters and are cut at the limits, but
 * are not trimmed here, so that typing a space works; sanitizeMatrix trims on the way in.
 * A name that is empty, or only spaces or invisible characters (isBlankName), is ignored: the
 * previous name stays. Only a partner just added has an empty name (a draft, see partner-names).
 */
import { relationForms, type Ambition } from '../../data/partner-strategy';
import { sanitizeAmbition } from './ambition-line';
import {
  MATRIX_LIMITS,
  newGoal,
  urgencies,
  type Goal,
  type MatrixState,
  type PartnerRow,
  type Position,
  type Urgency,
} from './matrix-state';
import { createId } from '../instrument-kit/ids';
import { clampScore, cleanText, isBlankName } from './values';

const isUrgency = (value: unknown): value is Urgency => urgencies.some((u) => u.id === value);
const isScore = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const editName = (value: string) => cleanText(value, MATRIX_LIMITS.name, false, false).text;
const editNotes = (value: string) => cleanText(value, MATRIX_LIMITS.notes, true, false).text;

function position(value: Partial<Position> | null | undefined, fallback: Position): Position {
  return {
    influence: clampScore(isScore(value?.influence) ? value.influence : fallback.influence),
    dependency: clampScore(isScore(value?.dependency) ? value.dependency : fallback.dependency),
  };
}

/** Adds a goal; at the limit of 50 goals the same state comes back, with goalId ''. */
export function addGoal(
  state: MatrixState,
  name: string,
  urgency: Urgency = 'middel',
): { state: MatrixState; goalId: string } {
  if (state.goals.length >= MATRIX_LIMITS.goals) return { state, goalId: '' };
  const typed = editName(name).trim();
  const goal = newGoal(
    isBlankName(typed) ? `Doel ${state.goals.length + 1}` : typed,
    isUrgency(urgency) ? urgency : 'middel',
  );
  return { state: { ...state, goals: [...state.goals, goal] }, goalId: goal.id };
}

export function updateGoal(
  state: MatrixState,
  id: string,
  patch: Partial<Pick<Goal, 'name' | 'urgency'>>,
): MatrixState {
  const goal = state.goals.find((g) => g.id === id);
  if (!goal) return state;
  const next: Goal = { ...goal };
  const name = typeof patch.name === 'string' ? editName(patch.name) : '';
  if (!isBlankName(name)) next.name = name;
  if (isUrgency(patch.urgency)) next.urgency = patch.urgency;
  return { ...state, goals: state.goals.map((g) => (g === goal ? next : g)) };
}

/** Removes a goal and its partners. Removing the last goal leaves a fresh, empty "Doel 1". */
export function removeGoal(state: MatrixState, id: string): MatrixState {
  if (!state.goals.some((g) => g.id === id)) return state;
  const goals = state.goals.filter((g) => g.id !== id);
  return {
    ...state,
    goals: goals.length > 0 ? goals : [newGoal('Doel 1')],
    partners: state.partners.filter((p) => p.goalId !== id),
  };
}

function applyPatch(state: MatrixState, row: PartnerRow, patch: Partial<PartnerRow>): PartnerRow {
  const next: PartnerRow = { ...row };
  const name = typeof patch.name === 'string' ? editName(patch.name) : '';
  if (!isBlankName(name)) next.name = name;
  if (typeof patch.notes === 'string') next.notes = editNotes(patch.notes);
  if (relationForms.some((f) => f.id === patch.relation)) next.relation = patch.relation!;
  if (state.goals.some((g) => g.id === patch.goalId)) next.goalId = patch.goalId!;
  if (isScore(patch.influence)) next.influence = clampScore(patch.influence);
  if (isScore(patch.dependency)) next.dependency = clampScore(patch.dependency);
  if (patch.target === null) next.target = null;
  else if (patch.target) next.target = position(patch.target, next.target ?? next);
  return next;
}

/**
 * Adds a partner at the end of the inventory: without a name (the reader types it into the empty
 * field), scores 5 and 5, unless the patch says otherwise. Unknown goal or the limit of 500
 * partners: the same state, with partnerId ''.
 */
export function addPartner(
  state: MatrixState,
  goalId: string,
  patch: Partial<Omit<PartnerRow, 'id' | 'goalId'>> = {},
): { state: MatrixState; partnerId: string } {
  if (
    !state.goals.some((g) => g.id === goalId) ||
    state.partners.length >= MATRIX_LIMITS.partners
  ) {
    return { state, partnerId: '' };
  }
  let id: string;
  do id = createId('partner');
  while (state.partners.some((p) => p.id === id) || state.goals.some((g) => g.id === id));
  const base: PartnerRow = {
    id,
    name: '',
    goalId,
    relation: 'anders',
    influence: 5,
    dependency: 5,
    target: null,
    notes: '',
  };
  const row = applyPatch(state, base, { ...patch, goalId });
  return { state: { ...state, partners: [...state.partners, row] }, partnerId: id };
}

/** Changes a partner; the id never changes, a goalId must exist, scores are clamped. */
export function updatePartner(
  state: MatrixState,
  id: string,
  patch: Partial<PartnerRow>,
): MatrixState {
  const index = state.partners.findIndex((p) => p.id === id);
  if (index < 0) return state;
  const partners = [...state.partners];
  partners[index] = applyPatch(state, partners[index], patch);
  return { ...state, partners };
}

export function removePartner(state: MatrixState, id: string): MatrixState {
  const partners = state.partners.filter((p) => p.id !== id);
  return partners.length === state.partners.length ? state : { ...state, partners };
}

/** Swaps a partner with its neighbour in the inventory (the list of all partners). */
export function movePartner(state: MatrixState, id: string, offset: -1 | 1): MatrixState {
  const from = state.partners.findIndex((p) => p.id === id);
  const to = from + offset;
  if (from < 0 || to < 0 || to >= state.partners.length) return state;
  const partners = [...state.partners];
  [partners[from], partners[to]] = [partners[to], partners[from]];
  return { ...state, partners };
}

export function setPosition(state: MatrixState, id: string, pos: Position): MatrixState {
  return updatePartner(state, id, { influence: pos.influence, dependency: pos.dependency });
}

/** Sets or (with null) removes the target position, the head of the arrow. */
export function setTarget(state: MatrixState, id: string, pos: Position | null): MatrixState {
  return updatePartner(state, id, { target: pos });
}

/** Both ends of the ambition line, clamped and rounded; invalid input changes nothing. */
export function setAmbition(state: MatrixState, ambition: Ambition): MatrixState {
  const next = sanitizeAmbition(ambition);
  return next ? { ...state, ambition: next } : state;
}
