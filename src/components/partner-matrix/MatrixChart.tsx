import { useRef } from 'preact/hooks';
import { axes, quadrants, type Ambition } from '../../data/partner-strategy';
import type { LineSide } from '../../lib/partner-strategy/ambition-line';
import type { Goal, PartnerRow, Position } from '../../lib/partner-strategy/matrix-state';
import { palette } from '../../lib/charts/palette';
import { CHART, chartScales, placeLabels, snapScore, textBox } from './chart-layout';
import { formatScore, sideText } from './wording';

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
const ticks = x.ticks(5);
const LEGEND_Y = 16;

const quadrantCorners: Record<string, { x: number; y: number; anchor: 'start' | 'end' }> = {
  'vervangbaar-sterk': { x: x(0) + 8, y: y(10) + 16, anchor: 'start' },
  strategisch: { x: x(10) - 8, y: y(10) + 16, anchor: 'end' },
  'vervangbaar-beperkt': { x: x(0) + 8, y: y(0) - 8, anchor: 'start' },
  'afhankelijk-beperkt': { x: x(10) - 8, y: y(0) - 8, anchor: 'end' },
};

const quadrantLabelBoxes = quadrants.map((quadrant) => {
  const corner = quadrantCorners[quadrant.id];
  return textBox(corner.x, corner.y, quadrant.label, corner.anchor);
});

/**
 * Where a pointer event falls in the chart's own coordinates. The platform does this with the
 * SVG's screen matrix; d3-selection's pointer() does the same but, as shipped (one bundle that
 * does not tree-shake), adds 4 KB gzip to a page with a 30 KB island budget. The matrix is read
 * once when a drag starts: reading it after every move forces a layout of the whole page
 * (7 ms a step with 200 partners).
 */
function screenToChart(svg: SVGSVGElement): (event: PointerEvent) => [number, number] {
  const inverse = svg.getScreenCTM()?.inverse();
  return (event) => {
    if (!inverse) return [0, 0];
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(inverse);
    return [point.x, point.y];
  };
}

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

