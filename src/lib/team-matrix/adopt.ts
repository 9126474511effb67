/**
 * Adopting the team's view: per partner the median of the group, or the point of one chosen
 * participant, becomes the partner's position in a partner matrix. Pure TypeScript, no DOM.
 */
import { defaultAmbition } from '../../data/partner-strategy';
import type { MatrixState, Position } from '../partner-strategy/matrix-state';
import type { PartnerStat } from './aggregate';
import type { TeamSession } from './session';

const samePosition = (a: Position, b: Position) =>
  a.influence === b.influence && a.dependency === b.dependency;

/** A partner whose team position is one participant's point instead of the median. */
export interface TeamChoice {
  /** The partner's id. */
  id: string;
  resultId: string;
}

export interface TeamPosition {
  position: Position;
  /** Only when the session asked for targets and someone gave one. */
  target: Position | null;
  /** "de mediaan" or the participant's label. */
  from: string;
}

/** The team's position per partner id: the chosen participant's point, else the median. */
export function teamPositions(
  stats: readonly PartnerStat[],
  choices: readonly TeamChoice[],
  withTargets: boolean,
): Map<string, TeamPosition> {
  const positions = new Map<string, TeamPosition>();
  for (const stat of stats) {
    if (!stat.median) continue;
    const choice = choices.find((c) => c.id === stat.partner.id);
    const chosen = choice && stat.points.find((p) => p.resultId === choice.resultId);
    positions.set(
      stat.partner.id,
      chosen
        ? {
            position: { influence: chosen.influence, dependency: chosen.dependency },
            target: withTargets ? chosen.target : null,
            from: chosen.participant,
          }
        : {
            position: stat.median,
            target: withTargets ? stat.medianTarget : null,
            from: 'de mediaan',
          },
    );
  }
  return positions;
}

/**
 * The matrix with the team's positions. Partners without a team position keep theirs; a
 * target is only replaced when the team gave one. `missing` counts team positions whose
 * partner is no longer in the matrix.
 */
export function adoptPositions(
  matrix: MatrixState,
  positions: ReadonlyMap<string, TeamPosition>,
): { state: MatrixState; changed: number; missing: number } {
  let changed = 0;
  const partners = matrix.partners.map((row) => {
    const team = positions.get(row.id);
    if (!team) return row;
    const target = team.target ?? row.target;
    const same =
      samePosition(row, team.position) &&
      (target === row.target || (!!target && !!row.target && samePosition(target, row.target)));
    if (same) return row;
    changed++;
    return { ...row, ...team.position, target };
  });
  const ids = new Set(matrix.partners.map((p) => p.id));
  const missing = [...positions.keys()].filter((id) => !ids.has(id)).length;
  return { state: changed ? { ...matrix, partners } : matrix, changed, missing };
}

/**
 * A matrix rebuilt from the session alone (for when the trainer's matrix is gone): its goals
 * and partners, each partner in the middle of the chart until the team places it.
 */
export function matrixFromSession(session: TeamSession): MatrixState {
  return {
    v: 1,
    goals: session.goals.map((g) => ({ ...g, urgency: 'middel' })),
    partners: session.partners.map((p) => ({
      ...p,
      relation: 'anders',
      influence: 5,
      dependency: 5,
      target: null,
      notes: '',
    })),
    ambition: { ...defaultAmbition },
  };
}
