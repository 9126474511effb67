// Layout of the questionnaire charts: one row per statement (with a heading row per group), a
// score scale across. Laid out in real pixels for the width the chart gets, so text keeps its
// size: on a wide chart the names stand in a column left of the scale, on a narrow one above
// their row. Names wrap, they are never shortened. Pure, so it is unit-tested.
import { valueScale, type ValueScale } from './scales';
import { textBlock, type TextLine } from './text';

export const ROW_FONT = 13;
const LINE = 16;
const PAD = 8;
/** Below this width the names go above their rows. */
const NARROW = 560;

export interface RowInput {
  key: string;
  text: string;
  /** A group's heading, in bold, on a row of its own. */
  heading?: boolean;
  /** Room for this row's marks, when it needs more than the chart's `markHeight`. */
  markHeight?: number;
}

export interface LaidOutRow {
  key: string;
  lines: TextLine[];
  /** The middle of the row's marks (bar, dots); null for a heading. */
  middle: number | null;
}

export interface RowLayout {
  width: number;
  height: number;
  x: ValueScale;
  ticks: number[];
  /** The y of the tick numbers' baseline, and where the gridlines start and end. */
  tickY: number;
  gridTop: number;
  gridBottom: number;
  rows: LaidOutRow[];
}

/**
 * `rows` below a band of `top` pixels (a legend), with room for marks of `markHeight` per
 * statement and `valueRoom` pixels right of the scale (a score written after its bar).
 */
export function rowLayout(
  availableWidth: number,
  rows: readonly RowInput[],
  scale: { min: number; max: number },
  options: { top: number; markHeight: number; valueRoom: number },
): RowLayout {
  const width = Math.max(240, Math.min(760, Math.floor(availableWidth)));
  const narrow = width < NARROW;
  const labelWidth = narrow ? width - 2 * PAD : Math.min(300, width * 0.42);
  const left = narrow ? PAD + 8 : PAD + labelWidth + 12;
  const right = width - PAD - options.valueRoom;
  // One tick per point of the scale.
  const tickCount = scale.max - scale.min;
  const x = valueScale([scale.min, scale.max], [left, right], tickCount);
  const tickY = options.top + 14;
  let y = tickY + 10;
  const laidOut: LaidOutRow[] = [];
  for (const row of rows) {
    const block = textBlock(
      row.text,
      {
        x: PAD,
        y: y + ROW_FONT,
        maxWidth: row.heading ? width - 2 * PAD : labelWidth,
        lineHeight: LINE,
      },
      { size: ROW_FONT, bold: row.heading },
    );
    const textHeight = block.lines.length * LINE;
    const markHeight = Math.max(options.markHeight, row.markHeight ?? 0);
    if (row.heading) {
      laidOut.push({ key: row.key, lines: block.lines, middle: null });
      y += textHeight + 6;
    } else if (narrow) {
      laidOut.push({
        key: row.key,
        lines: block.lines,
        middle: y + textHeight + markHeight / 2,
      });
      y += textHeight + markHeight + 8;
    } else {
      const height = Math.max(textHeight, markHeight) + 8;
      // The name's first line level with the marks when both fit in one line.
      const shift = (height - 8 - textHeight) / 2;
      laidOut.push({
        key: row.key,
        lines: block.lines.map((line) => ({ ...line, y: line.y + shift })),
        middle: y + (height - 8) / 2,
      });
      y += height;
    }
  }
  return {
    width,
    height: Math.ceil(y + PAD),
    x,
    ticks: x.ticks(tickCount),
    tickY,
    gridTop: tickY + 6,
    gridBottom: y,
    rows: laidOut,
  };
}
