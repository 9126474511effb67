/**
 * The ambition line (source 002, step 2; source 004, step 3): a partner above the line
 * contributes enough. The influence it needs rises with how much you depend on it, linearly
 * from the setting at "no dependency" (0) to the setting at "full dependency" (10).
 */
import { scoreScale, type Ambition } from '../../data/partner-strategy';
import type { Position } from './matrix-state';
import { clampScore, readNumber } from './values';

/** The influence a partner needs at this dependency. */
export function requiredInfluence(dependency: number, ambition: Ambition): number {
  const share = (dependency - scoreScale.min) / (scoreScale.max - scoreScale.min);
  return ambition.atNoDependency + (ambition.atFullDependency - ambition.atNoDependency) * share;
}

/** Influence minus the required influence: above 0 is above the line. */
export function gapToLine(position: Position, ambition: Ambition): number {
  return position.influence - requiredInfluence(position.dependency, ambition);
}

export type LineSide = 'boven' | 'op' | 'onder';

/** Within a quarter point of the line counts as on it. */
export function sideOfLine(position: Position, ambition: Ambition): LineSide {
  const gap = gapToLine(position, ambition);
  return Math.abs(gap) < 0.25 ? 'op' : gap > 0 ? 'boven' : 'onder';
}

/**
 * Both ends of the line from unknown input (numbers or numeric strings such as "7,5"),
 * clamped into 0–10 and rounded to a half; null when either end is missing or not a number.
 */
export function sanitizeAmbition(value: unknown): Ambition | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const low = readNumber(Object.hasOwn(record, 'atNoDependency') ? record.atNoDependency : null);
  const high = readNumber(
    Object.hasOwn(record, 'atFullDependency') ? record.atFullDependency : null,
  );
  if (low === null || high === null) return null;
  return { atNoDependency: clampScore(low), atFullDependency: clampScore(high) };
}
