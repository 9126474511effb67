import { useEffect, useMemo, useRef } from 'preact/hooks';
import { pure } from '../instrument-kit/pure';
import { axes, quadrants, type Ambition } from '../../data/partner-strategy';
import type { LineSide } from '../../lib/partner-strategy/ambition-line';
import type { Goal, PartnerRow, Position } from '../../lib/partner-strategy/matrix-state';
import { palette } from '../../lib/charts/palette';
import { CHART, TICK_COUNT, chartScales, placeLabels, snapScore, textBox } from './chart-layout';
import type { ChartDrag } from './chart-drag';
import { formatScore, sideText } from './wording';

const loadDrag = () => import('./chart-drag');

export interface ChartPoint {
  partner: PartnerRow;
  side: LineSide;
}

interface Props {
  goal: Goal;
  points: ChartPoint[];
  ambition: Ambition;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onMove: (id: string, position: Position) => void;
  onMoveTarget: (id: string, position: Position) => void;
  /** The <svg> element, for SVG and PNG export. */
  svgRef?: { current: SVGSVGElement | null };
}

const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';
const { x, y } = chartScales();
const ticks = x.ticks(TICK_COUNT);
/** Both axes run over the same scores: the lowest, the highest and the middle, where areas meet. */
const [LOW, HIGH] = x.domain();
const MIDDLE = (LOW + HIGH) / 2;
/** Pixel edges of the plot area. */
const LEFT = x(LOW);
const RIGHT = x(HIGH);
const BOTTOM = y(LOW);
const TOP = y(HIGH);
const LEGEND_Y = 16;

const quadrantCorners: Record<string, { x: number; y: number; anchor: 'start' | 'end' }> = {
  'vervangbaar-sterk': { x: LEFT + 8, y: TOP + 16, anchor: 'start' },
  strategisch: { x: RIGHT - 8, y: TOP + 16, anchor: 'end' },
  'vervangbaar-beperkt': { x: LEFT + 8, y: BOTTOM - 8, anchor: 'start' },
  'afhankelijk-beperkt': { x: RIGHT - 8, y: BOTTOM - 8, anchor: 'end' },
};

const quadrantLabelBoxes = quadrants.map((quadrant) => {
  const corner = quadrantCorners[quadrant.id];
  return textBox(corner.x, corner.y, quadrant.label, corner.anchor);
});

/** Arrow keys move a point by half a point, with Shift by two. */
export function keyToStep(event: KeyboardEvent): Position | null {
  const step = event.shiftKey ? 2 : 0.5;
  switch (event.key) {
    case 'ArrowUp':
      return { influence: step, dependency: 0 };
    case 'ArrowDown':
      return { influence: -step, dependency: 0 };
    case 'ArrowRight':
      return { influence: 0, dependency: step };
    case 'ArrowLeft':
      return { influence: 0, dependency: -step };
    default:
      return null;
  }
}

function PointShape(props: { side: LineSide; cx: number; cy: number; selected: boolean }) {
  const { side, cx, cy, selected } = props;
  const stroke = selected ? palette.selection : palette.onMarker;
  const strokeWidth = selected ? 3 : 1.5;
  if (side === 'onder') {
    const r = 9;
    return (
      <path
        d={`M${cx - r},${cy - r * 0.7} L${cx + r},${cy - r * 0.7} L${cx},${cy + r} Z`}
        fill={palette.belowLine}
        stroke={stroke}
        stroke-width={strokeWidth}
      />
    );
  }
  if (side === 'op') {
    return (
      <rect
        x={cx - 7}
        y={cy - 7}
        width={14}
        height={14}
        fill={palette.onLine}
        stroke={stroke}
        stroke-width={strokeWidth}
      />
    );
  }
  return (
    <circle
      cx={cx}
      cy={cy}
      r={8}
      fill={palette.aboveLine}
      stroke={stroke}
      stroke-width={strokeWidth}
    />
  );
}

interface PointHandlers {
  key: (event: KeyboardEvent, partner: PartnerRow, kind: 'point' | 'target') => void;
  select: (id: string) => void;
}

