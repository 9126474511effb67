import '../../lib/charts/chart-theme.css';
import { paint } from '../../lib/charts/palette';
import { rowLayout } from '../../lib/charts/row-layout';
import type { QDefinition } from '../../lib/questionnaire/definition';
import type { TeamItemStat } from '../../lib/questionnaire/team';
import { ChartText } from '../charts/ChartText';
import { useChartWidth } from '../charts/use-chart-width';

const DOT = 10;

/**
 * Every respondent's score per item as a numbered dot (the numbers match the table's
 * columns), the mean as a bar, and a flag where scores lie 2 points or more apart. Laid out
 * for the width it gets (see row-layout.ts).
 */
export function TeamChart(props: {
  definition: QDefinition;
  items: TeamItemStat[];
  /** Accessible name of the chart. */
  label: string;
}) {
  const [frameRef, measured] = useChartWidth<HTMLDivElement>(720);
  const items = props.definition.groups.flatMap((g) => g.items);
  const stats = new Map(props.items.map((stat) => [stat.itemId, stat]));
  const layout = rowLayout(
    measured,
    items.map((item) => ({
      key: item.id,
      text: `${stats.get(item.id)?.flagged ? '⚑ ' : ''}${item.name}`,
    })),
    props.definition.scale,
    { top: 0, markHeight: 2 * DOT + 4, valueRoom: DOT + 4 },
  );
  const { x, width, height } = layout;
  return (
    <div class="chart-frame" ref={frameRef}>
      <svg
        class="chart score-chart team-chart"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={props.label}
        font-family="system-ui, sans-serif"
      >
        <rect width={width} height={height} {...paint('background')} />
        {layout.ticks.map((tick) => (
          <line
            key={tick}
            x1={x(tick)}
            x2={x(tick)}
            y1={layout.gridTop}
            y2={layout.gridBottom}
            {...paint(null, 'grid')}
          />
        ))}
        <ChartText
          lines={layout.ticks.map((tick) => ({
            x: x(tick),
            y: layout.tickY,
            text: String(tick),
            size: 12,
            anchor: 'middle' as const,
            muted: true,
          }))}
        />
        {layout.rows.map((row) => {
          const stat = stats.get(row.key);
          const cy = row.middle ?? 0;
          return (
            <g key={row.key}>
              <ChartText lines={row.lines.map((line) => ({ ...line, bold: stat?.flagged }))} halo />
              {stat?.mean != null && (
                <line
                  x1={x(stat.mean)}
                  x2={x(stat.mean)}
                  y1={cy - DOT - 3}
                  y2={cy + DOT + 3}
                  {...paint(null, 'teamMean')}
                  stroke-width="3"
                />
              )}
              {stat?.scores.map((score, index) =>
                score === null ? null : (
                  <g key={index}>
                    <circle
                      cx={x(score)}
                      cy={cy}
                      r={DOT}
                      {...paint('score', 'onMarker')}
                      fill-opacity="0.85"
                    />
                    <text
                      x={x(score)}
                      y={cy + 4}
                      text-anchor="middle"
                      font-size="12"
                      {...paint('onMarker')}
                    >
                      {index + 1}
                    </text>
                  </g>
                ),
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
