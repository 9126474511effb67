import '../../lib/charts/chart-theme.css';
import { paint } from '../../lib/charts/palette';
import { ROW_FONT, rowLayout } from '../../lib/charts/row-layout';
import type { QDefinition } from '../../lib/questionnaire/definition';
import { roundScore, type GroupScore } from '../../lib/questionnaire/scoring';
import { formatDecimal } from '../../lib/instrument-kit/decimal';
import { ChartText } from '../charts/ChartText';
import { ScoreGrid } from '../charts/ScoreGrid';
import { useChartWidth } from '../charts/use-chart-width';

const BAR = 16;
/** Room for the legend above the scale numbers. */
const LEGEND = 22;

/** The ambition's mark: a diamond around (x, y). */
const diamond = (x: number, y: number, r: number) =>
  `M${x},${y - r} l${r},${r} l${-r},${r} l${-r},${-r} Z`;

/**
 * Scores per item as horizontal bars, grouped; the ambition (if given) as a diamond. Laid out
 * for the width it gets (see row-layout.ts). Item names are text nodes; the same numbers
 * stand in the table beside the chart.
 */
export function ScoreChart(props: {
  definition: QDefinition;
  scores: GroupScore[];
  title: string;
}) {
  const [frameRef, measured] = useChartWidth<HTMLDivElement>(640);
  const groups = props.definition.groups;
  const layout = rowLayout(
    measured,
    groups.flatMap((group) => {
      const score = props.scores.find((s) => s.groupId === group.id)?.score;
      return [
        {
          key: `groep:${group.id}`,
          text: `${group.name}${score != null ? ` (${formatDecimal(roundScore(score))})` : ''}`,
          heading: true,
        },
        ...group.items.map((item) => ({ key: `item:${item.id}`, text: item.name })),
      ];
    }),
    props.definition.scale,
    { top: LEGEND, markHeight: BAR + 4, valueRoom: 34 },
  );
  const { x, width, height } = layout;
  const [low] = x.domain();
  const items = props.scores.flatMap((group) => group.items);
  const withAmbition = items.some((item) => item.ambition !== null);
  return (
    <div class="chart-frame" ref={frameRef}>
      <svg
        class="chart score-chart"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={props.title}
        font-family="system-ui, sans-serif"
      >
        <rect width={width} height={height} {...paint('background')} />
        <ScoreGrid layout={layout} x={x} />
        {layout.rows.map((row) => {
          const score = items.find((i) => `item:${i.itemId}` === row.key);
          const mid = row.middle;
          return (
            <g key={row.key}>
              <ChartText lines={row.lines} halo />
              {mid !== null && score?.score != null && (
                <>
                  <rect
                    x={x(low)}
                    y={mid - BAR / 2}
                    width={x(score.score) - x(low)}
                    height={BAR}
                    {...paint('score')}
                  />
                  <ChartText
                    lines={[
                      {
                        x: x(score.score) + 4,
                        y: mid + 4,
                        text: formatDecimal(roundScore(score.score)),
                        size: 12,
                      },
                    ]}
                  />
                </>
              )}
              {mid !== null && score?.score == null && (
                <ChartText
                  lines={[{ x: x(low) + 4, y: mid + 4, text: 'geen score', size: 12, muted: true }]}
                />
              )}
              {mid !== null && score?.ambition != null && (
                <path
                  d={diamond(x(score.ambition), mid, BAR / 2 + 2)}
                  {...paint('background', 'ambition')}
                  stroke-width="2"
                />
              )}
            </g>
          );
        })}
        <rect x={8} y={5} width={12} height={12} {...paint('score')} />
        <ChartText lines={[{ x: 25, y: 16, text: 'score', size: ROW_FONT - 1 }]} />
        {withAmbition && (
          <>
            <path d={diamond(80, 11, 6)} {...paint('background', 'ambition')} stroke-width="2" />
            <ChartText lines={[{ x: 91, y: 16, text: 'gewenst niveau', size: ROW_FONT - 1 }]} />
          </>
        )}
      </svg>
    </div>
  );
}
