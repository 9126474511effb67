// Shared by every chart on the site.

export interface LinearScale {
  (value: number): number;
  invert(pixel: number): number;
}

/**
 * A linear map from scores to pixels and back. We used d3-scale's scaleLinear first, but it
 * brings d3-interpolate, d3-color and d3-format along: 10.8 KB gzip for what these six lines
 * do, and the instrument pages have a 35 KB budget for all their script.
 */
export function linearScale(domain: [number, number], range: [number, number]): LinearScale {
  const ratio = (range[1] - range[0]) / (domain[1] - domain[0]);
  const scale = (value: number) => range[0] + (value - domain[0]) * ratio;
  scale.invert = (pixel: number) => domain[0] + (pixel - range[0]) / ratio;
  return scale;
}
