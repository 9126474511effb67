import { describe, expect, it } from 'vitest';
import { assessPartner } from './assessment';
import { createAssessmentCache } from './assessment-cache';
import { exampleMatrix } from './matrix-examples';
import { addGoal, setAmbition, setPosition, updatePartner } from './matrix-operations';

describe('createAssessmentCache', () => {
  const state = exampleMatrix('jongerenwerk')!;
  const [first, second] = state.partners;

  it('gives the same assessments as assessing each partner', () => {
    const assessAll = createAssessmentCache();
    const all = assessAll(state);
    for (const partner of state.partners)
      expect(all.get(partner.id)).toEqual(assessPartner(partner, state));
  });

  it('reuses unchanged partners and re-assesses a moved one', () => {
    const assessAll = createAssessmentCache();
    const before = assessAll(state);
    const moved = setPosition(state, first.id, { influence: 0, dependency: 10 });
    const after = assessAll(moved);
    expect(after.get(second.id)).toBe(before.get(second.id));
    expect(after.get(first.id)).not.toBe(before.get(first.id));
    expect(after.get(first.id)).toEqual(assessPartner(moved.partners[0], moved));
  });

  it('re-assesses everyone when the ambition line moves', () => {
    const assessAll = createAssessmentCache();
    const before = assessAll(state);
    const after = assessAll(setAmbition(state, { atNoDependency: 3, atFullDependency: 9 }));
    expect(after.get(second.id)).not.toBe(before.get(second.id));
  });

  it('re-assesses when a name is shared across goals (the role can change)', () => {
    const assessAll = createAssessmentCache();
    const withGoal = addGoal(state, 'Tweede doel', 'hoog');
    const before = assessAll(withGoal.state);
    const renamed = updatePartner(withGoal.state, second.id, {
      name: first.name,
      goalId: withGoal.goalId,
    });
    const after = assessAll(renamed);
    expect(after.get(first.id)).not.toBe(before.get(first.id));
    expect(after.get(first.id)).toEqual(
      assessPartner(
        renamed.partners.find((p) => p.id === first.id)!,
        renamed,
      ),
    );
  });

  it('changing the form of the relation gives new actions for that partner only', () => {
    const assessAll = createAssessmentCache();
    const industry = exampleMatrix('industrie')!;
    const [company, other] = industry.partners;
    const before = assessAll(industry);
    expect(before.get(company.id)!.actions.map((a) => a.id)).toContain('handhaven');
    const subsidised = updatePartner(industry, company.id, { relation: 'subsidie' });
    const after = assessAll(subsidised);
    expect(after.get(company.id)!.actions.map((a) => a.id)).not.toContain('handhaven');
    expect(after.get(other.id)).toBe(before.get(other.id));
  });

  it('typing a name that nobody else has re-assesses only that partner', () => {
    const assessAll = createAssessmentCache();
    const before = assessAll(state);
    const typed = updatePartner(state, first.id, { name: `${first.name} Noord` });
    const after = assessAll(typed);
    for (const partner of state.partners.slice(1))
      expect(after.get(partner.id)).toBe(before.get(partner.id));
    expect(after.get(first.id)).toEqual(assessPartner(typed.partners[0], typed));
  });
});
