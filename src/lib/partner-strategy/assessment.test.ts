import { exampleMatrix } from './matrix-examples';
import { describe, expect, it } from 'vitest';
import { type RelationForm } from '../../data/partner-strategy';
import { assessPartner } from './assessment';
import { type MatrixState, type PartnerRow, type Position } from './matrix-state';

/** One partner under one goal, on the default diagonal unless said otherwise. */
function partner(
  influence: number,
  dependency: number,
  options: { relation?: RelationForm; target?: Position; name?: string } = {},
): PartnerRow {
  return {
    id: 'p',
    name: options.name ?? 'Partner',
    goalId: 'g',
    relation: options.relation ?? 'subsidie',
    influence,
    dependency,
    target: options.target ?? null,
    notes: '',
  };
}

function state(
  partners: PartnerRow[],
  ambition = { atNoDependency: 0, atFullDependency: 10 },
): MatrixState {
  return {
    v: 1,
    goals: [
      { id: 'g', name: 'Doel', urgency: 'middel' },
      { id: 'h', name: 'Ander doel', urgency: 'laag' },
    ],
    partners,
    ambition,
  };
}

const assess = (row: PartnerRow, ambition?: MatrixState['ambition']) =>
  assessPartner(row, state([row], ambition));
const actionIds = (row: PartnerRow) => assess(row).actions.map((a) => a.id);

describe('X, Y and Z from the sources', () => {
  it('X contributes little and is below the line: up, then phase out as the alternative', () => {
    const a = assess(partner(2.5, 4));
    expect(a.side).toBe('onder');
    expect(a.gap).toBe(-1.5);
    expect(a.quadrant).toBe('vervangbaar-beperkt');
    expect(a.suggestedDirections).toEqual(['omhoog', 'omlaag']);
    expect(a.reasoning).toMatch(/onder de ambitielijn/);
    expect(a.reasoning).toMatch(/investeren in effect/);
    expect(a.reasoning).toMatch(/afbouwen of stoppen/);
  });

  it('Y is mediocre and you depend on it: up and left', () => {
    const a = assess(partner(5, 8));
    expect(a.side).toBe('onder');
    expect(a.quadrant).toBe('afhankelijk-beperkt'); // 5 is not yet "much influence"
    expect(a.suggestedDirections).toEqual(['omhoog', 'links']);
    expect(a.reasoning).toMatch(/minder afhankelijk worden/);
    expect(a.reasoning).toMatch(/concurrentie/);
  });

  it('Z is effective and has no alternative: lock in to the right', () => {
    const a = assess(partner(9.5, 8.5));
    expect(a.side).toBe('boven');
    expect(a.quadrant).toBe('strategisch');
    expect(a.suggestedDirections).toEqual(['rechts']);
    expect(a.reasoning).toMatch(/partnerschap vastleggen/);
    expect(a.reasoning).toMatch(/meerdere jaren/);
  });

  it('a replaceable partner above the line needs no change, and the reason says so', () => {
    const a = assess(partner(6, 2));
    expect(a.side).toBe('boven');
    expect(a.quadrant).toBe('vervangbaar-sterk');
    expect(a.suggestedDirections).toEqual([]);
    expect(a.actions).toEqual([]);
    expect(a.reasoning).toMatch(/geen verandering nodig/);
  });

  it('on the line counts as just enough', () => {
    expect(assess(partner(5, 5))).toMatchObject({ side: 'op', gap: 0, suggestedDirections: [] });
    expect(assess(partner(5, 5)).reasoning).toMatch(/net genoeg/);
    expect(assess(partner(7, 7))).toMatchObject({ side: 'op', suggestedDirections: ['rechts'] });
  });

  it('does not suggest phasing out a strong partner that is below a high ambition line', () => {
    const a = assess(partner(6, 3), { atNoDependency: 7, atFullDependency: 10 });
    expect(a.side).toBe('onder');
    expect(a.gap).toBe(-2);
    expect(a.suggestedDirections).toEqual(['omhoog']);
  });

  it('follows the ambition line the user set, not the diagonal', () => {
    const low = { atNoDependency: 0, atFullDependency: 5 };
    expect(assess(partner(5, 8)).suggestedDirections).toEqual(['omhoog', 'links']);
    expect(assess(partner(5, 8), low)).toMatchObject({
      side: 'boven',
      gap: 1,
      suggestedDirections: ['rechts'],
    });
  });
});

