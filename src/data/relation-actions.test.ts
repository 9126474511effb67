import { describe, expect, it } from 'vitest';
import { actions, directions, relationForms } from './partner-strategy';
import {
  basisText,
  exclusionSources,
  relationAdviceSources,
  ruleSources,
} from './relation-action-sources';
import {
  actionExclusions,
  actionRules,
  actionsFor,
  excludes,
  noAlternatives,
  ruleKey,
  rulesForAction,
} from './relation-actions';
import { relationSteering } from './relation-steering';
import { sourceIds } from './sources';

const actionIds = actions.map((action) => action.id);
const formIds = relationForms.map((form) => form.id);

describe('the rules per relation form and direction', () => {
  it('every action has a rule, and every rule known forms', () => {
    for (const id of actionIds) expect(rulesForAction(id).length, id).toBeGreaterThan(0);
    for (const rule of actionRules) {
      expect(rule.forms.length).toBeGreaterThan(0);
      for (const form of rule.forms) expect(formIds).toContain(form);
    }
  });

  it('one rule per action and direction, each with exactly one source and where in it', () => {
    const keys = actionRules.map(ruleKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(ruleSources).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(sourceIds).toContain(ruleSources[key].source);
      expect(ruleSources[key].where.length).toBeGreaterThan(5);
    }
    expect(basisText(ruleSources[ruleKey(actionRules[0])])).toBe(
      'handleiding, stap 4, de beweging van X',
    );
  });

  describe.each(formIds)('form %s', (form) => {
    it.each(directions.map((d) => d.id))('direction %s has actions', (direction) => {
      expect(actionsFor(direction, form).length).toBeGreaterThan(0);
    });
  });

  it('enforcement with penalty payments only for a permit, as the article puts it', () => {
    for (const form of formIds)
      for (const direction of directions)
        expect(actionsFor(direction.id, form).includes('handhaven')).toBe(
          form === 'vergunning' && direction.id === 'omhoog',
        );
  });

  it('paid actions never for a permit; a permit is not ended like a contract', () => {
    for (const paid of [
      'tijdelijk-extra-investeren',
      'deel-elders-afnemen',
      'afbouwen-of-beeindigen',
    ])
      for (const direction of directions)
        expect(actionsFor(direction.id, 'vergunning')).not.toContain(paid);
    expect(actionsFor('omlaag', 'vergunning')).toEqual(['terug-naar-toezicht']);
  });

  it('every form has advice on how you steer it; only the permit leaves no alternative', () => {
    expect(Object.keys(relationSteering).sort()).toEqual([...formIds].sort());
    for (const form of formIds) {
      expect(relationSteering[form].length).toBeGreaterThan(20);
      expect(sourceIds).toContain(relationAdviceSources[form].source);
    }
    expect(Object.keys(noAlternatives)).toEqual(['vergunning']);
  });
});

describe('actions that pull opposite ways', () => {
  it('name known actions, never the same action on both sides, with a reason and a source', () => {
    for (const exclusion of actionExclusions) {
      for (const id of [...exclusion.one, ...exclusion.other]) expect(actionIds).toContain(id);
      expect(exclusion.one.filter((id) => exclusion.other.includes(id))).toEqual([]);
      expect(exclusionSources[exclusion.id].reason).toMatch(/\.$/);
      expect(sourceIds).toContain(exclusionSources[exclusion.id].basis.source);
    }
  });

  it('certainty for years against competition, phasing out against investing, both ways round', () => {
    expect(excludes('meerjarige-afspraken', 'andere-aanbieders-toelaten')).toBe(true);
    expect(excludes('andere-aanbieders-toelaten', 'meerjarige-afspraken')).toBe(true);
    expect(excludes('deel-elders-afnemen', 'meerjarige-afspraken')).toBe(true);
    expect(excludes('afbouwen-of-beeindigen', 'tijdelijk-extra-investeren')).toBe(true);
    expect(excludes('handhaven', 'ambassadeur')).toBe(true);
    expect(excludes('handhaven', 'verbeteren-aantrekkelijk-maken')).toBe(false);
    expect(excludes('samen-doel-en-afspraken', 'meerjarige-afspraken')).toBe(false);
  });

  it('a rule can put two excluded actions under one direction, so the choice must resolve it', () => {
    // Straight up for a subsidised partner: both certainty for years and proposals from others.
    const up = actionsFor('omhoog', 'subsidie');
    expect(up).toContain('meerjarige-afspraken');
    expect(up).toContain('voorstellen-uitnodigen');
  });
});
