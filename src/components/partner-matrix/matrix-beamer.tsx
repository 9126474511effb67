// The partner matrix on a beamer: one goal at a time, drawn large. Loaded when the reader first
// asks for it (MatrixToolbar), so the page's start-up script does not carry it.
import '../../lib/charts/chart-theme.css';
import type { LineSide } from '../../lib/partner-strategy/ambition-line';
import type { Goal, MatrixState, PartnerRow } from '../../lib/partner-strategy/matrix-state';
import { BEAMER_SCALE, fitToBox } from '../../lib/charts/beamer-fit';
import { openBeamer } from '../beamer/Beamer';
import { matrixLayout, POINT_RADIUS } from './chart-layout';
import { ArrowMarker, CHART_FONT, MatrixChartFrame } from './MatrixChartFrame';
import { ArrowMark, LabelMark, PointShape } from './MatrixChartMarks';
import { formatScore, sideText } from './wording';

type Box = { width: number; height: number };

/**
 * The chart's plot with its axes, laid out for `width`: what stands above and below the plot
 * on the page (legend, ambition line, the names behind numbers) goes beside it on a beamer,
 * so the plot takes the whole height.
 */
function plotLayout(width: number, partners: readonly PartnerRow[], state: MatrixState) {
  const full = matrixLayout(width, partners, state.ambition, undefined, { clearOfPartners: true });
  // From just above the top tick number to just below the axis title.
  const top = Math.floor(full.plot.top - 14);
  const bottom = Math.ceil(full.plot.bottom + 44);
  const layout = {
    ...full,
    texts: full.texts.filter((text) => text.y > top && text.y <= bottom),
    legendMarks: [],
  };
  return { layout, top, width: full.width, height: bottom - top };
}

function GoalChart(props: {
  state: MatrixState;
  goal: Goal;
  partners: PartnerRow[];
  sideOf: SideOf;
  box: Box;
}) {
  const { state, goal, partners } = props;
  const { layout, top, width, height } = fitToBox(props.box, (w) => plotLayout(w, partners, state));
  const { x, y } = layout;
  const marker = `beamer-pijl-${goal.id}`;
  return (
    <svg
      class="chart beamer-chart"
      width={width * BEAMER_SCALE}
      height={height * BEAMER_SCALE}
      viewBox={`0 ${top} ${width} ${height}`}
      role="img"
      aria-label={`Partnermatrix voor het doel “${goal.name}”, met ${partners.length} partners`}
      font-family={CHART_FONT}
    >
      <ArrowMarker id={marker} />
      <MatrixChartFrame layout={layout} />
      {partners.map((p) =>
        p.target ? (
          <ArrowMark
            key={p.id}
            x1={x(p.dependency)}
            y1={y(p.influence)}
            x2={x(p.target.dependency)}
            y2={y(p.target.influence)}
            markerId={marker}
          />
        ) : null,
      )}
      {partners.map((p, index) => (
        <LabelMark
          key={p.id}
          label={layout.labels[index]}
          fromX={x(p.dependency)}
          fromY={y(p.influence)}
        />
      ))}
      {partners.map((p) => (
        <PointShape
          key={p.id}
          side={props.sideOf(p)}
          cx={x(p.dependency)}
          cy={y(p.influence)}
          r={POINT_RADIUS}
          outline="onMarker"
        />
      ))}
    </svg>
  );
}

const SIDES: LineSide[] = ['boven', 'op', 'onder'];

/** Beside the chart: what the marks mean, where the ambition line runs, names behind numbers. */
function GoalNotes(props: { state: MatrixState; partners: PartnerRow[]; box: Box }) {
  const { state, partners } = props;
  const { layout } = fitToBox(props.box, (w) => plotLayout(w, partners, state));
  const numbered = layout.labels
    .map((label, index) => ({ number: label.number, name: partners[index].name }))
    .filter((label) => label.number !== null);
  return (
    <div class="beamer-notes">
      <ul class="beamer-legend">
        {SIDES.map((side) => (
          <li key={side}>
            <svg class="chart" width="24" height="24" viewBox="0 0 24 24" aria-hidden="true">
              <PointShape side={side} cx={12} cy={12} r={9} outline="onMarker" />
            </svg>{' '}
            {sideText(side)}
          </li>
        ))}
      </ul>
      <p>{`Ambitielijn: invloed ${formatScore(state.ambition.atNoDependency)} bij afhankelijkheid 0, ${formatScore(state.ambition.atFullDependency)} bij 10.`}</p>
      {numbered.length > 0 && (
        <ul class="beamer-numbers">
          {numbered.map((label) => (
            <li key={label.number}>{`${label.number}. ${label.name}`}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Where a partner stands against the ambition line. */
type SideOf = (partner: PartnerRow) => LineSide;

/**
 * Opens the beamer view on the goal `goalId` (else the first); the others are a step away.
 * `state` has every partner's shown name (withShownNames). `sideOf` comes from the page, which
 * has the assessment code already: imported here, it would be split into a chunk of its own
 * that every instrument page then loads at start-up.
 */
export function openMatrixBeamer(state: MatrixState, goalId: string | undefined, sideOf: SideOf) {
  openBeamer({
    title: 'Partnermatrix',
    start: Math.max(
      0,
      state.goals.findIndex((g) => g.id === goalId),
    ),
    slides: state.goals.map((goal) => {
      const partners = state.partners.filter((p) => p.goalId === goal.id);
      return {
        heading: `Doel: ${goal.name || 'zonder naam'}`,
        render: (box) => (
          <GoalChart state={state} goal={goal} partners={partners} sideOf={sideOf} box={box} />
        ),
        aside: (box) => <GoalNotes state={state} partners={partners} box={box} />,
      };
    }),
  });
}
