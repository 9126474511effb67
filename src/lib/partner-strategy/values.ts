/**
 * Small value helpers shared by the partner-matrix modules: scores, text cleaning, name keys.
 * Pure TypeScript, no DOM.
 */
import { scoreScale } from '../../data/partner-strategy';
import { parseDecimal } from '../instrument-kit/decimal';

/**
 * Text cleaning and name keys come from the kit, shared with the questionnaire: nameKey is
 * case-, width- and space-insensitive and ignores invisible characters ("Gemeente  Utrecht" =
 * "gemeenteutrecht" = "Ge\u200Bmeente Utrecht").
 */
export {
  cleanText,
  duplicateNames,
  isBlankName,
  nameKey,
  type CleanedText,
} from '../instrument-kit/text-clean';

/** A score on the scale: clamped into 0–10 and rounded to the nearest half. Never -0. */
export function clampScore(value: number): number {
  const { min, max, step } = scoreScale;
  return Math.round(Math.min(max, Math.max(min, value)) / step) * step + 0;
}

/** A finite number from a number or a numeric string ("7,5" or "7.5"); null otherwise. */
export function readNumber(value: unknown): number | null {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' ? parseDecimal(value) : null;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

/** ‘Name’, shortened for a message. */
export function quote(name: string): string {
  const chars = Array.from(name);
  return `‘${chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : name}’`;
}

/** "a, b en c" */
export function joinDutch(items: readonly string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/** Quoted names for a message, at most five, then "en nog 12 andere". */
export function listNames(names: readonly string[]): string {
  const shown = names.slice(0, 5).map(quote);
  return names.length > 5
    ? `${shown.join(', ')} en nog ${names.length - 5} andere`
    : joinDutch(shown);
}
