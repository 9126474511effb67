import type { Ambition } from '../../data/partner-strategy';
import { assessPartner, type PartnerAssessment } from './assessment';
import type { MatrixState, PartnerRow } from './matrix-state';
import { nameKey } from './values';

interface Entry {
  ambition: Ambition;
  names: string;
  assessment: PartnerAssessment;
}

/**
 * Assesses every partner of a state, reusing the previous assessment of a partner whose row,
 * ambition line and name sharing (a partner under several goals gets another role) did not
 * change. While a point is dragged only that partner is assessed again, and every other row
 * keeps the same assessment object, so its table row is not rendered again.
 */
export function createAssessmentCache(): (state: MatrixState) => Map<string, PartnerAssessment> {
  const entries = new WeakMap<PartnerRow, Entry>();
  return (state) => {
    const names = state.partners.map((p) => `${nameKey(p.name)}\u0000${p.goalId}`).join('\u0001');
    const result = new Map<string, PartnerAssessment>();
    for (const partner of state.partners) {
      const cached = entries.get(partner);
      if (cached && cached.ambition === state.ambition && cached.names === names) {
        result.set(partner.id, cached.assessment);
        continue;
      }
      const assessment = assessPartner(partner, state);
      entries.set(partner, { ambition: state.ambition, names, assessment });
      result.set(partner.id, assessment);
    }
    return result;
  };
}
