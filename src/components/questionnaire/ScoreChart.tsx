import { shortenLabel } from '../../lib/charts/labels';
import { barRows, valueScale } from '../../lib/charts/scales';
import { palette } from '../../lib/charts/palette';
import type { QDefinition } from '../../lib/questionnaire/definition';
import { roundScore, type GroupScore } from '../../lib/questionnaire/scoring';
import { formatDecimal } from '../../lib/instrument-kit/decimal';

/** Each group name and each item has a row of this height. */
const ROW = 26;
/** The part of an item's row left free around its bar. */
const BAR_GAP = 10 / ROW;
/** The first row starts below the legend and the scale numbers. */
const TOP = 16;
const BOTTOM = 10;
const LEFT = 290;
const RIGHT = 30;
const WIDTH = 680;
/** Item names that would run into the bars are shortened. */
const LABEL_CHARS = 42;

const groupRow = (id: string) => `groep:${id}`;
const itemRow = (id: string) => `item:${id}`;

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
  // One tick per point of the scale.
  const tickCount = max - min;
  const x = valueScale([min, max], [LEFT, WIDTH - RIGHT], tickCount);
  const ticks = x.ticks(tickCount);
  const [low] = x.domain();
  const groups = props.definition.groups;
  // A group's name takes a row of its own above its items.
  const rows = barRows(
    groups.flatMap((g) => [groupRow(g.id), ...g.items.map((i) => itemRow(i.id))]),
    TOP,
    ROW,
    BAR_GAP,
  );
  const barHeight = rows.bandwidth();
  /** The baseline of a text in the middle of a row. */
  const textY = (top: number) => top + barHeight / 2 + 4;
  const withAmbition = props.scores.some((g) => g.items.some((i) => i.ambition !== null));
  const marks: preact.JSX.Element[] = [];
  for (const group of groups) {
    const groupScore = props.scores.find((s) => s.groupId === group.id);
    const nameTop = rows(groupRow(group.id))!;
    marks.push(
      <text
        key={`g-${group.id}`}
        x={8}
        y={textY(nameTop) + 2}
        font-size="13"
        font-weight="700"
        fill={palette.text}
      >
        {`${group.name}${groupScore?.score != null ? ` (${formatDecimal(roundScore(groupScore.score))})` : ''}`}
      </text>,
    );
    for (const item of group.items) {
      const score = groupScore?.items.find((i) => i.itemId === item.id);
      const top = rows(itemRow(item.id))!;
      marks.push(
        <g key={`i-${item.id}`}>
          <text x={LEFT - 8} y={textY(top)} text-anchor="end" font-size="12" fill={palette.text}>
            {shortenLabel(item.name, LABEL_CHARS)}
          </text>
          {score?.score != null ? (
            <rect
              x={x(low)}
              y={top}
              width={x(score.score) - x(low)}
              height={barHeight}
              fill={palette.score}
            />
          ) : (
            <text x={x(low) + 4} y={textY(top)} font-size="12" fill={palette.mutedText}>
              geen score
            </text>
          )}
          {score?.score != null && (
            <text x={x(score.score) + 4} y={textY(top)} font-size="11" fill={palette.text}>
              {formatDecimal(roundScore(score.score))}
            </text>
          )}
          {score?.ambition != null && (
            <path
              d={`M${x(score.ambition)},${top - 2} l6,${barHeight / 2 + 2} l-6,${barHeight / 2 + 2} l-6,${-(barHeight / 2 + 2)} Z`}
              fill={palette.background}
              stroke={palette.ambition}
              stroke-width="2"
            />
          )}
        </g>,
      );
    }
  }
  const height = rows.range()[1] + BOTTOM;
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
          <line x1={x(tick)} x2={x(tick)} y1={20} y2={height - BOTTOM} stroke={palette.grid} />
          <text x={x(tick)} y={14} text-anchor="middle" font-size="11" fill={palette.mutedText}>
            {tick}
          </text>
        </g>
      ))}
      {marks}
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
