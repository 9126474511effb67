/**
 * Stands in for d3-format in the browser build (astro.config.ts aliases it). d3-scale only
 * needs it for scale.tickFormat, which our charts do not use (they print ticks with
 * formatDecimal, in Dutch); the real package is ~2 KB gzip of locale tables. These keep the
 * same names and give plain Dutch numbers, so a stray tickFormat still prints something sane.
 */
const dutch = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 6 });

export interface FormatSpecifier {
  precision?: number;
  type?: string;
}

export function formatSpecifier(specifier: string): FormatSpecifier {
  const match = /\.(\d+)([a-z%]?)$/.exec(specifier);
  return match ? { precision: Number(match[1]), type: match[2] } : {};
}

export function format(specifier: string): (value: number) => string {
  const { precision } = formatSpecifier(specifier);
  const formatter =
    precision === undefined
      ? dutch
      : new Intl.NumberFormat('nl-NL', { maximumFractionDigits: Math.min(precision, 20) });
  return (value) => formatter.format(value);
}

export function formatPrefix(specifier: string): (value: number) => string {
  return format(specifier);
}

export const precisionFixed = (step: number) =>
  Math.max(0, -Math.floor(Math.log10(Math.abs(step))));
export const precisionRound = (step: number, max: number) =>
  Math.max(0, Math.floor(Math.log10(Math.abs(max))) - Math.floor(Math.log10(Math.abs(step))));
export const precisionPrefix = precisionRound;
