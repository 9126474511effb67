// Scales and ticks shared by every chart on the site. The API follows d3-scale's scaleLinear
// (a callable scale with invert and ticks) and d3-array's ticks, so a later switch to d3-scale
// only changes this file.

export interface LinearScale {
  (value: number): number;
  invert(pixel: number): number;
  /** About `count` round values across the domain (d3's scale.ticks). */
  ticks(count?: number): number[];
}

/**
 * A linear map from scores to pixels and back. We used d3-scale's scaleLinear first, but it
 * brings d3-interpolate, d3-color and d3-format along: 10.8 KB gzip for what these few lines
 * do, and the instrument pages have a 35 KB budget for all their script.
 */
export function linearScale(domain: [number, number], range: [number, number]): LinearScale {
  const ratio = (range[1] - range[0]) / (domain[1] - domain[0]);
  const scale = (value: number) => range[0] + (value - domain[0]) * ratio;
  scale.invert = (pixel: number) => domain[0] + (pixel - range[0]) / ratio;
  scale.ticks = (count = 10) => ticks(domain[0], domain[domain.length - 1], count);
  return scale;
}

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** The tick indices and step for start ≤ stop; a negative step means "divide by −step". */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / Math.pow(10, power);
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  let i1: number;
  let i2: number;
  let inc: number;
  if (power < 0) {
    inc = Math.pow(10, -power) / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = Math.pow(10, power) * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

/**
 * About `count` evenly spaced round values (steps of 1, 2 or 5 times a power of ten) from
 * `start` to `stop`, both included when they are round; the same values as d3-array's ticks.
 * A scale of whole points from min to max gets every point with `count` = max − min.
 */
export function ticks(start: number, stop: number, count: number): number[] {
  if (!(count > 0) || !Number.isFinite(start) || !Number.isFinite(stop)) return [];
  if (start === stop) return [start];
  const reverse = stop < start;
  const [i1, i2, inc] = reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  const n = i2 - i1 + 1;
  // Dividing by the inverse step keeps 0.1, 0.2, 0.3 exact where multiplying would not.
  const at = (i: number) => (inc < 0 ? i / -inc : i * inc);
  return Array.from({ length: n }, (_, i) => at(reverse ? i2 - i : i1 + i));
}
