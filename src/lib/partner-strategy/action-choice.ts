/**
 * Step 4 for one relation: the actions that fit its form and the directions chosen for it,
 * without two actions that pull opposite ways (rules and exclusions: src/data/relation-actions.ts).
 *
 *  C1 An action fits when a rule puts it under one of the chosen directions for this form.
 *  C2 When two fitting actions exclude each other, one stays:
 *     a. the one that serves more of the chosen directions;
 *     b. else the one that pulls to the side the relation should go: the chosen horizontal
 *        direction, or without one, right for a partner you depend on and left for a
 *        replaceable one (a school board you cannot replace gets certainty for years, a
 *        replaceable partner gets competition);
 *     c. else the one that serves the earlier chosen direction (the arrow lists up or down
 *        first; a suggestion lists its main direction first);
 *     d. else the one that comes first in the data.
 *  C3 The list shows actions that serve more chosen directions first, then by the earliest
 *     direction they serve, then in data order.
 */
import {
  actions,
  type Action,
  type DirectionId,
  type RelationForm,
} from '../../data/partner-strategy';
import { directionsOfAction, directionsServed, excludes } from '../../data/relation-actions';

export interface ActionChoice {
  form: RelationForm;
  /** The arrow's directions, or the suggested ones; most important first. */
  directions: readonly DirectionId[];
  /** Whether you depend on the partner (dependency above the middle of the scale). */
  dependent: boolean;
}

interface Candidate {
  action: Action;
  index: number;
  score: number;
  /** Index in the chosen directions of the first one this action serves. */
  first: number;
  leans: boolean;
}

export function chooseActions({ form, directions, dependent }: ActionChoice): Action[] {
  const side: DirectionId = directions.includes('links')
    ? 'links'
    : directions.includes('rechts')
      ? 'rechts'
      : dependent
        ? 'rechts'
        : 'links';
  const candidates: Candidate[] = [];
  actions.forEach((action, index) => {
    const served = directionsServed(action.id, form, directions);
    if (served.length === 0) return;
    candidates.push({
      action,
      index,
      score: served.length,
      first: directions.indexOf(served[0]),
      leans: directionsOfAction(action.id).includes(side),
    });
  });
  const strongestFirst = [...candidates].sort(
    (a, b) =>
      b.score - a.score ||
      Number(b.leans) - Number(a.leans) ||
      a.first - b.first ||
      a.index - b.index,
  );
  const kept: Candidate[] = [];
  for (const candidate of strongestFirst) {
    if (!kept.some((other) => excludes(other.action.id, candidate.action.id))) kept.push(candidate);
  }
  return kept
    .sort((a, b) => b.score - a.score || a.first - b.first || a.index - b.index)
    .map((candidate) => candidate.action);
}
