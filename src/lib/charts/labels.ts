// Text on the charts. Pure, so it is unit-tested.

const ELLIPSIS = '…';

/**
 * A label of at most `maxChars` characters: a longer one keeps its first `maxChars` − 1 and
 * ends in "…". Only the chart shortens; tables, lists and accessible names keep the full text.
 * The cut never falls inside a character written as two UTF-16 units (most emoji).
 */
export function shortenLabel(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  let end = Math.max(0, maxChars - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}${ELLIPSIS}`;
}
