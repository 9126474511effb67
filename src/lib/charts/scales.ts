// Scales and ticks for every chart on the site, from d3-scale. Only scaleLinear, scaleBand and
// scalePoint are imported, by name, so the bundler leaves the rest of d3-scale out. scaleLinear
// brings d3-interpolate, d3-color and d3-format along (its default interpolator and tickFormat
// reference them even when unused): see the README's Stack section for what that costs.
import {
  scaleBand,
  scaleLinear,
  scalePoint,
  type ScaleBand,
  type ScaleLinear,
  type ScalePoint,
} from 'd3-scale';

/** A linear map from scores to pixels, with invert, ticks and nice (d3's scaleLinear). */
export type ValueScale = ScaleLinear<number, number, never>;

/**
 * Scores in `domain` to pixels in `range` (either may run backwards). The domain is widened to
 * round values with nice(`tickCount`), so both ends are ticks of `scale.ticks(tickCount)`.
 * A scale of whole points from min to max gets a tick on every point with a count of max − min.
 */
export function valueScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  tickCount = 10,
): ValueScale {
  return scaleLinear().domain(domain).range(range).nice(tickCount);
}

/**
 * Rows of bars, one row of `step` pixels per key from `start` down. Each bar is as thick as
 * `bandwidth()`: the row less `gap` (a fraction), with the gap split above and below it.
 */
export function barRows(
  keys: readonly string[],
  start: number,
  step: number,
  gap: number,
): ScaleBand<string> {
  return scaleBand<string>()
    .domain(keys)
    .range([start, start + keys.length * step])
    .paddingInner(gap)
    .paddingOuter(gap / 2);
}

/** Rows of marks on a line each: the first key at `start`, every next one `step` further. */
export function pointRows(
  keys: readonly string[],
  start: number,
  step: number,
): ScalePoint<string> {
  return scalePoint<string>()
    .domain(keys)
    .range([start, start + Math.max(0, keys.length - 1) * step]);
}
