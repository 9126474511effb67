// Where the name of each point goes on a chart, so that no two names overlap and no name lies
// over a point, a fixed text or a line (the ambition line, the middle lines). Greedy: each
// label takes the first free spot from a list of candidates around its point, nearest first;
// a spot further away gets a leader line. A name that finds no room anywhere is replaced by a
// number at its point, and the chart lists number and full name in a legend. Names are never
// shortened. Pure, so it is unit-tested.
import { linesWidth, textWidth, wrapText } from './text';

/** A rectangle: left, top, right, bottom. */
export type Box = readonly [number, number, number, number];

/** A straight line from (x1, y1) to (x2, y2). */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelInput {
  id: string;
  x: number;
  y: number;
  text: string;
}

export interface PlacedLabel {
  id: string;
  /** The lines as drawn: the full name, on one line or wrapped; or the point's number. */
  lines: string[];
  /** The number in the legend, when the name did not fit on the chart. */
  number: number | null;
  /** The box the text takes; the text is drawn left-aligned in it. */
  box: Box;
  /** True when the label stands away from its point: draw a leader line. */
  leader: boolean;
}

export interface PlacementOptions {
  fontSize: number;
  lineHeight: number;
  /** Labels stay inside this box. */
  bounds: Box;
  /** Half the size of a point: labels keep clear of every point. */
  pointRadius: number;
  /** Fixed texts and other areas to keep clear of. */
  obstacles?: readonly Box[];
  /** Lines that no label may cross. */
  lines?: readonly Segment[];
  /** A longer name is wrapped to lines of this width (at most three lines). */
  maxLabelWidth: number;
}

export const overlaps = (a: Box, b: Box) =>
  a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

/** Does the segment cross the box? (Liang–Barsky clipping.) */
export function crosses(segment: Segment, box: Box): boolean {
  const dx = segment.x2 - segment.x1;
  const dy = segment.y2 - segment.y1;
  let from = 0;
  let to = 1;
  const edges: [number, number][] = [
    [-dx, segment.x1 - box[0]],
    [dx, box[2] - segment.x1],
    [-dy, segment.y1 - box[1]],
    [dy, box[3] - segment.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) from = Math.max(from, t);
    else to = Math.min(to, t);
    if (from > to) return false;
  }
  return true;
}

/** Boxes sorted into square cells, so a check looks only at what lies near. */
class BoxIndex {
  private cells = new Map<string, Box[]>();
  constructor(private size = 64) {}
  private keys(box: Box): string[] {
    const keys: string[] = [];
    for (let i = Math.floor(box[0] / this.size); i <= Math.floor(box[2] / this.size); i++)
      for (let j = Math.floor(box[1] / this.size); j <= Math.floor(box[3] / this.size); j++)
        keys.push(`${i},${j}`);
    return keys;
  }
  add(box: Box) {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
    }
  }
  hits(box: Box): boolean {
    return this.keys(box).some((key) => this.cells.get(key)?.some((other) => overlaps(box, other)));
  }
}

/** Directions around a point, nearest first: right, left, above, below, then the corners. */
const DIRECTIONS: [number, number][] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
];

/** A box of `width` × `height` on the side `direction` of (x, y), `distance` away. */
function boxBeside(
  x: number,
  y: number,
  [dx, dy]: [number, number],
  distance: number,
  width: number,
  height: number,
): Box {
  const left = dx > 0 ? x + distance : dx < 0 ? x - distance - width : x - width / 2;
  const top = dy > 0 ? y + distance : dy < 0 ? y - distance - height : y - height / 2;
  return [left, top, left + width, top + height];
}

export function placeLabels(
  labels: readonly LabelInput[],
  options: PlacementOptions,
): PlacedLabel[] {
  const { fontSize, lineHeight, bounds, pointRadius } = options;
  const taken = new BoxIndex();
  for (const box of options.obstacles ?? []) taken.add(box);
  for (const { x, y } of labels)
    taken.add([x - pointRadius, y - pointRadius, x + pointRadius, y + pointRadius]);
  const segments = options.lines ?? [];
  const free = (box: Box) =>
    box[0] >= bounds[0] &&
    box[1] >= bounds[1] &&
    box[2] <= bounds[2] &&
    box[3] <= bounds[3] &&
    !taken.hits(box) &&
    !segments.some((segment) => crosses(segment, box));
  const near = pointRadius + 3;
  const rings = [near, near + lineHeight, near + 2.5 * lineHeight, near + 4 * lineHeight];

  /** The first free spot for a text block, or null. */
  const spot = (label: LabelInput, width: number, height: number, ringCount: number) => {
    for (const [ring, distance] of rings.slice(0, ringCount).entries())
      for (const direction of DIRECTIONS) {
        const box = boxBeside(label.x, label.y, direction, distance, width, height);
        if (free(box)) return { box, leader: ring > 0 };
      }
    return null;
  };

  const ordered = [...labels].sort((a, b) => a.y - b.y || a.x - b.x);
  const placed = new Map<string, PlacedLabel>();
  const unplaced: LabelInput[] = [];
  for (const label of ordered) {
    const variants = [[label.text]];
    // A longer name may take two or three lines; wrapped to more, it does not go on the chart.
    const wrapped = wrapText(label.text, options.maxLabelWidth, fontSize);
    if (wrapped.length > 1 && wrapped.length <= 3) variants.push(wrapped);
    let found = null;
    for (const lines of variants) {
      const where = spot(label, linesWidth(lines, fontSize), lines.length * lineHeight, 3);
      if (where) {
        found = { ...where, lines };
        break;
      }
    }
    if (!found) {
      unplaced.push(label);
      continue;
    }
    taken.add(found.box);
    placed.set(label.id, { id: label.id, number: null, ...found });
  }

  // The names that found no room become numbers, counted in the order of the input.
  const numbered = labels.filter((label) => unplaced.includes(label));
  numbered.forEach((label, index) => {
    const text = String(index + 1);
    const width = textWidth(text, fontSize);
    const where = spot(label, width, lineHeight, rings.length) ?? {
      // Crowded all round: the number goes right of its point regardless.
      box: boxBeside(label.x, label.y, DIRECTIONS[0], near, width, lineHeight),
      leader: false,
    };
    taken.add(where.box);
    placed.set(label.id, { id: label.id, lines: [text], number: index + 1, ...where });
  });
  return labels.map((label) => placed.get(label.id)!);
}
