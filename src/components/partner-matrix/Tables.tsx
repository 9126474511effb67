import { directionById, relationFormById } from '../../data/partner-strategy';
import type { OverviewRow } from '../../lib/partner-strategy/action-overview';
import type { PartnerAssessment } from '../../lib/partner-strategy/assessment';
import { urgencies, type Goal, type PartnerRow } from '../../lib/partner-strategy/matrix-state';
import { pure } from '../instrument-kit/pure';
import { roleLabel } from './links';
import { formatScore, gapText } from './wording';

const directionList = (ids: PartnerAssessment['suggestedDirections']) =>
  ids.length
    ? ids.map((id) => `${directionById(id).arrow} ${directionById(id).label}`).join(', ')
    : '–';

const GoalRow = pure(function GoalRow(props: {
  partner: PartnerRow;
  assessment: PartnerAssessment;
}) {
  const { partner, assessment } = props;
  return (
    <tr>
      <th scope="row">{partner.name}</th>
      <td>{relationFormById(partner.relation).label}</td>
      <td>{formatScore(partner.influence)}</td>
      <td>{formatScore(partner.dependency)}</td>
      <td>{gapText(assessment.side, assessment.gap)}</td>
      <td>
        {partner.target
          ? `invloed ${formatScore(partner.target.influence)}, afhankelijkheid ${formatScore(partner.target.dependency)}`
          : '–'}
      </td>
      <td>
        {directionList(
          partner.target ? assessment.arrowDirections : assessment.suggestedDirections,
        )}
      </td>
    </tr>
  );
});

/** The chart's numbers as a table: for screen readers, for print, for checking. */
export function GoalTable(props: {
  goal: Goal;
  rows: { partner: PartnerRow; assessment: PartnerAssessment }[];
}) {
  return (
    <div
      class="table-scroll"
      tabIndex={0}
      role="region"
      aria-label={`Tabel bij de grafiek: ${props.goal.name}`}
    >
      <table class="goal-table">
        <caption>{`Partners bij “${props.goal.name}”: dezelfde gegevens als de grafiek`}</caption>
        <thead>
          <tr>
            <th scope="col">Partner</th>
            <th scope="col">Vorm</th>
            <th scope="col">Invloed</th>
            <th scope="col">Afhankelijkheid</th>
            <th scope="col">Ten opzichte van de ambitielijn</th>
            <th scope="col">Gewenste positie</th>
            <th scope="col">Richting</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.length === 0 && (
            <tr>
              <td colSpan={7}>Nog geen partners bij dit doel.</td>
            </tr>
          )}
          {props.rows.map(({ partner, assessment }) => (
            <GoalRow key={partner.id} partner={partner} assessment={assessment} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

const urgencyLabel = (goal: Goal) =>
  urgencies.find((u) => u.id === goal.urgency)?.label ?? goal.urgency;

const OverviewRowView = pure(function OverviewRowView(props: {
  partner: PartnerRow;
  goal: Goal;
  assessment: PartnerAssessment;
}) {
  const { partner, goal, assessment } = props;
  return (
    <tr>
      <th scope="row">{partner.name}</th>
      <td>{`${goal.name} (${urgencyLabel(goal)})`}</td>
      <td>{gapText(assessment.side, assessment.gap)}</td>
      <td>
        {directionList(
          partner.target && assessment.arrowDirections.length
            ? assessment.arrowDirections
            : assessment.suggestedDirections,
        )}
      </td>
      <td>{assessment.actions.map((action) => action.label).join('; ') || '–'}</td>
      <td>{roleLabel(assessment.role)}</td>
    </tr>
  );
});

/** Step 4: every partner with a direction, urgent goals first, then furthest below the line. */
export function ActionOverviewTable(props: { rows: OverviewRow[] }) {
  if (props.rows.length === 0) return <p>Nog geen partners met een richting.</p>;
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label="Actieoverzicht">
      <table class="overview-table">
        <caption>
          Actieoverzicht: urgente doelen eerst, daarna wie het verst onder de lijn staat
        </caption>
        <thead>
          <tr>
            <th scope="col">Partner</th>
            <th scope="col">Doel (urgentie)</th>
            <th scope="col">Positie</th>
            <th scope="col">Richting</th>
            <th scope="col">Acties</th>
            <th scope="col">Onderhoud</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map(({ partner, goal, assessment }) => (
            <OverviewRowView
              key={partner.id}
              partner={partner}
              goal={goal}
              assessment={assessment}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
