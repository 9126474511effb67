import '../../lib/charts/chart-theme.css';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Ambition } from '../../data/partner-strategy';
import type { LineSide } from '../../lib/partner-strategy/ambition-line';
import type { Goal, PartnerRow, Position } from '../../lib/partner-strategy/matrix-state';
import type { PlacedLabel } from '../../lib/charts/label-placement';
import { useChartWidth } from '../charts/use-chart-width';
import { DEFAULT_WIDTH, matrixLayout, snapScore, type ChartTop } from './chart-layout';
import type { ChartDrag, DragTarget } from './chart-drag';
import { ArrowMark, LabelMark, PointMark, type PointHandlers } from './MatrixChartMarks';
import { ArrowMarker, CHART_FONT, MatrixChartFrame } from './MatrixChartFrame';

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
  /** The <svg> element. */
  svgRef?: { current: SVGSVGElement | null };
  /** A fixed width instead of the measured one (an export). */
  width?: number;
  /** Texts above the chart: an export's title, goal and date. */
  top?: ChartTop;
}

/** Arrow keys move a point by half a point, with Shift by two. */
export function keyToStep(event: KeyboardEvent): Position | null {
  const step = event.shiftKey ? 2 : 0.5;
  const [influence, dependency] =
    { ArrowUp: [1, 0], ArrowDown: [-1, 0], ArrowRight: [0, 1], ArrowLeft: [0, -1] }[event.key] ??
    [];
  return influence === undefined
    ? null
    : { influence: influence * step, dependency: dependency * step };
}

/** Starts the drag code when a pointer first comes over the chart (see the effect below). */
function useLazyDrag(
  svgRef: { current: SVGSVGElement | null },
  latest: { current: DragTarget },
): void {
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
    const types = ['pointerover', 'pointerdown', 'pointerup'] as const;
    const early = (event: PointerEvent) => {
      if (event.type === 'pointerdown') pending = event;
      // Let go before the code arrived: no drag to start.
      if (event.type === 'pointerup' && pending?.pointerId === event.pointerId) pending = null;
      if (loading || event.type === 'pointerup') return;
      loading = true;
      void loadDrag().then(({ attachDrag }) => {
        if (cancelled) return;
        for (const type of types) svg.removeEventListener(type, early);
        drag = attachDrag(svg, latest);
        if (pending) drag.start(pending);
        pending = null;
      });
    };
    for (const type of types) svg.addEventListener(type, early);
    return () => {
      cancelled = true;
      for (const type of types) svg.removeEventListener(type, early);
      drag?.detach();
    };
  }, [svgRef, latest]);
}

/**
 * The placed labels, each the same object as in the render before if it did not change: while
 * one point is dragged, the names that stay where they are are not rendered again.
 */
function useSameLabels(labels: PlacedLabel[]): PlacedLabel[] {
  const previous = useRef(new Map<string, PlacedLabel>());
  const same = (a: PlacedLabel, b: PlacedLabel) =>
    a.leader === b.leader &&
    a.number === b.number &&
    a.box.every((v, i) => v === b.box[i]) &&
    a.lines.join('\n') === b.lines.join('\n');
  const result = labels.map((label) => {
    const before = previous.current.get(label.id);
    return before && same(before, label) ? before : label;
  });
  previous.current = new Map(result.map((label) => [label.id, label]));
  return result;
}

export function MatrixChart(props: Props) {
  const { goal, points, ambition, selectedId } = props;
  const [frameRef, measured] = useChartWidth<HTMLDivElement>(DEFAULT_WIDTH);
  const partners = useMemo(() => points.map((point) => point.partner), [points]);
  const layout = useMemo(
    () => matrixLayout(props.width ?? measured, partners, ambition, props.top),
    [props.width, measured, partners, ambition, props.top],
  );
  const { x, y } = layout;
  const labels = useSameLabels(layout.labels);
  const svgRef = useRef<SVGSVGElement | null>(null);
  // The pointer listeners are added once; they read the props and scales of the latest render.
  const latest = useRef<DragTarget>({ ...props, layout });
  latest.current = { ...props, layout };
  useLazyDrag(svgRef, latest);

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

  const titleId = `chart-title-${goal.id}`;
  const markerId = `arrow-${goal.id}`;

  return (
    <div class="chart-frame" ref={frameRef}>
      <svg
        ref={(el) => {
          svgRef.current = el;
          if (props.svgRef) props.svgRef.current = el;
        }}
        class="chart matrix-chart"
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-labelledby={titleId}
        font-family={CHART_FONT}
        data-goal-id={goal.id}
      >
        <title id={titleId}>{`Partnermatrix voor het doel “${goal.name}”`}</title>
        <ArrowMarker id={markerId} />
        <MatrixChartFrame layout={layout} />
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
        {labels.map((label, index) => (
          <LabelMark
            key={`label-${label.id}`}
            label={label}
            fromX={x(points[index].partner.dependency)}
            fromY={y(points[index].partner.influence)}
          />
        ))}
        {points.map(({ partner, side }) => (
          <PointMark
            key={`point-${partner.id}`}
            partner={partner}
            side={side}
            selected={selectedId === partner.id}
            cx={x(partner.dependency)}
            cy={y(partner.influence)}
            tx={partner.target ? x(partner.target.dependency) : 0}
            ty={partner.target ? y(partner.target.influence) : 0}
            handlers={handlers}
          />
        ))}
      </svg>
    </div>
  );
}
