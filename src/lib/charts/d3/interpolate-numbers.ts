/**
 * Stands in for d3-interpolate in the browser build (astro.config.ts aliases it). d3-scale's
 * scaleLinear uses d3-interpolate's generic `interpolate` as its default, which pulls in every
 * interpolator and d3-color (~6 KB gzip); our charts only map numbers to pixels, so these
 * number-only versions do the same work. Unit tests run against the real package.
 */
type Interpolator = (t: number) => number;

export function interpolateNumber(a: number, b: number): Interpolator {
  const from = +a;
  const to = +b;
  return (t) => from * (1 - t) + to * t;
}

/** Numbers only: a chart range is always numbers. */
export const interpolate = interpolateNumber;

export function interpolateRound(a: number, b: number): Interpolator {
  const inner = interpolateNumber(a, b);
  return (t) => Math.round(inner(t));
}

/** d3's piecewise for numbers: one interpolator over several stops. */
export function piecewise(
  interpolator: (a: number, b: number) => Interpolator,
  values: number[],
): Interpolator {
  const n = values.length - 1;
  const parts = values.slice(1).map((value, i) => interpolator(values[i], value));
  return (t) => {
    const i = Math.max(0, Math.min(n - 1, Math.floor((t *= n))));
    return parts[i](t - i);
  };
}
