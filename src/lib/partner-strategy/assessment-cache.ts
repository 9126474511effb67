import type { Ambition } from '../../data/partner-strategy';
import { assessPartner, type PartnerAssessment } from './assessment';
import type { MatrixState, PartnerRow } from './matrix-state';
import { nameKey } from './values';

interface Entry {
  ambition: Ambition;
  /** Under how many goals this partner's name appears: a partner under several goals gets another role. */
  goals: number;
  assessment: PartnerAssessment;
}

/**
 * Assesses every partner of a state, reusing the previous assessment of a partner whose row,
 * ambition line and name sharing (the number of goals its name appears under) did not change.
 * While a point is dragged or a name typed, only that partner (and any partner whose name it
 * now shares or no longer shares) is assessed again; every other row keeps the same assessment
 * object, so its table row and chart point are not rendered again.
 */
export function createAssessmentCache(): (state: MatrixState) => Map<string, PartnerAssessment> {
  const entries = new WeakMap<PartnerRow, Entry>();
  return (state) => {
    const goalsByName = new Map<string, Set<string>>();
    const keys = new Map<PartnerRow, string>();
    for (const partner of state.partners) {
      const key = nameKey(partner.name);
      keys.set(partner, key);
      goalsByName.set(key, (goalsByName.get(key) ?? new Set()).add(partner.goalId));
    }
    const result = new Map<string, PartnerAssessment>();
    for (const partner of state.partners) {
      const goals = goalsByName.get(keys.get(partner)!)!.size;
      const cached = entries.get(partner);
      if (cached && cached.ambition === state.ambition && cached.goals === goals) {
        result.set(partner.id, cached.assessment);
        continue;
      }
      const assessment = assessPartner(partner, state);
      entries.set(partner, { ambition: state.ambition, goals, assessment });
      result.set(partner.id, assessment);
    }
    return result;
  };
}
