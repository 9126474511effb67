// The partnership check's questionnaire: the broker's five criteria as one group of items, from
// the one data file (src/data/partnership-check.ts).
import { partnershipCheck } from '../../data/partnership-check';
import type { QDefinition } from '../questionnaire/definition';

export const partnershipCheckDefinition: QDefinition = {
  id: partnershipCheck.id,
  version: 1,
  scale: { min: 1, max: 5 },
  groups: [
    {
      id: 'criteria',
      name: 'Vijf criteria voor een goed partnerschap',
      items: partnershipCheck.criteria.map((criterion) => ({
        id: criterion.id,
        name: criterion.name,
        meaning: criterion.meaning,
        advice: criterion.advice,
        statements: criterion.statements,
        retired: criterion.retired,
      })),
    },
  ],
};
