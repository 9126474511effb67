import type { OverviewRow } from '../../lib/partner-strategy/action-overview';
import type { PartnerAssessment } from '../../lib/partner-strategy/assessment';
import { urgencies, type Goal, type MatrixState } from '../../lib/partner-strategy/matrix-state';
import { ReportHeader } from '../instrument-kit/ReportHeader';
import { usePrinting } from '../instrument-kit/use-printing';
import { MatrixChart } from './MatrixChart';
import { ActionOverviewTable, GoalTable } from './Tables';
import { formatScore, partnerCount } from './wording';

const nothing = () => undefined;

/** One goal on paper: its chart, the partners as text and their notes. */
function ReportGoal(props: {
  goal: Goal;
  state: MatrixState;
  assessments: Map<string, PartnerAssessment>;
}) {
  const { goal, state, assessments } = props;
  const rows = state.partners
    .filter((p) => p.goalId === goal.id)
    .map((partner) => ({ partner, assessment: assessments.get(partner.id)! }));
  const withNotes = rows.filter(({ partner }) => partner.notes.trim() !== '');
  const urgency = urgencies.find((u) => u.id === goal.urgency)?.label ?? goal.urgency;
  return (
    <section class={`report-goal${rows.length ? ' report-goal--filled' : ''}`}>
      <h3>{`Doel: ${goal.name}`}</h3>
      <p>{`Urgentie: ${urgency.toLowerCase()} · ${partnerCount(rows.length)}`}</p>
      {rows.length === 0 ? (
        <p>Nog geen partners bij dit doel.</p>
      ) : (
        <>
          <MatrixChart
            goal={goal}
            points={rows.map(({ partner, assessment }) => ({ partner, side: assessment.side }))}
            ambition={state.ambition}
            selectedId={null}
            onSelect={nothing}
            onMove={nothing}
            onMoveTarget={nothing}
          />
          <GoalTable goal={goal} rows={rows} />
          {withNotes.length > 0 && (
            <dl class="report-notes">
              {withNotes.map(({ partner }) => (
                <div key={partner.id}>
                  <dt>{`Opmerkingen bij ${partner.name}`}</dt>
                  <dd>{partner.notes}</dd>
                </div>
              ))}
            </dl>
          )}
        </>
      )}
    </section>
  );
}

/**
 * The partner matrix on paper, from the same state as the screen: every goal with its chart
 * and its partners as text (full names, no form fields), then the actions and who maintains
 * each relation. Hidden on screen; print.css shows it instead of the form. The goals are drawn
 * only while printing, so that typing and dragging on screen never pay for them.
 */
export function MatrixReport(props: {
  title: string | undefined;
  state: MatrixState;
  assessments: Map<string, PartnerAssessment>;
  overview: OverviewRow[];
}) {
  const { state } = props;
  const printing = usePrinting(props.title);
  return (
    <div class="print-report matrix-report">
      <ReportHeader title={props.title} printing={printing}>
        <p>
          {`Ambitielijn: invloed ${formatScore(state.ambition.atNoDependency)} bij afhankelijkheid 0, ${formatScore(state.ambition.atFullDependency)} bij 10.`}
        </p>
      </ReportHeader>
      {printing && (
        <>
          {state.goals.map((goal) => (
            <ReportGoal key={goal.id} goal={goal} state={state} assessments={props.assessments} />
          ))}
          <section class="report-actions">
            <h3>Acties en onderhoud per partner</h3>
            <ActionOverviewTable rows={props.overview} />
          </section>
        </>
      )}
    </div>
  );
}