export function MatrixChart(props: Props) {
  const { goal, points, ambition, selectedId } = props;
  const svgRef = useRef<SVGSVGElement | null>(null);
  const drag = useRef<{
    id: string;
    kind: 'point' | 'target';
    toChart: (event: PointerEvent) => [number, number];
  } | null>(null);

  const toPosition = (
    event: PointerEvent,
    toChart: (event: PointerEvent) => [number, number],
  ): Position => {
    const [px, py] = toChart(event);
    return { dependency: snapScore(x.invert(px)), influence: snapScore(y.invert(py)) };
  };

  const startDrag = (event: PointerEvent, id: string, kind: 'point' | 'target') => {
    if (event.button !== 0) return;
    event.preventDefault();
    (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
    drag.current = { id, kind, toChart: screenToChart(svgRef.current!) };
    props.onSelect(id);
  };
  const moveDrag = (event: PointerEvent) => {
    const active = drag.current;
    if (!active) return;
    const position = toPosition(event, active.toChart);
    if (active.kind === 'point') props.onMove(active.id, position);
    else props.onMoveTarget(active.id, position);
  };
  const endDrag = () => {
    drag.current = null;
  };

  const onKey = (event: KeyboardEvent, partner: PartnerRow, kind: 'point' | 'target') => {
    const step = keyToStep(event);
    if (!step) return;
    event.preventDefault();
    const from = kind === 'target' && partner.target ? partner.target : partner;
    const next = {
      influence: snapScore(from.influence + step.influence),
      dependency: snapScore(from.dependency + step.dependency),
    };
    if (kind === 'point') props.onMove(partner.id, next);
    else props.onMoveTarget(partner.id, next);
  };

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
      onPointerMove={moveDrag}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
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
          <line x1={x(tick)} x2={x(tick)} y1={y(0)} y2={y(10)} stroke={palette.grid} />
          <line x1={x(0)} x2={x(10)} y1={y(tick)} y2={y(tick)} stroke={palette.grid} />
          <text
            x={x(tick)}
            y={y(0) + 16}
            text-anchor="middle"
            font-size="12"
            fill={palette.mutedText}
          >
            {tick}
          </text>
          <text
            x={x(0) - 8}
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
        x1={x(5)}
        x2={x(5)}
        y1={y(0)}
        y2={y(10)}
        stroke={palette.areaDivider}
        stroke-width="1.5"
        aria-hidden="true"
      />
      <line
        x1={x(0)}
        x2={x(10)}
        y1={y(5)}
        y2={y(5)}
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
        x={(x(0) + x(10)) / 2}
        y={CHART.height - 22}
        text-anchor="middle"
        font-size="14"
        font-weight="600"
        fill={palette.text}
      >
        {`${axes.dependency.label} →`}
      </text>
      <text x={x(0)} y={CHART.height - 6} font-size="12" fill={palette.mutedText}>
        {axes.dependency.low}
      </text>
      <text
        x={x(10)}
        y={CHART.height - 6}
        text-anchor="end"
        font-size="12"
        fill={palette.mutedText}
      >
        {axes.dependency.high}
      </text>
      <text
        transform={`translate(20 ${(y(0) + y(10)) / 2}) rotate(-90)`}
        text-anchor="middle"
        font-size="14"
        font-weight="600"
        fill={palette.text}
      >
        {`${axes.influence.label} →`}
      </text>
      <line
        x1={x(0)}
        y1={y(ambition.atNoDependency)}
        x2={x(10)}
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
          <line
            key={`arrow-${partner.id}`}
            x1={x(partner.dependency)}
            y1={y(partner.influence)}
            x2={x(partner.target.dependency)}
            y2={y(partner.target.influence)}
            stroke={palette.text}
            stroke-width="1.8"
            marker-end={`url(#${markerId})`}
          />
        ) : null,
      )}
      {labels.map((label) => {
        const point = points.find((p) => p.partner.id === label.id)!;
        return (
          <g key={`label-${label.id}`}>
            {label.moved && (
              <line
                x1={x(point.partner.dependency)}
                y1={y(point.partner.influence)}
                x2={label.anchor === 'start' ? label.x - 2 : label.x + 2}
                y2={label.y - 4}
                stroke={palette.leaderLine}
                stroke-width="0.8"
              />
            )}
            <text
              x={label.x}
              y={label.y}
              text-anchor={label.anchor}
              font-size="13"
              fill={palette.text}
              paint-order="stroke"
              stroke={palette.background}
              stroke-width="3"
            >
              {label.text}
            </text>
          </g>
        );
      })}
      {points.map(({ partner, side }) => (
        <g key={`point-${partner.id}`}>
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
              onPointerDown={(event) => startDrag(event, partner.id, 'target')}
              onKeyDown={(event) => onKey(event, partner, 'target')}
              onFocus={() => props.onSelect(partner.id)}
            />
          )}
          <g
            class="matrix-chart__point"
            tabIndex={0}
            role="button"
            aria-label={`${partner.name}: invloed ${formatScore(partner.influence)}, afhankelijkheid ${formatScore(partner.dependency)}, ${sideText(side)}. Verplaats met de pijltjestoetsen, met Shift in grotere stappen.`}
            aria-pressed={selectedId === partner.id}
            onPointerDown={(event) => startDrag(event, partner.id, 'point')}
            onKeyDown={(event) => onKey(event, partner, 'point')}
            onFocus={() => props.onSelect(partner.id)}
          >
            <PointShape
              side={side}
              cx={x(partner.dependency)}
              cy={y(partner.influence)}
              selected={selectedId === partner.id}
            />
          </g>
        </g>
      ))}
      <text x={x(10)} y={LEGEND_Y + 22} text-anchor="end" font-size="12" fill={palette.text}>
        {`Ambitielijn: invloed ${formatScore(ambition.atNoDependency)} bij afhankelijkheid 0, ${formatScore(ambition.atFullDependency)} bij 10`}
      </text>
      <g aria-hidden="true" font-size="12" fill={palette.text}>
        <circle cx={x(0) + 8} cy={LEGEND_Y + 4} r={5} fill={palette.aboveLine} />
        <text x={x(0) + 18} y={LEGEND_Y + 8}>
          boven de lijn
        </text>
        <rect x={x(0) + 110} y={LEGEND_Y - 1} width={10} height={10} fill={palette.onLine} />
        <text x={x(0) + 126} y={LEGEND_Y + 8}>
          op de lijn
        </text>
        <path d={`M${x(0) + 205},${LEGEND_Y} l12,0 l-6,10 Z`} fill={palette.belowLine} />
        <text x={x(0) + 223} y={LEGEND_Y + 8}>
          onder de lijn
        </text>
      </g>
    </svg>
  );
}
