/**
 * Small value helpers shared by the partner-matrix modules: scores, text cleaning, name keys.
 * Pure TypeScript, no DOM.
 */
import { scoreScale } from '../../data/partner-strategy';
import { parseDecimal } from '../instrument-kit/decimal';

/** Case- and space-insensitive key for comparing names: "Gemeente  Utrecht" = "gemeenteutrecht". */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('nl').replace(/\s+/g, '');
}

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

/**
 * A valid surrogate pair (kept), or one character to look at: C0 and C1 control characters,
 * DEL, the bidi embeddings and overrides (U+202A–U+202E), the bidi isolates (U+2066–U+2069)
 * and lone surrogates. Written without look-behind so that older Safari can parse it.
 */
const INVISIBLE =
  /[\ud800-\udbff][\udc00-\udfff]|[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/g;

export interface CleanedText {
  text: string;
  /** Invisible or direction-changing characters were removed. */
  cleaned: boolean;
  /** The text was longer than the limit and was cut. */
  cut: boolean;
}

/**
 * Text from a user, made safe to keep: only strings, numbers and booleans count as text;
 * control characters and bidi controls are removed (a newline survives in multi-line text,
 * a tab becomes a space, in a name every line break becomes a space); cut at `limit` UTF-16
 * units without splitting an emoji. `trim: false` is for editing, so that typing a space works.
 */
export function cleanText(
  value: unknown,
  limit: number,
  multiline: boolean,
  trim = true,
): CleanedText {
  let text =
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : '';
  // No needless work on a huge string: what lies far beyond the limit is cut anyway.
  let cut = text.length > limit * 8;
  if (cut) text = text.slice(0, limit * 8);
  const spaced = multiline
    ? text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ')
    : text.replace(/[\t\n\v\f\r]/g, ' ');
  let out = spaced.replace(INVISIBLE, (c) =>
    c.length === 2 || (multiline && c === '\n') ? c : '',
  );
  const cleaned = out !== spaced;
  if (trim) out = out.trim();
  if (out.length > limit) {
    out = out.slice(0, limit);
    if (/[\ud800-\udbff]$/.test(out)) out = out.slice(0, -1);
    if (trim) out = out.trimEnd();
    cut = true;
  }
  return { text: out, cleaned, cut };
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
