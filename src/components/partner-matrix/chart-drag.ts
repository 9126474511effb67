// Dragging points and handles on the partner matrix: d3-selection listens on the chart and
// gives where the pointer took hold; Preact keeps rendering. Loaded on first use (MatrixChart).
import { pointer, select } from 'd3-selection';
import type { Position } from '../../lib/partner-strategy/matrix-state';
import { snapScore, type MatrixLayout } from './chart-layout';
import type { ChartPoint } from './MatrixChart';

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
 * screen matrix: the viewBox (`size`) fits the box as preserveAspectRatio's default
 * (xMidYMid meet) places it. Null for a box without size (the chart is not shown).
 */
export function boxToChart(
  box: { left: number; top: number; width: number; height: number },
  size: { width: number; height: number },
): Affine | null {
  if (!(box.width > 0 && box.height > 0)) return null;
  const scale = Math.min(box.width / size.width, box.height / size.height);
  const left = box.left + (box.width - size.width * scale) / 2;
  const top = box.top + (box.height - size.height * scale) / 2;
  return { a: 1 / scale, b: 0, c: 0, d: 1 / scale, e: -left / scale, f: -top / scale };
}

/** What the chart's latest render passes to the drag. */
export interface DragTarget {
  points: ChartPoint[];
  /** The chart as laid out for its width: its size and scales. */
  layout: Pick<MatrixLayout, 'width' | 'height' | 'x' | 'y'>;
  onSelect: (id: string) => void;
  onMove: (id: string, position: Position) => void;
  onMoveTarget: (id: string, position: Position) => void;
}

export interface ChartDrag {
  /** Starts a drag from a pointerdown that arrived before this module had loaded. */
  start: (event: PointerEvent) => void;
  detach: () => void;
}

interface Drag {
  id: string;
  kind: 'point' | 'target';
  pointerId: number;
  /** Screen to chart coordinates, read once when the drag starts. */
  toChart: Affine;
  /** Where the pointer took hold, relative to the centre of the point (chart coordinates). */
  grip: [number, number];
  /** The position last passed on: a move that snaps to the same one is not. */
  last: Position;
  /** The scales when the drag started. */
  layout: DragTarget['layout'];
}

/**
 * A drag that starts where this pointerdown falls, or null when it falls on no point or handle
 * (or the chart is not shown). d3's pointer() gives where the pointer took hold; the screen
 * matrix is read here, once, and kept for every move of the drag: pointer() on each move would
 * read it again, and that forces a layout of the whole page (7 ms a move with 200 partners).
 * Without a screen matrix the SVG's box stands in for it.
 */
function startDrag(svg: SVGSVGElement, event: PointerEvent, target: DragTarget): Drag | null {
  const { points, layout } = target;
  const handle = (event.target as Element | null)?.closest?.('[data-drag]');
  if (!handle || !svg.contains(handle)) return null;
  const id = handle.getAttribute('data-id');
  const kind = handle.getAttribute('data-drag') === 'target' ? 'target' : 'point';
  const partner = points.find((p) => p.partner.id === id)?.partner;
  const from = kind === 'target' ? partner?.target : partner;
  if (!id || !from) return null;
  const screen = typeof svg.getScreenCTM === 'function' ? svg.getScreenCTM() : null;
  const toChart = screen ? screen.inverse() : boxToChart(svg.getBoundingClientRect(), layout);
  if (!toChart || !Number.isFinite(toChart.a) || !Number.isFinite(toChart.d)) return null;
  // d3's pointer() reads the matrix itself (nothing has changed since the line above, so no
  // second layout); test DOMs such as happy-dom have no SVGPoint.matrixTransform for it.
  const [px, py] =
    screen && 'matrixTransform' in svg.createSVGPoint()
      ? pointer(event, svg)
      : applyMatrix(toChart, event.clientX, event.clientY);
  return {
    id,
    kind,
    pointerId: event.pointerId,
    toChart,
    grip: [px - layout.x(from.dependency), py - layout.y(from.influence)],
    last: { influence: from.influence, dependency: from.dependency },
    layout,
  };
}

/** The position a pointermove drags to: the cached matrix, the scales, the score steps. */
function dragPosition(drag: Drag, event: PointerEvent): Position {
  const [px, py] = applyMatrix(drag.toChart, event.clientX, event.clientY);
  return {
    dependency: snapScore(drag.layout.x.invert(px - drag.grip[0])),
    influence: snapScore(drag.layout.y.invert(py - drag.grip[1])),
  };
}

/** Listens for drags on `svg` until detached; `latest` holds the props of the latest render. */
export function attachDrag(svg: SVGSVGElement, latest: { current: DragTarget }): ChartDrag {
  let drag: Drag | null = null;
  const begin = (event: PointerEvent) => {
    if (event.button !== 0) return;
    drag = startDrag(svg, event, latest.current);
    if (!drag) return;
    event.preventDefault();
    try {
      svg.setPointerCapture(event.pointerId);
    } catch {
      // A pointer the browser no longer tracks (a synthetic event): the drag still works
      // as long as the pointer stays over the chart.
    }
    latest.current.onSelect(drag.id);
  };
  const end = (event: PointerEvent) => {
    // lostpointercapture bubbles: only the chart's own capture ending ends the drag.
    if (event.type === 'lostpointercapture' && event.target !== svg) return;
    if (drag?.pointerId === event.pointerId) drag = null;
  };
  const chart = select(svg)
    .on('pointerdown.drag', begin)
    .on('pointermove.drag', (event: PointerEvent) => {
      if (drag?.pointerId !== event.pointerId) return;
      const position = dragPosition(drag, event);
      if (
        position.influence === drag.last.influence &&
        position.dependency === drag.last.dependency
      )
        return;
      drag.last = position;
      if (drag.kind === 'point') latest.current.onMove(drag.id, position);
      else latest.current.onMoveTarget(drag.id, position);
    })
    .on('pointerup.drag pointercancel.drag lostpointercapture.drag', end);
  return { start: begin, detach: () => void chart.on('.drag', null) };
}
