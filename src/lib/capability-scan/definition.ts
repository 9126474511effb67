// The quick-scan's questionnaire, derived from the capability model (the one source of the
// domains, conditions and statements that the chapter renders too).
import { capabilityModel } from '../../data/capability-model';
import type { QDefinition } from '../questionnaire/definition';

export const capabilityDefinition: QDefinition = {
  id: capabilityModel.id,
  version: 1,
  scale: { min: 1, max: 5 },
  groups: capabilityModel.domains.map((domain) => ({
    id: domain.id,
    name: domain.name,
    items: domain.conditions.map((condition) => ({
      id: condition.id,
      name: condition.name,
      meaning: condition.meaning,
      statements: condition.statements,
      retired: condition.retired,
    })),
  })),
};
