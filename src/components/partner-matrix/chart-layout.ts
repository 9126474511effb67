// Geometry of the partner chart, laid out in real pixels for the width it gets: scales from
// scores to pixels, the legend, the area names, the axes and where each partner's name goes.
// Text keeps its size at any width (12 px or more); what does not fit wraps, and names that
// find no room become numbers with a legend below the chart. Pure, so it is unit-tested.
import { axes, quadrants, scoreScale, type Ambition } from '../../data/partner-strategy';
import {
  crosses,
  overlaps,
  placeLabels,
  type Box,
  type PlacedLabel,
  type Segment,
} from '../../lib/charts/label-placement';
import { valueScale, type ValueScale } from '../../lib/charts/scales';
import { lineBox, textBlock, textWidth, type TextLine } from '../../lib/charts/text';
import { formatScore } from './wording';

/** Gridlines and axis numbers: every other point of the 0–10 scale. */
export const TICK_COUNT = 5;
/** The width laid out before the chart is measured (the server's render, print, export). */
export const DEFAULT_WIDTH = 640;
/** Wider than this, the chart grows no further. */
const MAX_WIDTH = 720;
const PAD = 8;
/** Partner names and area names. */
const FONT = 13;
const LINE = 16;
/** Tick numbers, the legend and the ends of the axes. */
const SMALL = 12;
/** Half the size of a drawn point. */
export const POINT_RADIUS = 9;
/** Half the size of the area that takes a press or click on a point (24 px or more). */
export const HIT_RADIUS = 14;

/** Dependency (x, to the right) and influence (y, upwards) in pixels. */
export function chartScales(plot: { left: number; top: number; size: number }) {
  const domain = [scoreScale.min, scoreScale.max] as const;
  return {
    x: valueScale(domain, [plot.left, plot.left + plot.size], TICK_COUNT),
    y: valueScale(domain, [plot.top + plot.size, plot.top], TICK_COUNT),
  };
}

export interface ChartPartner {
  id: string;
  name: string;
  influence: number;
  dependency: number;
  target: { influence: number; dependency: number } | null;
}

/** Texts above the chart (an export's title, goal and date), and the y where the chart starts. */
export interface ChartTop {
  texts: TextLine[];
  next: number;
}

export interface LegendMark {
  side: 'boven' | 'op' | 'onder';
  x: number;
  y: number;
}

export interface MatrixLayout {
  width: number;
  height: number;
  x: ValueScale;
  y: ValueScale;
  ticks: number[];
  plot: { left: number; top: number; right: number; bottom: number };
  /** Header (exports only), legend, area names, axes, ambition line label, number legend. */
  texts: TextLine[];
  legendMarks: LegendMark[];
  /** The y-axis title, drawn turned a quarter: its centre. */
  yTitle: { x: number; y: number; text: string };
  ambitionLine: Segment;
  /** One per partner, in the order given. */
  labels: PlacedLabel[];
}

const LEGEND: { side: LegendMark['side']; text: string }[] = [
  { side: 'boven', text: 'boven de lijn' },
  { side: 'op', text: 'op de lijn' },
  { side: 'onder', text: 'onder de lijn' },
];

/** The legend's three marks and words, flowing onto a next row when the width runs out. */
function legendRows(left: number, right: number, top: number) {
  const texts: TextLine[] = [];
  const marks: LegendMark[] = [];
  let x = left;
  let y = top + SMALL;
  for (const item of LEGEND) {
    const width = 18 + textWidth(item.text, SMALL);
    if (x > left && x + width > right) {
      x = left;
      y += LINE + 2;
    }
    marks.push({ side: item.side, x: x + 6, y: y - 4 });
    texts.push({ x: x + 16, y, text: item.text, size: SMALL });
    x += width + 16;
  }
  return { texts, marks, next: y + LINE + 2 };
}

export interface LayoutOptions {
  /**
   * Area names and "Ambitielijn" keep clear of the partners' points and arrows too, and no
   * name crosses an arrow. For a chart that does not change (the schema in the chapter): on
   * the instrument the fixed texts stay put while a point is dragged over them.
   */
  clearOfPartners?: boolean;
}

/** The square a point (or a desired position) takes on the chart. */
const pointBox = (px: number, py: number): Box => [
  px - POINT_RADIUS,
  py - POINT_RADIUS,
  px + POINT_RADIUS,
  py + POINT_RADIUS,
];

