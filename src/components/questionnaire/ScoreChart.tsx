import { shortenLabel } from '../../lib/charts/labels';
import { linearScale } from '../../lib/charts/linear-scale';
import { palette } from '../../lib/charts/palette';
import type { QDefinition } from '../../lib/questionnaire/definition';
import { roundScore, type GroupScore } from '../../lib/questionnaire/scoring';
import { formatDecimal } from '../../lib/instrument-kit/decimal';

const ROW = 26;
const GROUP_GAP = 30;
const LEFT = 290;
const RIGHT = 30;
const WIDTH = 680;
/** Item names that would run into the bars are shortened. */
const LABEL_CHARS = 42;

/**
 * Scores per item as horizontal bars, grouped; the ambition (if given) as a diamond.
 * Item names are text nodes; the same numbers stand in the table beside the chart.
 */
export function ScoreChart(props: {
  definition: QDefinition;
  scores: GroupScore[];
  title: string;
}) {
  const { min, max } = props.definition.scale;
  const x = linearScale([min, max], [LEFT, WIDTH - RIGHT]);
  const withAmbition = props.scores.some((g) => g.items.some((i) => i.ambition !== null));
  // One tick per point of the scale.
  const ticks = x.ticks(max - min);
  let y = 36;
  const rows: preact.JSX.Element[] = [];
  for (const group of props.definition.groups) {
    const groupScore = props.scores.find((s) => s.groupId === group.id);
    rows.push(
      <text key={`g-${group.id}`} x={8} y={y} font-size="13" font-weight="700" fill={palette.text}>
        {`${group.name}${groupScore?.score != null ? ` (${formatDecimal(roundScore(groupScore.score))})` : ''}`}
      </text>,
    );
    y += 8;
    for (const item of group.items) {
      const score = groupScore?.items.find((i) => i.itemId === item.id);
      const top = y;
      rows.push(
        <g key={`i-${item.id}`}>
          <text x={LEFT - 8} y={top + 16} text-anchor="end" font-size="12" fill={palette.text}>
            {shortenLabel(item.name, LABEL_CHARS)}
          </text>
          {score?.score != null ? (
            <rect
              x={x(min)}
              y={top + 5}
              width={x(score.score) - x(min)}
              height={ROW - 10}
              fill={palette.score}
            />
          ) : (
            <text x={x(min) + 4} y={top + 16} font-size="12" fill={palette.mutedText}>
              geen score
            </text>
          )}
          {score?.score != null && (
            <text x={x(score.score) + 4} y={top + 16} font-size="11" fill={palette.text}>
              {formatDecimal(roundScore(score.score))}
            </text>
          )}
          {score?.ambition != null && (
            <path
              d={`M${x(score.ambition)},${top + 3} l6,${ROW / 2 - 3} l-6,${ROW / 2 - 3} l-6,${-(ROW / 2 - 3)} Z`}
              fill={palette.background}
              stroke={palette.ambition}
              stroke-width="2"
            />
          )}
        </g>,
      );
      y += ROW;
    }
    y += GROUP_GAP - 8;
  }
  const height = y;
  return (
    <svg
      class="score-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={props.title}
      font-family="system-ui, sans-serif"
    >
      <rect width={WIDTH} height={height} fill={palette.background} />
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={20} y2={height - 10} stroke={palette.grid} />
          <text x={x(tick)} y={14} text-anchor="middle" font-size="11" fill={palette.mutedText}>
            {tick}
          </text>
        </g>
      ))}
      {rows}
      <g font-size="11" fill={palette.text}>
        <rect x={8} y={4} width={10} height={10} fill={palette.score} />
        <text x={22} y={13}>
          score
        </text>
        {withAmbition && (
          <>
            <path
              d="M70,3 l5,5 l-5,5 l-5,-5 Z"
              fill={palette.background}
              stroke={palette.ambition}
              stroke-width="2"
            />
            <text x={80} y={13}>
              gewenst niveau
            </text>
          </>
        )}
      </g>
    </svg>
  );
}