describe('the arrow and the actions', () => {
  it('points from the position to the target, on both axes', () => {
    expect(
      assess(partner(5, 8, { target: { influence: 7, dependency: 5 } })).arrowDirections,
    ).toEqual(['omhoog', 'links']);
    expect(
      assess(partner(5, 5, { target: { influence: 3, dependency: 9 } })).arrowDirections,
    ).toEqual(['omlaag', 'rechts']);
    expect(
      assess(partner(5, 5, { target: { influence: 5, dependency: 5 } })).arrowDirections,
    ).toEqual([]);
    expect(assess(partner(5, 5)).arrowDirections).toEqual([]);
  });

  it('lists the actions for the arrow, with actions that serve both directions first', () => {
    const target = { influence: 7, dependency: 5 };
    const ids = actionIds(partner(5, 8, { relation: 'opdracht', target }));
    expect(ids.slice(0, 2)).toEqual(['uitvraag-aanpassen', 'voorstellen-uitnodigen']);
    expect(ids).toContain('deel-elders-afnemen');
    expect(ids).toContain('tijdelijk-extra-investeren');
    expect(ids).not.toContain('afbouwen-of-beeindigen');
    // Moving left: no certainty for years beside the search for other providers.
    expect(ids).not.toContain('meerjarige-afspraken');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses the arrow, not the suggestion, once a target is set', () => {
    // Suggested: up or down. The user chose straight up: no phasing-out action.
    const ids = actionIds(partner(2.5, 4, { target: { influence: 6, dependency: 4 } }));
    expect(ids).toEqual([
      'tijdelijk-extra-investeren',
      'innovatie-of-kwaliteitssubsidie',
      'voorstellen-uitnodigen',
    ]);
  });

  it('falls back to the suggested directions without a target, the main one winning', () => {
    const a = assess(partner(2.5, 4));
    expect(a.suggestedDirections).toEqual(['omhoog', 'omlaag']);
    const ids = a.actions.map((x) => x.id);
    expect(ids).toContain('tijdelijk-extra-investeren');
    // Investing and phasing out do not stand in one list; the reasoning names the fallback.
    expect(ids).not.toContain('afbouwen-of-beeindigen');
    expect(a.reasoning).toMatch(/afbouwen of stoppen/);
    expect(actionIds(partner(9, 9))).toEqual(['samen-doel-en-afspraken', 'meerjarige-afspraken']);
  });

  it('a phasing-out arrow lists phasing out, and for a permit falls back to supervision', () => {
    const down = { target: { influence: 1, dependency: 4 } };
    expect(actionIds(partner(2.5, 4, down))).toEqual(['afbouwen-of-beeindigen']);
    expect(actionIds(partner(2.5, 4, { ...down, relation: 'vergunning' }))).toEqual([
      'terug-naar-toezicht',
    ]);
  });
});

describe('the form of the relation', () => {
  it('a school board, a GGD and a welfare foundation at one spot get different advice', () => {
    const spot = (relation: RelationForm) =>
      actionIds(partner(3, 7.5, { relation, target: { influence: 8, dependency: 7.5 } }));
    const schoolBoard = spot('subsidie');
    const ggd = spot('bestuurlijke-afspraken');
    const foundation = spot('opdracht');
    expect(schoolBoard).not.toEqual(ggd);
    expect(schoolBoard).not.toEqual(foundation);
    for (const ids of [schoolBoard, ggd, foundation]) expect(ids).not.toContain('handhaven');
    // Cannot do without it, straight up: certainty for years, no hunt for competitors.
    expect(schoolBoard).toContain('meerjarige-afspraken');
    expect(schoolBoard).not.toContain('voorstellen-uitnodigen');
  });

  it('enforcement only for a partner with a permit', () => {
    const up = { target: { influence: 8, dependency: 8 } };
    for (const relation of ['subsidie', 'opdracht', 'bestuurlijke-afspraken', 'anders'] as const)
      expect(actionIds(partner(2, 8, { ...up, relation }))).not.toContain('handhaven');
    expect(actionIds(partner(2, 8, { ...up, relation: 'vergunning' }))).toContain('handhaven');
  });

  it('does not suggest other providers for a company with a permit you depend on', () => {
    const a = assess(partner(2, 8, { relation: 'vergunning' }));
    expect(a.suggestedDirections).toEqual(['omhoog']);
    expect(a.reasoning).toMatch(/uitzonderlijke gevallen/);
    expect(assess(partner(2, 8, { relation: 'subsidie' })).suggestedDirections).toEqual([
      'omhoog',
      'links',
    ]);
  });

  it("keeps 'anders' as it is and lists only actions that need no money, contract or permit", () => {
    const a = assess(
      partner(3, 7, { relation: 'anders', target: { influence: 7, dependency: 7 } }),
    );
    const ids = a.actions.map((x) => x.id);
    expect(ids.length).toBeGreaterThan(0);
    for (const paid of ['tijdelijk-extra-investeren', 'uitvraag-aanpassen', 'handhaven'])
      expect(ids).not.toContain(paid);
  });
});