export function matrixLayout(
  availableWidth: number,
  partners: readonly ChartPartner[],
  ambition: Ambition,
  top?: ChartTop,
  options: LayoutOptions = {},
): MatrixLayout {
  const width = Math.max(240, Math.min(MAX_WIDTH, Math.floor(availableWidth)));
  const full = width - 2 * PAD;
  const texts: TextLine[] = [];
  // Above the chart (an export): its texts from PAD down, and where the chart starts.
  texts.push(...(top?.texts ?? []));
  const legend = legendRows(PAD, width - PAD, top?.next ?? PAD);
  texts.push(...legend.texts);
  const caption = textBlock(
    `Ambitielijn: invloed ${formatScore(ambition.atNoDependency)} bij afhankelijkheid 0, ${formatScore(ambition.atFullDependency)} bij 10`,
    { x: PAD, y: legend.next, maxWidth: full, lineHeight: LINE },
    { size: SMALL },
  );
  texts.push(...caption.lines);

  // The plot is square; the axis title and tick numbers take the room on its left.
  const left = PAD + 22 + textWidth('10', SMALL) + 8;
  const size = Math.min(width - left - 16, 560);
  const plotTop = caption.next + 4;
  const { x, y } = chartScales({ left, top: plotTop, size });
  const [low, high] = x.domain();
  const middle = (low + high) / 2;
  const plot = { left, top: plotTop, right: x(high), bottom: y(low) };
  const ticks = x.ticks(TICK_COUNT);
  for (const tick of ticks) {
    texts.push(
      {
        x: x(tick),
        y: plot.bottom + 16,
        text: String(tick),
        size: SMALL,
        anchor: 'middle',
        muted: true,
      },
      { x: left - 6, y: y(tick) + 4, text: String(tick), size: SMALL, anchor: 'end', muted: true },
    );
  }

  const ambitionLine = {
    x1: plot.left,
    y1: y(ambition.atNoDependency),
    x2: plot.right,
    y2: y(ambition.atFullDependency),
  };

  // What a static chart keeps its fixed texts clear of: points, desired positions, arrows.
  const partnerBoxes: Box[] = [];
  const arrows: Segment[] = [];
  if (options.clearOfPartners) {
    for (const partner of partners) {
      const [px, py] = [x(partner.dependency), y(partner.influence)];
      partnerBoxes.push(pointBox(px, py));
      if (!partner.target) continue;
      const [tx, ty] = [x(partner.target.dependency), y(partner.target.influence)];
      partnerBoxes.push(pointBox(tx, ty));
      arrows.push({ x1: px, y1: py, x2: tx, y2: ty });
    }
  }
  const isClear = (box: Box) =>
    !partnerBoxes.some((point) => overlaps(point, box)) &&
    !arrows.some((arrow) => crosses(arrow, box));

  // The area names, wrapped to half the plot, in the outer corner of their area; where the
  // ambition line (or, on a static chart, a partner) is in that corner, in another corner.
  const areaWidth = size / 2 - 12;
  const areaTexts: TextLine[] = [];
  const [midX, midY] = [x(middle), y(middle)];
  for (const quadrant of quadrants) {
    const isRight = quadrant.id === 'strategisch' || quadrant.id === 'afhankelijk-beperkt';
    const isTop = quadrant.id === 'strategisch' || quadrant.id === 'vervangbaar-sterk';
    // The first corner where the name is clear of everything, else the one where it is least
    // in the way: under a point or an arrow (drawn over it) is worse than over the ambition
    // line (drawn under it, the name keeps a halo).
    let chosen: TextLine[] = [];
    let chosenRank = Infinity;
    // A static chart also tries each corner a line or two further in, past a partner.
    const steps = options.clearOfPartners ? [0, 1, 2] : [0];
    const corners = [
      [isRight, isTop],
      [!isRight, isTop],
      [isRight, !isTop],
    ];
    for (const [step, [alignRight, alignTop]] of steps.flatMap((n) =>
      corners.map((corner) => [n, corner] as const),
    )) {
      const edge = alignRight ? (isRight ? plot.right : midX) - 6 : (isRight ? midX : left) + 6;
      const block = textBlock(
        quadrant.label,
        { x: edge, y: 0, maxWidth: areaWidth, lineHeight: LINE },
        { size: FONT, bold: true, muted: true, anchor: alignRight ? 'end' : 'start' },
      );
      const shift = alignTop
        ? (isTop ? plot.top : midY) + FONT + 4 + step * LINE
        : (isTop ? midY : plot.bottom) - 8 - (block.lines.length - 1 + step) * LINE;
      const lines = block.lines.map((line) => ({ ...line, y: line.y + shift }));
      const boxes = lines.map(lineBox);
      const rank =
        (boxes.every(isClear) ? 0 : 2) + (boxes.some((box) => crosses(ambitionLine, box)) ? 1 : 0);
      if (rank < chosenRank) [chosen, chosenRank] = [lines, rank];
      if (rank === 0) break;
    }
    areaTexts.push(...chosen);
  }
  texts.push(...areaTexts);

  // Below the plot: the axis title, and what its two ends mean.
  texts.push({
    x: (left + plot.right) / 2,
    y: plot.bottom + 36,
    text: `${axes.dependency.label} →`,
    size: 14,
    bold: true,
    anchor: 'middle',
  });
  const endWidth = size / 2 - 8;
  const lowEnd = textBlock(
    axes.dependency.low,
    { x: left, y: plot.bottom + 54, maxWidth: endWidth, lineHeight: LINE },
    { size: SMALL, muted: true },
  );
  const highEnd = textBlock(
    axes.dependency.high,
    { x: plot.right, y: plot.bottom + 54, maxWidth: endWidth, lineHeight: LINE },
    { size: SMALL, muted: true, anchor: 'end' },
  );
  texts.push(...lowEnd.lines, ...highEnd.lines);

  const middleLines: Segment[] = [
    { x1: x(middle), y1: plot.top, x2: x(middle), y2: plot.bottom },
    { x1: plot.left, y1: y(middle), x2: plot.right, y2: y(middle) },
  ];
  const lines = [ambitionLine, ...middleLines, ...arrows];
  const bounds: Box = [plot.left + 2, plot.top + 2, plot.right - 2, plot.bottom - 2];
  const obstacles: Box[] = [...areaTexts.map(lineBox), ...partnerBoxes];

  // "Ambitielijn" right beside the line, clear of the other lines: near its left end if it fits.
  for (const along of [0.12, 0.3, 0.7, 0.88, 0.5]) {
    const [label] = placeLabels(
      [
        {
          id: 'ambitielijn',
          x: ambitionLine.x1 + (ambitionLine.x2 - ambitionLine.x1) * along,
          y: ambitionLine.y1 + (ambitionLine.y2 - ambitionLine.y1) * along,
          text: 'Ambitielijn',
        },
      ],
      {
        fontSize: FONT,
        lineHeight: LINE,
        bounds,
        pointRadius: 2,
        obstacles,
        lines,
        maxLabelWidth: size,
      },
    );
    if (label.number === null && !label.leader) {
      obstacles.push(label.box);
      texts.push(labelLine(label, 0, 'Ambitielijn', true));
      break;
    }
  }

  if (!options.clearOfPartners)
    for (const partner of partners)
      if (partner.target)
        obstacles.push(pointBox(x(partner.target.dependency), y(partner.target.influence)));
  const labels = placeLabels(
    partners.map((partner) => ({
      id: partner.id,
      x: x(partner.dependency),
      y: y(partner.influence),
      text: partner.name,
    })),
    {
      fontSize: FONT,
      lineHeight: LINE,
      bounds,
      pointRadius: POINT_RADIUS + 1,
      obstacles,
      lines,
      maxLabelWidth: Math.min(size * 0.45, 200),
    },
  );

  // Below the axes: the full name of every partner shown by its number.
  let bottom = Math.max(lowEnd.next, highEnd.next) - LINE + 8;
  const numbered = labels
    .map((label, index) => ({ label, name: partners[index].name }))
    .filter(({ label }) => label.number !== null);
  if (numbered.length > 0) {
    let next = bottom + LINE + 4;
    for (const { label, name } of numbered) {
      const block = textBlock(
        `${label.number}. ${name}`,
        { x: PAD, y: next, maxWidth: full, lineHeight: LINE },
        { size: FONT },
      );
      texts.push(...block.lines);
      next = block.next;
    }
    bottom = next - LINE + 8;
  }

  return {
    width,
    height: Math.ceil(bottom + PAD),
    x,
    y,
    ticks,
    plot,
    texts,
    legendMarks: legend.marks,
    yTitle: { x: PAD + 14, y: (plot.top + plot.bottom) / 2, text: `${axes.influence.label} →` },
    ambitionLine,
    labels,
  };
}

/** Line `index` of a placed label as a text line (its box holds the lines left-aligned). */
export function labelLine(label: PlacedLabel, index: number, text: string, bold = false): TextLine {
  return {
    x: label.box[0],
    y: label.box[1] + index * LINE + FONT,
    text,
    size: FONT,
    bold,
  };
}

/** Rounds a score to the scale's step and keeps it on the scale. */
export function snapScore(value: number): number {
  const { min, max, step } = scoreScale;
  if (!Number.isFinite(value)) return min;
  return Math.min(max, Math.max(min, Math.round(value / step) * step));
}
