// What the partner chart draws behind its partners: the grid, the lines between the four areas,
// the legend's marks, the axis title, the ambition line and every laid-out text. Shared by the
// interactive chart and the static schema in the chapter (SchemaSvg), so both draw the same.
import { paint } from '../../lib/charts/palette';
import { ChartText } from '../charts/ChartText';
import type { MatrixLayout } from './chart-layout';
import { LegendMarks } from './MatrixChartMarks';

/** The system's own sans-serif: nothing to fetch, also in an exported file. */
export const CHART_FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';

/** The arrowhead that ArrowMark's lines end in; `id` must be unique on the page. */
export function ArrowMarker(props: { id: string }) {
  return (
    <defs>
      <marker
        id={props.id}
        viewBox="0 0 10 10"
        refX="9"
        refY="5"
        markerWidth="7"
        markerHeight="7"
        orient="auto-start-reverse"
      >
        <path d="M0,0 L10,5 L0,10 Z" {...paint('text')} />
      </marker>
    </defs>
  );
}

export function MatrixChartFrame(props: { layout: MatrixLayout }) {
  const { layout } = props;
  const { x, y, plot } = layout;
  const [low, high] = x.domain();
  const middle = (low + high) / 2;
  const line = layout.ambitionLine;
  return (
    <>
      <rect x="0" y="0" width={layout.width} height={layout.height} {...paint('background')} />
      <g aria-hidden="true">
        {layout.ticks.map((tick) => (
          <g key={tick} {...paint(null, 'grid')}>
            <line x1={x(tick)} x2={x(tick)} y1={plot.bottom} y2={plot.top} />
            <line x1={plot.left} x2={plot.right} y1={y(tick)} y2={y(tick)} />
          </g>
        ))}
        <g {...paint(null, 'areaDivider')} stroke-width="1.5">
          <line x1={x(middle)} x2={x(middle)} y1={plot.bottom} y2={plot.top} />
          <line x1={plot.left} x2={plot.right} y1={y(middle)} y2={y(middle)} />
        </g>
        <LegendMarks marks={layout.legendMarks} />
      </g>
      <text
        transform={`translate(${layout.yTitle.x} ${layout.yTitle.y}) rotate(-90)`}
        text-anchor="middle"
        font-size="14"
        font-weight="600"
        {...paint('text')}
      >
        {layout.yTitle.text}
      </text>
      <line
        x1={line.x1}
        y1={line.y1}
        x2={line.x2}
        y2={line.y2}
        {...paint(null, 'text')}
        stroke-width="2.5"
        stroke-dasharray="8 5"
      />
      <ChartText lines={layout.texts} halo />
    </>
  );
}
