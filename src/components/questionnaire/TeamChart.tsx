import { shortenLabel } from '../../lib/charts/labels';
import { pointRows, valueScale } from '../../lib/charts/scales';
import { palette } from '../../lib/charts/palette';
import type { QDefinition } from '../../lib/questionnaire/definition';
import type { TeamItemStat } from '../../lib/questionnaire/team';

/** Each item has a row of this height; its dots sit on the middle line. */
const ROW = 26;
/** The middle of the first row, below the scale numbers. */
const FIRST_ROW = 40;
const LEFT = 320;
const RIGHT = 40;
const WIDTH = 720;
/** Item names that would run into the dots are shortened. */
const LABEL_CHARS = 42;

/**
 * Every respondent's score per item as a numbered dot (the numbers match the table's
 * columns), the mean as a bar, and a flag where scores lie 2 points or more apart.
 */
export function TeamChart(props: {
  definition: QDefinition;
  items: TeamItemStat[];
  /** Accessible name of the chart. */
  label: string;
}) {
  const { min, max } = props.definition.scale;
  // One tick per point of the scale.
  const tickCount = max - min;
  const x = valueScale([min, max], [LEFT, WIDTH - RIGHT], tickCount);
  const ticks = x.ticks(tickCount);
  const itemRows = props.definition.groups.flatMap((g) => g.items);
  const rowY = pointRows(
    itemRows.map((item) => item.id),
    FIRST_ROW,
    ROW,
  );
  const height = FIRST_ROW + itemRows.length * ROW;
  return (
    <svg
      class="score-chart team-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={props.label}
      font-family="system-ui, sans-serif"
    >
      <rect width={WIDTH} height={height} fill={palette.background} />
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={26} y2={height - 6} stroke={palette.grid} />
          <text x={x(tick)} y={20} text-anchor="middle" font-size="11" fill={palette.mutedText}>
            {tick}
          </text>
        </g>
      ))}
      {itemRows.map((item) => {
        const stat = props.items.find((s) => s.itemId === item.id);
        const cy = rowY(item.id)!;
        return (
          <g key={item.id}>
            <text
              x={LEFT - 10}
              y={cy + 4}
              text-anchor="end"
              font-size="12"
              fill={palette.text}
              font-weight={stat?.flagged ? '700' : '400'}
            >
              {`${stat?.flagged ? '⚑ ' : ''}${shortenLabel(item.name, LABEL_CHARS)}`}
            </text>
            {stat?.mean != null && (
              <line
                x1={x(stat.mean)}
                x2={x(stat.mean)}
                y1={cy - 10}
                y2={cy + 10}
                stroke={palette.teamMean}
                stroke-width="3"
              />
            )}
            {stat?.scores.map((score, index) =>
              score === null ? null : (
                <g key={index}>
                  <circle
                    cx={x(score)}
                    cy={cy}
                    r={8}
                    fill={palette.score}
                    fill-opacity="0.85"
                    stroke={palette.onMarker}
                  />
                  <text
                    x={x(score)}
                    y={cy + 4}
                    text-anchor="middle"
                    font-size="10"
                    fill={palette.onMarker}
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
  );
}
