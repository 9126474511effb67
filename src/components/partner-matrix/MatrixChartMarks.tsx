// What the partner chart draws per partner: its point (with a larger area to press), the
// handle and arrow of its desired position, and its name or number. Memoised, so dragging one
// point does not render the others again.
import { pure } from '../instrument-kit/pure';
import type { LineSide } from '../../lib/partner-strategy/ambition-line';
import type { PartnerRow } from '../../lib/partner-strategy/matrix-state';
import type { PlacedLabel } from '../../lib/charts/label-placement';
import { paint, type ChartColor } from '../../lib/charts/palette';
import { ChartText } from '../charts/ChartText';
import { HIT_RADIUS, POINT_RADIUS, labelLine, type LegendMark } from './chart-layout';
import { formatScore, sideText } from './wording';

export interface PointHandlers {
  key: (event: KeyboardEvent, partner: PartnerRow, kind: 'point' | 'target') => void;
  select: (id: string) => void;
}

const SIDE_COLOR: Record<LineSide, ChartColor> = {
  boven: 'aboveLine',
  op: 'onLine',
  onder: 'belowLine',
};

/** Above the line a circle, on it a square, below it a triangle pointing down. */
export function PointShape(props: {
  side: LineSide;
  cx: number;
  cy: number;
  r: number;
  outline: ChartColor | null;
}) {
  const { side, cx, cy, r } = props;
  const colors = paint(SIDE_COLOR[side], props.outline ?? undefined);
  const outline = { ...colors, 'stroke-width': props.outline === 'selection' ? 3 : 1.5 };
  if (side === 'onder')
    return (
      <path
        d={`M${cx - r},${cy - r * 0.7} L${cx + r},${cy - r * 0.7} L${cx},${cy + r} Z`}
        {...outline}
      />
    );
  if (side === 'op') {
    const half = r * 0.8;
    return <rect x={cx - half} y={cy - half} width={2 * half} height={2 * half} {...outline} />;
  }
  return <circle cx={cx} cy={cy} r={r * 0.9} {...outline} />;
}

/** The legend's example of each mark. */
export function LegendMarks(props: { marks: readonly LegendMark[] }) {
  return (
    <g aria-hidden="true">
      {props.marks.map((mark) => (
        <PointShape key={mark.side} side={mark.side} cx={mark.x} cy={mark.y} r={6} outline={null} />
      ))}
    </g>
  );
}

/** An invisible circle around a point: the area that takes a press, 28 px across. */
const HitArea = (props: { cx: number; cy: number }) => (
  <circle cx={props.cx} cy={props.cy} r={HIT_RADIUS} fill="transparent" />
);

/** One partner on the chart: its mark and, if it has one, the handle of its desired position. */
export const PointMark = pure(function PointMark(props: {
  partner: PartnerRow;
  side: LineSide;
  selected: boolean;
  cx: number;
  cy: number;
  /** Where the desired position is, in pixels. */
  tx: number;
  ty: number;
  handlers: PointHandlers;
}) {
  const { partner, side, selected, handlers, cx, cy, tx, ty } = props;
  return (
    <g>
      {partner.target && (
        <g
          class="matrix-chart__handle"
          tabIndex={0}
          role="button"
          aria-label={`Gewenste positie van ${partner.name}: invloed ${formatScore(partner.target.influence)}, afhankelijkheid ${formatScore(partner.target.dependency)}. Verplaats met de pijltjestoetsen.`}
          data-drag="target"
          data-id={partner.id}
          onKeyDown={(event) => handlers.key(event, partner, 'target')}
          onFocus={() => handlers.select(partner.id)}
        >
          <HitArea cx={tx} cy={ty} />
          <circle
            cx={tx}
            cy={ty}
            r={POINT_RADIUS - 1}
            {...paint('background', 'text')}
            stroke-width="2"
            stroke-dasharray="3 2"
          />
        </g>
      )}
      <g
        class="matrix-chart__point"
        tabIndex={0}
        role="button"
        aria-label={`${partner.name}: invloed ${formatScore(partner.influence)}, afhankelijkheid ${formatScore(partner.dependency)}, ${sideText(side)}. Verplaats met de pijltjestoetsen, met Shift in grotere stappen.`}
        aria-pressed={selected}
        data-drag="point"
        data-id={partner.id}
        onKeyDown={(event) => handlers.key(event, partner, 'point')}
        onFocus={() => handlers.select(partner.id)}
      >
        <title>{partner.name}</title>
        <HitArea cx={cx} cy={cy} />
        <PointShape
          side={side}
          cx={cx}
          cy={cy}
          r={POINT_RADIUS}
          outline={selected ? 'selection' : 'onMarker'}
        />
      </g>
    </g>
  );
});

/** A partner's name (or number) by its point, with a leader line when it stands away. */
export const LabelMark = pure(function LabelMark(props: {
  label: PlacedLabel;
  fromX: number;
  fromY: number;
}) {
  const { label, fromX, fromY } = props;
  const [left, top, right, bottom] = label.box;
  return (
    <g>
      {label.leader && (
        <line
          x1={fromX}
          y1={fromY}
          x2={Math.min(right, Math.max(left, fromX))}
          y2={Math.min(bottom, Math.max(top, fromY))}
          {...paint(null, 'leaderLine')}
          stroke-width="1"
        />
      )}
      <ChartText
        lines={label.lines.map((text, index) =>
          labelLine(label, index, text, label.number !== null),
        )}
        halo
      />
    </g>
  );
});

/** The arrow from a partner to its desired position. */
export const ArrowMark = pure(function ArrowMark(props: {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  markerId: string;
}) {
  return (
    <line
      x1={props.x1}
      y1={props.y1}
      x2={props.x2}
      y2={props.y2}
      {...paint(null, 'text')}
      stroke-width="1.8"
      marker-end={`url(#${props.markerId})`}
    />
  );
});
