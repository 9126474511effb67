// Dutch decimal numbers ("7,5"), apart from the CSV code so that the instruments can show and
// read scores without loading the CSV parser at start.

/** A plain decimal number with a point or a comma, nothing else. */
export const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;

/** "7,5" → 7.5, "7.5" → 7.5, " 8 " → 8, "" → null, "abc"/"7,5,1"/"1e400"/"NaN" → NaN. */
export function parseDecimal(text: string): number | null {
  const t = String(text ?? '')
    .trim()
    .replace(/^\u2212/, '-');
  if (t === '') return null;
  if (!PLAIN_NUMBER.test(t)) return NaN;
  const value = Number(t.replace(',', '.'));
  return Number.isFinite(value) ? value : NaN;
}

/**
 * 7.5 → "7,5", 8 → "8" (Dutch decimal comma, no thousands separator, at most 2 decimals,
 * rounded). NaN and ±Infinity → "".
 */
export function formatDecimal(value: number): string {
  if (!Number.isFinite(value)) return '';
  const text = value
    .toFixed(2)
    .replace(/\.?0+$/, '')
    .replace('.', ',');
  return text === '-0' ? '0' : text;
}
