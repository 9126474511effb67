import { shortenLabel } from '../../lib/charts/labels';
import { linearScale } from '../../lib/charts/linear-scale';
import { palette } from '../../lib/charts/palette';
import type { QDefinition } from '../../lib/questionnaire/definition';
import type { TeamItemStat } from '../../lib/questionnaire/team';

const ROW = 26;
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
  const x = linearScale([min, max], [LEFT, WIDTH - RIGHT]);
  const itemRows = props.definition.groups.flatMap((g) => g.items);
  const height = 40 + itemRows.length * ROW;
  // One tick per point of the scale.
  const ticks = x.ticks(max - min);
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
      {itemRows.map((item, row) => {
        const stat = props.items.find((s) => s.itemId === item.id);
        const cy = 40 + row * ROW;
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
