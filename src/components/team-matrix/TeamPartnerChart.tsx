import '../../lib/charts/chart-theme.css';
import { axes, scoreScale } from '../../data/partner-strategy';
import { paint } from '../../lib/charts/palette';
import { formatDecimal } from '../../lib/instrument-kit/decimal';
import { stackPoints, type PartnerStat } from '../../lib/team-matrix/aggregate';
import { valueScale } from '../../lib/charts/scales';

const SIZE = 300;
const PLOT = { left: 40, top: 12, size: SIZE - 40 - 30 };
const POINT = 6;
const STACK = 10;
const FONT = 12;
const DOMAIN = [scoreScale.min, scoreScale.max] as const;
/** Gridlines and numbers every other point, as on the partner matrix. */
const TICK_COUNT = 5;

/**
 * One partner as the group placed it: a small dot per participant (equal points become one
 * dot with their number in it, so nobody is hidden) and the median as a larger open diamond.
 */
export function TeamPartnerChart(props: {
  stat: PartnerStat;
  describedBy?: string;
  /** Drawn this many times larger (on a beamer). */
  size?: number;
}) {
  const { stat } = props;
  const bottom = PLOT.top + PLOT.size;
  const right = PLOT.left + PLOT.size;
  const x = valueScale(DOMAIN, [PLOT.left, right], TICK_COUNT);
  const y = valueScale(DOMAIN, [bottom, PLOT.top], TICK_COUNT);
  const ticks = x.ticks(TICK_COUNT);
  const median = stat.median;
  const label = median
    ? `${stat.partner.name}: ${stat.points.length} deelnemers. Mediaan: invloed ${formatDecimal(median.influence)}, afhankelijkheid ${formatDecimal(median.dependency)}. Spreiding ${formatDecimal(stat.spread)}.`
    : `${stat.partner.name}: nog geen scores.`;
  return (
    <svg
      class="chart team-partner-chart"
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      width={SIZE * (props.size ?? 1)}
      height={SIZE * (props.size ?? 1)}
      role="img"
      aria-label={label}
      aria-describedby={props.describedBy}
      font-family="system-ui, sans-serif"
      data-partner={stat.partner.id}
    >
      <rect width={SIZE} height={SIZE} {...paint('background')} />
      <g aria-hidden="true">
        {ticks.map((tick) => (
          <g key={tick} {...paint(null, 'grid')}>
            <line x1={x(tick)} x2={x(tick)} y1={bottom} y2={PLOT.top} />
            <line x1={PLOT.left} x2={right} y1={y(tick)} y2={y(tick)} />
          </g>
        ))}
        <g {...paint(null, 'areaDivider')} stroke-width="1.5">
          <line x1={x(5)} x2={x(5)} y1={bottom} y2={PLOT.top} />
          <line x1={PLOT.left} x2={right} y1={y(5)} y2={y(5)} />
        </g>
        {ticks.map((tick) => (
          <g key={`t${tick}`} font-size={FONT} {...paint('mutedText')}>
            <text x={x(tick)} y={bottom + 14} text-anchor="middle">
              {formatDecimal(tick)}
            </text>
            <text x={PLOT.left - 6} y={y(tick) + 4} text-anchor="end">
              {formatDecimal(tick)}
            </text>
          </g>
        ))}
        <text x={right} y={SIZE - 2} text-anchor="end" font-size={FONT} {...paint('text')}>
          {`${axes.dependency.label} →`}
        </text>
        <text
          transform={`translate(12 ${PLOT.top}) rotate(-90)`}
          text-anchor="end"
          font-size={FONT}
          {...paint('text')}
        >
          {`${axes.influence.label} →`}
        </text>
        {stackPoints(stat.points).map((stack) => {
          const cx = x(stack.dependency);
          const cy = y(stack.influence);
          return (
            <g key={`${stack.influence}|${stack.dependency}`} data-count={stack.count}>
              <circle
                cx={cx}
                cy={cy}
                r={stack.count > 1 ? STACK : POINT}
                {...paint('score', 'onMarker')}
              />
              {stack.count > 1 && (
                <text
                  x={cx}
                  y={cy + 4}
                  text-anchor="middle"
                  font-size={FONT}
                  font-weight="600"
                  {...paint('onMarker')}
                >
                  {stack.count}
                </text>
              )}
            </g>
          );
        })}
        {median && (
          <path
            data-median=""
            d={`M${x(median.dependency)},${y(median.influence) - 14} l14,14 l-14,14 l-14,-14 Z`}
            {...paint(null, 'teamMean')}
            stroke-width="3"
          />
        )}
      </g>
    </svg>
  );
}
