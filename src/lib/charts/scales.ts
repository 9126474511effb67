// Scales and ticks for every chart on the site, from d3-scale. Only scaleLinear is imported, by
// name, so the bundler leaves the rest of d3-scale out. The rows of the questionnaire charts
// have the height their wrapped names need, so row-layout.ts stacks them. scaleLinear
// brings d3-interpolate, d3-color and d3-format along (its default interpolator and tickFormat
// reference them even when unused): see the README's Stack section for what that costs.
import { scaleLinear, type ScaleLinear } from 'd3-scale';

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
