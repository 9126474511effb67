/**
 * The group's picture per partner: every participant's point, the median per axis and how far
 * the points lie apart. Pure TypeScript, no DOM.
 *
 * Spread (the disagreement measure): the mean distance, in points of the 0–10 scale, from each
 * participant's point to the median point. 0 means everyone put the partner in the same place;
 * it grows with every participant who sees the partner elsewhere, in either direction.
 */
import type { Position } from '../partner-strategy/matrix-state';
import { clampScore } from '../partner-strategy/values';
import type { ParticipantResult } from './result';
import type { SessionPartner, TeamSession } from './session';

export interface TeamPoint extends Position {
  /** The result's id and its label ("Anna", "Deelnemer 3"). */
  resultId: string;
  participant: string;
  target: Position | null;
}

export interface PartnerStat {
  partner: SessionPartner;
  points: TeamPoint[];
  /** Median per axis, rounded to the scale (half points); null without points. */
  median: Position | null;
  /** The median of the targets given, or null when nobody gave one. */
  medianTarget: Position | null;
  /** Mean distance to the median point, in scale points (0 without points). */
  spread: number;
}

/** The middle value (the mean of the two middle ones for an even count). Empty: NaN. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The median point, each axis rounded to the scale; null for no points. */
export function medianPosition(points: readonly Position[]): Position | null {
  if (points.length === 0) return null;
  return {
    influence: clampScore(median(points.map((p) => p.influence))),
    dependency: clampScore(median(points.map((p) => p.dependency))),
  };
}

/** Mean distance from the points to `centre`, rounded to two decimals. */
export function spread(points: readonly Position[], centre: Position | null): number {
  if (!centre || points.length === 0) return 0;
  const total = points.reduce(
    (sum, p) => sum + Math.hypot(p.influence - centre.influence, p.dependency - centre.dependency),
    0,
  );
  return Math.round((total / points.length) * 100) / 100;
}

/** Per partner of the session (in its order): the points of every result that placed it. */
export function aggregate(
  session: TeamSession,
  results: readonly ParticipantResult[],
  label: (result: ParticipantResult, index: number) => string,
): PartnerStat[] {
  return session.partners.map((partner) => {
    const points: TeamPoint[] = [];
    results.forEach((result, index) => {
      const placed = result.placements.find((p) => p.id === partner.id);
      if (placed)
        points.push({
          resultId: result.id,
          participant: label(result, index),
          influence: placed.influence,
          dependency: placed.dependency,
          target: placed.target,
        });
    });
    const centre = medianPosition(points);
    const targets = points.flatMap((p) => (p.target ? [p.target] : []));
    return {
      partner,
      points,
      median: centre,
      medianTarget: medianPosition(targets),
      spread: spread(points, centre),
    };
  });
}

/** Most disagreement first; equal spread: more points first, then by name. */
export function byDisagreement(stats: readonly PartnerStat[]): PartnerStat[] {
  return [...stats].sort(
    (a, b) =>
      b.spread - a.spread ||
      b.points.length - a.points.length ||
      a.partner.name.localeCompare(b.partner.name, 'nl'),
  );
}

export interface StackedPoint extends Position {
  /** How many participants put the partner exactly here. */
  count: number;
  participants: string[];
}

/** Equal points as one mark with a count, so that no participant is hidden behind another. */
export function stackPoints(points: readonly TeamPoint[]): StackedPoint[] {
  const stacks = new Map<string, StackedPoint>();
  for (const point of points) {
    const key = `${point.influence}|${point.dependency}`;
    const stack = stacks.get(key);
    if (stack) {
      stack.count++;
      stack.participants.push(point.participant);
    } else
      stacks.set(key, {
        influence: point.influence,
        dependency: point.dependency,
        count: 1,
        participants: [point.participant],
      });
  }
  return [...stacks.values()];
}