describe('who maintains the relation (step 5)', () => {
  it('a strategic partnership: the project leader of the goal', () => {
    const a = assess(partner(9, 8, { target: { influence: 9, dependency: 8.5 } }));
    expect(a.role).toBe('projectleider');
    expect(a.roleReason).toMatch(/strategisch partnerschap/);
    expect(
      assess(partner(3, 7.5, { relation: 'opdracht', target: { influence: 8, dependency: 7.5 } }))
        .role,
    ).toBe('projectleider');
  });

  it('a contractor for several goals: one integral account holder', () => {
    const here = partner(6, 2, { relation: 'opdracht', name: 'Bureau Noord' });
    const there = {
      ...partner(6, 2, { relation: 'opdracht', name: ' bureau  noord ' }),
      id: 'q',
      goalId: 'h',
    };
    const a = assessPartner(here, state([here, there]));
    expect(a.role).toBe('accounthouder');
    expect(a.roleReason).toMatch(/2 doelen/);
    // Twice under the same goal is not "several goals".
    const same = { ...there, goalId: 'g' };
    expect(assessPartner(here, state([here, same])).role).toBe('contractmanager');
    // A subsidy relation under two goals is not a contractor.
    const sub = { ...here, relation: 'subsidie' as const };
    expect(assessPartner(sub, state([sub, { ...there, relation: 'subsidie' }])).role).toBe(
      'contractmanager',
    );
  });

  it('a replaceable contractor, nothing to invest: a contract manager', () => {
    const a = assess(partner(6, 2, { relation: 'opdracht' }));
    expect(a.role).toBe('contractmanager');
    expect(a.roleReason).toMatch(/zakelijk/);
  });

  it('becoming less dependent: a contract manager is enough', () => {
    const a = assess(partner(5, 8.5, { target: { influence: 5, dependency: 4 } }));
    expect(a.role).toBe('contractmanager');
    expect(a.roleReason).toMatch(/alternatieven.*zakelijk/);
  });

  it('in competition but investing in quality: an account holder', () => {
    const a = assess(
      partner(5, 8, { relation: 'subsidie', target: { influence: 7, dependency: 5 } }),
    );
    expect(a.role).toBe('accounthouder');
    expect(a.roleReason).toMatch(/investeren in kwaliteit/);
    const c = assess(
      partner(3.5, 2.5, { relation: 'opdracht', target: { influence: 5, dependency: 2.5 } }),
    );
    expect(c.role).toBe('accounthouder');
  });

  it('without a target, mentions the cheaper role for phasing out', () => {
    const a = assess(partner(2.5, 4, { relation: 'opdracht' }));
    expect(a.role).toBe('accounthouder');
    expect(a.roleReason).toMatch(/afbouwen.*contractbeheerder/);
  });

  it('administrative agreements with a replaceable partner: the project leader keeps in touch', () => {
    const a = assess(partner(6, 2, { relation: 'bestuurlijke-afspraken' }));
    expect(a.role).toBe('projectleider');
    expect(a.roleReason).toMatch(/geen opdracht of subsidie/);
  });
});

