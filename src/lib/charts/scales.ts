// Scales and ticks for every chart on the site: d3's linear scale and tick algorithm (d3-scale
// scaleLinear, d3-array ticks and tickIncrement, ISC licence), reduced to the four things our
// charts use: map, invert, ticks and nice. scaleLinear itself carries clamp, unknown,
// interpolators, piecewise domains and tickFormat in one closure that no bundler can split, which
// cost every instrument page about 1.5 KB gzip. scales.test.ts checks these numbers against
// d3-scale itself, value for value.

/** A linear map from scores to pixels, with invert, ticks and the domain after nice. */
export interface ValueScale {
  (value: number): number;
  invert(pixel: number): number;
  ticks(count: number): number[];
  domain(): [number, number];
}

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** d3-array's tickSpec: the first and last tick index and the step (negative: 1/step). */
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

/** d3-array's ticks: round values (1, 2 or 5 times a power of ten) from start to stop. */
function ticks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const reverse = stop < start;
  const [i1, i2, inc] = reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  const n = i2 - i1 + 1;
  const result: number[] = [];
  for (let i = 0; i < n; ++i) {
    const index = reverse ? i2 - i : i1 + i;
    result.push(inc < 0 ? index / -inc : index * inc);
  }
  return result;
}

/** d3's linear nice: widens [start, stop] until both ends are ticks for `count`. */
function nice(domain: [number, number], count: number): [number, number] {
  const reverse = domain[1] < domain[0];
  let [start, stop] = reverse ? [domain[1], domain[0]] : domain;
  let previous: number | undefined;
  for (let tries = 10; tries > 0; tries--) {
    const step = tickSpec(start, stop, count)[2];
    if (step === previous) return reverse ? [stop, start] : [start, stop];
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    previous = step;
  }
  return domain;
}

/** d3's two-point map: `from` onto `to`, either of them running backwards. */
function linear(from: [number, number], to: [number, number]): (value: number) => number {
  const [a, b, c, d] = from[1] < from[0] ? [from[1], from[0], to[1], to[0]] : [...from, ...to];
  const width = b - a;
  return (value) => {
    const t = width ? (value - a) / width : isNaN(width) ? NaN : 0.5;
    return c * (1 - t) + d * t;
  };
}

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
  const niceDomain = nice([domain[0], domain[1]], tickCount);
  const pixels: [number, number] = [range[0], range[1]];
  const scale = linear(niceDomain, pixels) as ValueScale;
  scale.invert = linear(pixels, niceDomain);
  scale.ticks = (count) => ticks(niceDomain[0], niceDomain[1], count);
  scale.domain = () => [niceDomain[0], niceDomain[1]];
  return scale;
}
