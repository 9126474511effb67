/**
 * Step 4 as one list: every partner with a direction, in the order to start working.
 * The manual (004) says to begin with the partners of goals where more effect is urgent.
 */
import { assessPartner, type PartnerAssessment } from './assessment';
import { urgencies, type Goal, type MatrixState, type PartnerRow } from './matrix-state';

export interface OverviewRow {
  partner: PartnerRow;
  goal: Goal;
  assessment: PartnerAssessment;
}

const collator = new Intl.Collator('nl');

/** All partners that have a direction (arrow or suggestion), goals with urgency 'hoog' first, then 'middel', 'laag'; within that, furthest below the line first (most negative gap); ties by name (localeCompare 'nl'), then by inventory order. */
export function actionOverview(
  state: MatrixState,
  /** Assessments already made for this state (e.g. by createAssessmentCache), by partner id. */
  assessments?: ReadonlyMap<string, PartnerAssessment>,
): OverviewRow[] {
  const goals = new Map(state.goals.map((goal) => [goal.id, goal]));
  const rank = (goal: Goal) => urgencies.findIndex((u) => u.id === goal.urgency);
  const rows: (OverviewRow & { index: number })[] = [];
  state.partners.forEach((partner, index) => {
    const goal = goals.get(partner.goalId);
    if (!goal) return;
    const assessment = assessments?.get(partner.id) ?? assessPartner(partner, state);
    if (assessment.arrowDirections.length || assessment.suggestedDirections.length) {
      rows.push({ partner, goal, assessment, index });
    }
  });
  rows.sort(
    (a, b) =>
      rank(a.goal) - rank(b.goal) ||
      a.assessment.gap - b.assessment.gap ||
      collator.compare(a.partner.name, b.partner.name) ||
      a.index - b.index,
  );
  return rows.map(({ partner, goal, assessment }) => ({ partner, goal, assessment }));
}