describe('the prepared examples say what the instrument says', () => {
  const examined = (exampleId: string, partnerId: string) => {
    const example = exampleMatrix(exampleId)!;
    const row = example.partners.find((p) => p.id === partnerId)!;
    return { row, a: assessPartner(row, example) };
  };

  it('xyz: X up with extra investment, Y left and up, Z lock in', () => {
    const x = examined('xyz', 'x').a;
    expect(x).toMatchObject({ side: 'onder', arrowDirections: ['omhoog'] });
    expect(x.suggestedDirections).toContain('omhoog');
    expect(x.actions[0].id).toBe('tijdelijk-extra-investeren');

    const y = examined('xyz', 'y').a;
    expect(y).toMatchObject({ side: 'onder', suggestedDirections: ['omhoog', 'links'] });
    expect(y.arrowDirections).toEqual(expect.arrayContaining(['links', 'omhoog']));
    expect(y.actions.map((a) => a.id)).toContain('deel-elders-afnemen');

    const z = examined('xyz', 'z').a;
    expect(z).toMatchObject({
      side: 'boven',
      quadrant: 'strategisch',
      suggestedDirections: ['rechts'],
    });
    expect(z.arrowDirections).toEqual(['rechts']);
    expect(z.actions.map((a) => a.id)).toContain('samen-doel-en-afspraken');
    expect(z.role).toBe('projectleider');
  });

  it('schoolbestuur: below the line, straight up, kept by the project leader', () => {
    const { a } = examined('schoolbestuur', 'schoolbestuur');
    expect(a.side).toBe('onder');
    expect(a.suggestedDirections[0]).toBe('omhoog');
    expect(a.arrowDirections).toEqual(['omhoog']);
    // "zekerheid over de middelen voor meerdere jaren"; a subsidised partner is not enforced
    expect(a.actions.map((x) => x.id)).toContain('meerjarige-afspraken');
    expect(a.actions.map((x) => x.id)).not.toContain('handhaven');
    expect(a.role).toBe('projectleider');
  });

  it('welzijn: place Y, to the left by admitting other providers', () => {
    const { a } = examined('welzijn', 'welzijnsinstelling');
    expect(a).toMatchObject({
      side: 'onder',
      quadrant: 'afhankelijk-beperkt',
      arrowDirections: ['links'],
    });
    expect(a.suggestedDirections).toContain('links');
    expect(a.actions.map((x) => x.id)).toContain('andere-aanbieders-toelaten');
    expect(a.actions.map((x) => x.id)).not.toContain('meerjarige-afspraken');
    expect(a.role).toBe('contractmanager');
  });

  it('bibliotheken: place Z, to the right with a multi-year covenant, no competition', () => {
    const { a } = examined('bibliotheken', 'bibliotheek');
    expect(a).toMatchObject({
      side: 'boven',
      quadrant: 'strategisch',
      suggestedDirections: ['rechts'],
    });
    expect(a.arrowDirections).toEqual(['rechts']);
    const ids = a.actions.map((x) => x.id);
    expect(ids).toContain('meerjarige-afspraken');
    expect(ids).not.toContain('andere-aanbieders-toelaten');
    expect(a.role).toBe('projectleider');
  });

  it('industrie: X up by enforcing or making it attractive; Z strategic', () => {
    const x = examined('industrie', 'bedrijf-x').a;
    expect(x).toMatchObject({ side: 'onder', arrowDirections: ['omhoog'] });
    expect(x.actions.map((a) => a.id)).toEqual(
      expect.arrayContaining(['handhaven', 'verbeteren-aantrekkelijk-maken']),
    );
    const z = examined('industrie', 'bedrijf-z').a;
    expect(z.actions.map((a) => a.id)).toEqual(['samen-doel-en-afspraken', 'ambassadeur']);
    expect(z).toMatchObject({
      side: 'boven',
      quadrant: 'strategisch',
      arrowDirections: [],
      suggestedDirections: ['rechts'],
    });
  });

  it('jongerenwerk: A above the line, B left and up with new tenders, C just above and up', () => {
    const a = examined('jongerenwerk', 'organisatie-a').a;
    expect(a.side).toBe('boven');
    expect(a.arrowDirections).toEqual([]);
    const b = examined('jongerenwerk', 'organisatie-b').a;
    expect(b.side).toBe('onder');
    expect(b.arrowDirections).toEqual(expect.arrayContaining(['links', 'omhoog']));
    expect(b.actions[0].id).toBe('uitvraag-aanpassen');
    const c = examined('jongerenwerk', 'organisatie-c').a;
    expect(c).toMatchObject({
      side: 'boven',
      gap: 1,
      quadrant: 'vervangbaar-beperkt',
      suggestedDirections: [],
    });
    expect(c.arrowDirections).toEqual(['omhoog']);
    expect(c.actions.length).toBeGreaterThan(0);
  });
});
