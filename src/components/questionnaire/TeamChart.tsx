import '../../lib/charts/chart-theme.css';
import { paint } from '../../lib/charts/palette';
import { rowLayout } from '../../lib/charts/row-layout';
import type { TeamItemStat } from '../../lib/questionnaire/team';
import { LANE_HEIGHT, teamDots, type TeamDot } from '../../lib/questionnaire/team-dots';
import { ChartText } from '../charts/ChartText';
import { ScoreGrid } from '../charts/ScoreGrid';
import { useChartWidth } from '../charts/use-chart-width';
import { fmt } from './ScanResults';

/** One respondent, or several with the same score: a numbered dot or a counted one ("5×"). */
function Dot(props: { dot: TeamDot; cy: number; names: readonly string[] }) {
  const { dot, cy } = props;
  const shared = dot.members.length > 1;
  return (
    <g class={shared ? 'team-dot team-dot--shared' : 'team-dot'}>
      <title>{`${fmt(dot.value)}: ${dot.members.map((m) => props.names[m]).join(', ')}`}</title>
      <circle
        cx={dot.x}
        cy={cy}
        r={dot.radius}
        {...paint('score', 'onMarker')}
        fill-opacity={shared ? 1 : 0.85}
        stroke-width={shared ? 2 : 1}
      />
      <text
        x={dot.x}
        y={cy + 4}
        text-anchor="middle"
        font-size="12"
        font-weight={shared ? 700 : undefined}
        {...paint('onMarker')}
      >
        {dot.label}
      </text>
    </g>
  );
}

/**
 * Every respondent's score per item (rows in the order given), the mean as a bar, and a flag
 * where scores lie 2 points or more apart. A lone respondent is a dot with their number from
 * the table; respondents with the same score share a bigger dot that counts them ("5×"), and
 * dots that would touch move to a lane below (team-dots.ts): nobody is hidden. Laid out for
 * the width it gets (see row-layout.ts).
 */
export function TeamChart(props: {
  rows: readonly { id: string; name: string }[];
  scale: { min: number; max: number };
  items: TeamItemStat[];
  /** Respondents' names, in table order (shown when pointing at a dot). */
  names: readonly string[];
  /** Accessible name of the chart. */
  label: string;
  /** Drawn this many times larger (on a beamer), laid out for the width divided by it. */
  size?: number;
}) {
  const [frameRef, frameWidth] = useChartWidth<HTMLDivElement>(720);
  const zoom = props.size ?? 1;
  const measured = frameWidth / zoom;
  const stats = new Map(props.items.map((stat) => [stat.itemId, stat]));
  // The scale's pixels do not depend on the rows' heights, so a first pass places the dots.
  const base = rowLayout(measured, [], props.scale, { top: 0, markHeight: 0, valueRoom: 16 });
  const dots = new Map(
    props.rows.map((row) => [row.id, teamDots(stats.get(row.id)?.scores ?? [], base.x)]),
  );
  const layout = rowLayout(
    measured,
    props.rows.map((row) => ({
      key: row.id,
      text: `${stats.get(row.id)?.flagged ? '⚑ ' : ''}${row.name}`,
      markHeight: (dots.get(row.id)?.lanes ?? 1) * LANE_HEIGHT,
    })),
    props.scale,
    { top: 0, markHeight: LANE_HEIGHT, valueRoom: 16 },
  );
  const { x, width, height } = layout;
  return (
    <div class="chart-frame" ref={frameRef}>
      <svg
        class="chart score-chart team-chart"
        width={width * zoom}
        height={height * zoom}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={props.label}
        font-family="system-ui, sans-serif"
      >
        <rect width={width} height={height} {...paint('background')} />
        <ScoreGrid layout={layout} x={x} />
        {layout.rows.map((row) => {
          const stat = stats.get(row.key);
          const placed = dots.get(row.key) ?? { dots: [], lanes: 1 };
          const top = (row.middle ?? 0) - (placed.lanes * LANE_HEIGHT) / 2;
          return (
            <g key={row.key}>
              <ChartText lines={row.lines.map((line) => ({ ...line, bold: stat?.flagged }))} halo />
              {stat?.mean != null && (
                <line
                  x1={x(stat.mean)}
                  x2={x(stat.mean)}
                  y1={top - 3}
                  y2={top + placed.lanes * LANE_HEIGHT + 3}
                  {...paint(null, 'teamMean')}
                  stroke-width="3"
                />
              )}
              {placed.dots.map((dot) => (
                <Dot
                  key={dot.value}
                  dot={dot}
                  cy={top + (dot.lane + 0.5) * LANE_HEIGHT}
                  names={props.names}
                />
              ))}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
