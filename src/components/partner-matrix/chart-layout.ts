// Geometry of the partner chart: scales from scores to SVG coordinates, and label
// placement that keeps labels of nearby partners readable. Pure, so it is unit-tested.
import { scoreScale } from '../../data/partner-strategy';
import { shortenLabel } from '../../lib/charts/labels';
import { valueScale } from '../../lib/charts/scales';

export const CHART = { width: 640, height: 500, top: 44, right: 24, bottom: 64, left: 72 } as const;

/** Gridlines and axis numbers: every other point of the 0–10 scale. */
export const TICK_COUNT = 5;

/** Dependency (x, to the right) and influence (y, upwards) in SVG coordinates. */
export function chartScales() {
  const domain = [scoreScale.min, scoreScale.max] as const;
  return {
    x: valueScale(domain, [CHART.left, CHART.width - CHART.right], TICK_COUNT),
    y: valueScale(domain, [CHART.height - CHART.bottom, CHART.top], TICK_COUNT),
  };
}

/** The six numbers of a 2D affine matrix, as a DOMMatrix holds them. */
export interface Affine {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

/** A point through a matrix: screen coordinates (clientX, clientY) to the chart's own. */
export function applyMatrix(m: Affine, x: number, y: number): [number, number] {
  return [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f];
}

/**
 * Screen to chart coordinates worked out from the SVG's box, for when the platform gives no
 * screen matrix: the viewBox fits the box as preserveAspectRatio's default (xMidYMid meet)
 * places it. Null for a box without size (the chart is not shown).
 */
export function boxToChart(box: {
  left: number;
  top: number;
  width: number;
  height: number;
}): Affine | null {
  if (!(box.width > 0 && box.height > 0)) return null;
  const scale = Math.min(box.width / CHART.width, box.height / CHART.height);
  const left = box.left + (box.width - CHART.width * scale) / 2;
  const top = box.top + (box.height - CHART.height * scale) / 2;
  return { a: 1 / scale, b: 0, c: 0, d: 1 / scale, e: -left / scale, f: -top / scale };
}

/** Rounds a score to the scale's step and keeps it on the scale. */
export function snapScore(value: number): number {
  const { min, max, step } = scoreScale;
  if (!Number.isFinite(value)) return min;
  return Math.min(max, Math.max(min, Math.round(value / step) * step));
}

export interface LabelInput {
  id: string;
  x: number;
  y: number;
  text: string;
}

export interface PlacedLabel {
  id: string;
  /** The text as drawn: long names are shortened. */
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
  /** True when the label had to move away from its point: draw a leader line. */
  moved: boolean;
}

const LINE_HEIGHT = 15;
const CHAR_WIDTH = 6.6;
/** Longer partner names are shortened on the chart only. */
const MAX_LABEL_CHARS = 24;

/**
 * Greedy placement: each label starts right of its point (left of it near the right edge);
 * when it overlaps a label already placed, it moves down (then up) in line-height steps.
 */
export type Box = [left: number, top: number, right: number, bottom: number];

/** The box a text of this length takes, given its anchor point and alignment. */
export function textBox(x: number, y: number, text: string, anchor: 'start' | 'end'): Box {
  const width = text.length * CHAR_WIDTH;
  const left = anchor === 'start' ? x : x - width;
  return [left, y - LINE_HEIGHT + 4, left + width, y + 4];
}

export function placeLabels(
  labels: readonly LabelInput[],
  obstacles: readonly Box[] = [],
): PlacedLabel[] {
  const placed: { box: Box; label: PlacedLabel | null }[] = obstacles.map((box) => ({
    box,
    label: null,
  }));
  const ordered = [...labels].sort((a, b) => a.y - b.y || a.x - b.x);
  const overlaps = (box: Box) =>
    placed.some(
      ({ box: other }) =>
        box[0] < other[2] && box[2] > other[0] && box[1] < other[3] && box[3] > other[1],
    );
  for (const label of ordered) {
    const text = shortenLabel(label.text, MAX_LABEL_CHARS);
    const width = text.length * CHAR_WIDTH;
    const anchor: 'start' | 'end' = label.x + 10 + width > CHART.width - 4 ? 'end' : 'start';
    const left = anchor === 'start' ? label.x + 10 : label.x - 10 - width;
    const boxAt = (y: number): Box => [left, y - LINE_HEIGHT + 4, left + width, y + 4];
    let y = label.y + 4;
    for (let attempt = 1; overlaps(boxAt(y)) && attempt < 24; attempt++) {
      const offset = Math.ceil(attempt / 2) * LINE_HEIGHT * (attempt % 2 ? 1 : -1);
      y = label.y + 4 + offset;
    }
    const result: PlacedLabel = {
      id: label.id,
      text,
      x: anchor === 'start' ? label.x + 10 : label.x - 10,
      y,
      anchor,
      moved: Math.abs(y - (label.y + 4)) > 1,
    };
    placed.push({ box: boxAt(y), label: result });
  }
  const byId = new Map(placed.flatMap(({ label }) => (label ? [[label.id, label] as const] : [])));
  return labels.map((label) => byId.get(label.id)!);
}