/** One partner on the chart: its mark and, if it has one, the handle of its desired position. */
const PointMark = pure(function PointMark(props: {
  partner: PartnerRow;
  side: LineSide;
  selected: boolean;
  handlers: PointHandlers;
}) {
  const { partner, side, selected, handlers } = props;
  return (
    <g>
      {partner.target && (
        <circle
          class="matrix-chart__handle"
          cx={x(partner.target.dependency)}
          cy={y(partner.target.influence)}
          r={8}
          fill={palette.background}
          stroke={palette.text}
          stroke-width="2"
          stroke-dasharray="3 2"
          tabIndex={0}
          role="button"
          aria-label={`Gewenste positie van ${partner.name}: invloed ${formatScore(partner.target.influence)}, afhankelijkheid ${formatScore(partner.target.dependency)}. Verplaats met de pijltjestoetsen.`}
          data-drag="target"
          data-id={partner.id}
          onKeyDown={(event) => handlers.key(event, partner, 'target')}
          onFocus={() => handlers.select(partner.id)}
        />
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
        <PointShape
          side={side}
          cx={x(partner.dependency)}
          cy={y(partner.influence)}
          selected={selected}
        />
      </g>
    </g>
  );
});

/** A partner's name next to its point, with a leader line when it had to move away. */
const LabelMark = pure(function LabelMark(props: {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
  moved: boolean;
  fromX: number;
  fromY: number;
}) {
  return (
    <g>
      {props.moved && (
        <line
          x1={props.fromX}
          y1={props.fromY}
          x2={props.anchor === 'start' ? props.x - 2 : props.x + 2}
          y2={props.y - 4}
          stroke={palette.leaderLine}
          stroke-width="0.8"
        />
      )}
      <text
        x={props.x}
        y={props.y}
        text-anchor={props.anchor}
        font-size="13"
        fill={palette.text}
        paint-order="stroke"
        stroke={palette.background}
        stroke-width="3"
      >
        {props.text}
      </text>
    </g>
  );
});

/** The arrow from a partner to its desired position. */
const ArrowMark = pure(function ArrowMark(props: {
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
      stroke={palette.text}
      stroke-width="1.8"
      marker-end={`url(#${props.markerId})`}
    />
  );
});

export function MatrixChart(props: Props) {
  const { goal, points, ambition, selectedId } = props;
  const svgRef = useRef<SVGSVGElement | null>(null);
  // The pointer listeners are added once; they read the props of the latest render.
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    // The drag code (with d3-selection) loads when a pointer first comes over the chart, or
    // with the first press: a reader who never drags never pays for it. A press that comes
    // before the code is there starts the drag as soon as it is.
    let drag: ChartDrag | null = null;
    let pending: PointerEvent | null = null;
    let cancelled = false;
    let loading = false;
    const early = (event: PointerEvent) => {
      if (event.type === 'pointerdown') pending = event;
      // Let go before the code arrived: no drag to start.
      if (event.type === 'pointerup' && pending?.pointerId === event.pointerId) pending = null;
      if (loading || event.type === 'pointerup') return;
      loading = true;
      void loadDrag().then(({ attachDrag }) => {
        if (cancelled) return;
        svg.removeEventListener('pointerover', early);
        svg.removeEventListener('pointerdown', early);
        svg.removeEventListener('pointerup', early);
        drag = attachDrag(svg, latest);
        if (pending) drag.start(pending);
        pending = null;
      });
    };
    svg.addEventListener('pointerover', early);
    svg.addEventListener('pointerdown', early);
    svg.addEventListener('pointerup', early);
    return () => {
      cancelled = true;
      svg.removeEventListener('pointerover', early);
      svg.removeEventListener('pointerdown', early);
      svg.removeEventListener('pointerup', early);
      drag?.detach();
    };
  }, []);

  // Stable for the lifetime of the chart, so an unchanged point is not rendered again.
  const handlers = useMemo<PointHandlers>(
    () => ({
      key: (event, partner, kind) => {
        const step = keyToStep(event);
        if (!step) return;
        event.preventDefault();
        const from = kind === 'target' && partner.target ? partner.target : partner;
        const next = {
          influence: snapScore(from.influence + step.influence),
          dependency: snapScore(from.dependency + step.dependency),
        };
        if (kind === 'point') latest.current.onMove(partner.id, next);
        else latest.current.onMoveTarget(partner.id, next);
      },
      select: (id) => latest.current.onSelect(id),
    }),
    [],
  );

  const labels = placeLabels(
    points.map(({ partner }) => ({
      id: partner.id,
      x: x(partner.dependency),
      y: y(partner.influence),
      text: partner.name,
    })),
    quadrantLabelBoxes,
  );
  const titleId = `chart-title-${goal.id}`;
  const markerId = `arrow-${goal.id}`;

  return (
    <svg
      ref={(el) => {
        svgRef.current = el;
        if (props.svgRef) props.svgRef.current = el;
      }}
      class="matrix-chart"
      viewBox={`0 0 ${CHART.width} ${CHART.height}`}
      role="group"
      aria-labelledby={titleId}
      font-family={FONT}
    >
      <title id={titleId}>{`Partnermatrix voor het doel “${goal.name}”`}</title>
      <defs>
        <marker
          id={markerId}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 Z" fill={palette.text} />
        </marker>
      </defs>
      <rect x="0" y="0" width={CHART.width} height={CHART.height} fill={palette.background} />
      {ticks.map((tick) => (
        <g key={tick} aria-hidden="true">
          <line x1={x(tick)} x2={x(tick)} y1={BOTTOM} y2={TOP} stroke={palette.grid} />
          <line x1={LEFT} x2={RIGHT} y1={y(tick)} y2={y(tick)} stroke={palette.grid} />
          <text
            x={x(tick)}
            y={BOTTOM + 16}
            text-anchor="middle"
            font-size="12"
            fill={palette.mutedText}
          >
            {tick}
          </text>
          <text
            x={LEFT - 8}
            y={y(tick) + 4}
            text-anchor="end"
            font-size="12"
            fill={palette.mutedText}
          >
            {tick}
          </text>
        </g>
      ))}
      <line
        x1={x(MIDDLE)}
        x2={x(MIDDLE)}
        y1={BOTTOM}
        y2={TOP}
        stroke={palette.areaDivider}
        stroke-width="1.5"
        aria-hidden="true"
      />
      <line
        x1={LEFT}
        x2={RIGHT}
        y1={y(MIDDLE)}
        y2={y(MIDDLE)}
        stroke={palette.areaDivider}
        stroke-width="1.5"
        aria-hidden="true"
      />
      {quadrants.map((quadrant) => {
        const corner = quadrantCorners[quadrant.id];
        return (
          <text
            paint-order="stroke"
            stroke={palette.background}
            stroke-width="4"
            key={quadrant.id}
            x={corner.x}
            y={corner.y}
            text-anchor={corner.anchor}
            font-size="13"
            font-weight="600"
            fill={palette.mutedText}
          >
            {quadrant.label}
          </text>
        );
      })}
      <text
        x={(LEFT + RIGHT) / 2}
        y={CHART.height - 22}
        text-anchor="middle"
        font-size="14"
        font-weight="600"
        fill={palette.text}
      >
        {`${axes.dependency.label} →`}
      </text>
      <text x={LEFT} y={CHART.height - 6} font-size="12" fill={palette.mutedText}>
        {axes.dependency.low}
      </text>
      <text
        x={RIGHT}
        y={CHART.height - 6}
        text-anchor="end"
        font-size="12"
        fill={palette.mutedText}
      >
        {axes.dependency.high}
      </text>
      <text
        transform={`translate(20 ${(BOTTOM + TOP) / 2}) rotate(-90)`}
        text-anchor="middle"
        font-size="14"
        font-weight="600"
        fill={palette.text}
      >
        {`${axes.influence.label} →`}
      </text>
      <line
        x1={LEFT}
        y1={y(ambition.atNoDependency)}
        x2={RIGHT}
        y2={y(ambition.atFullDependency)}
        stroke={palette.text}
        stroke-width="2.5"
        stroke-dasharray="8 5"
      />
      <text
        x={x(1)}
        y={
          y(ambition.atNoDependency + (ambition.atFullDependency - ambition.atNoDependency) * 0.1) -
          10
        }
        font-size="13"
        font-weight="600"
        fill={palette.text}
        paint-order="stroke"
        stroke={palette.background}
        stroke-width="3"
      >
        Ambitielijn
      </text>
      {points.map(({ partner }) =>
        partner.target ? (
          <ArrowMark
            key={`arrow-${partner.id}`}
            x1={x(partner.dependency)}
            y1={y(partner.influence)}
            x2={x(partner.target.dependency)}
            y2={y(partner.target.influence)}
            markerId={markerId}
          />
        ) : null,
      )}
      {labels.map((label, index) => {
        // placeLabels keeps the order of the points.
        const point = points[index];
        return (
          <LabelMark
            key={`label-${label.id}`}
            text={label.text}
            x={label.x}
            y={label.y}
            anchor={label.anchor}
            moved={label.moved}
            fromX={x(point.partner.dependency)}
            fromY={y(point.partner.influence)}
          />
        );
      })}
      {points.map(({ partner, side }) => (
        <PointMark
          key={`point-${partner.id}`}
          partner={partner}
          side={side}
          selected={selectedId === partner.id}
          handlers={handlers}
        />
      ))}
      <text x={RIGHT} y={LEGEND_Y + 22} text-anchor="end" font-size="12" fill={palette.text}>
        {`Ambitielijn: invloed ${formatScore(ambition.atNoDependency)} bij afhankelijkheid 0, ${formatScore(ambition.atFullDependency)} bij 10`}
      </text>
      <g aria-hidden="true" font-size="12" fill={palette.text}>
        <circle cx={LEFT + 8} cy={LEGEND_Y + 4} r={5} fill={palette.aboveLine} />
        <text x={LEFT + 18} y={LEGEND_Y + 8}>
          boven de lijn
        </text>
        <rect x={LEFT + 110} y={LEGEND_Y - 1} width={10} height={10} fill={palette.onLine} />
        <text x={LEFT + 126} y={LEGEND_Y + 8}>
          op de lijn
        </text>
        <path d={`M${LEFT + 205},${LEGEND_Y} l12,0 l-6,10 Z`} fill={palette.belowLine} />
        <text x={LEFT + 223} y={LEGEND_Y + 8}>
          onder de lijn
        </text>
      </g>
    </svg>
  );
}
