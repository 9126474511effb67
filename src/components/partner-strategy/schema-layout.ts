// The influence × dependency schema with X, Y and Z, laid out in pixels by the partner matrix's
// own layout (chart-layout.ts), plus the arrow of each one's move. Pure, so it is unit-tested.
import type { Ambition } from '../../data/partner-strategy';
import type { Segment } from '../../lib/charts/label-placement';
import { textBlock } from '../../lib/charts/text';
import { xyzPartners, type XyzPartner } from '../../lib/partner-strategy/xyz-moves';
import {
  matrixLayout,
  POINT_RADIUS,
  type ChartTop,
  type MatrixLayout,
} from '../partner-matrix/chart-layout';

/**
 * The shortest arrow drawn, in pixels: a stretch of line and the arrowhead. A move that is
 * shorter on the chart (Z's half point to the right) is drawn this long, so that its direction
 * can be seen; the table beside the figure gives the exact positions.
 */
export const MIN_ARROW = 26;

export interface SchemaPartner extends XyzPartner {
  /** The partner's point in pixels. */
  at: { x: number; y: number };
  /** From the edge of the point towards the desired position. */
  arrow: Segment;
}

export interface SchemaLayout {
  layout: MatrixLayout;
  ambition: Ambition;
  partners: SchemaPartner[];
}

/** From the edge of a point at (x1, y1) towards (x2, y2), at least MIN_ARROW long. */
function arrowFrom(x1: number, y1: number, x2: number, y2: number): Segment {
  const length = Math.hypot(x2 - x1, y2 - y1);
  const [dx, dy] = [(x2 - x1) / length, (y2 - y1) / length];
  const skip = POINT_RADIUS + 2;
  const drawn = Math.max(MIN_ARROW, length - skip);
  const [sx, sy] = [x1 + dx * skip, y1 + dy * skip];
  return { x1: sx, y1: sy, x2: sx + dx * drawn, y2: sy + dy * drawn };
}

export function schemaLayout(width: number, top?: ChartTop): SchemaLayout {
  const { state, partners } = xyzPartners();
  const layout = matrixLayout(
    width,
    partners.map(({ row, letter }) => ({ ...row, name: letter })),
    state.ambition,
    top,
    { clearOfPartners: true },
  );
  const { x, y } = layout;
  return {
    layout,
    ambition: state.ambition,
    partners: partners.map((partner) => {
      const { row } = partner;
      const at = { x: x(row.dependency), y: y(row.influence) };
      const to = row.target ?? row;
      return {
        ...partner,
        at,
        arrow: arrowFrom(at.x, at.y, x(to.dependency), y(to.influence)),
      };
    }),
  };
}

/** The title and credit above the downloaded file, wrapped to `width`. */
export function schemaFileHeader(width: number, title: string, credit: string): ChartTop {
  const at = { x: 8, maxWidth: width - 16 };
  const name = textBlock(title, { ...at, y: 28, lineHeight: 24 }, { size: 20, bold: true });
  const from = textBlock(
    credit,
    { ...at, y: name.next, lineHeight: 16 },
    { size: 12, muted: true },
  );
  return { texts: [...name.lines, ...from.lines], next: from.next + 4 };
}
