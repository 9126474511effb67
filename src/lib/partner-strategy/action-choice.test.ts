import { describe, expect, it } from 'vitest';
import { relationForms, type DirectionId } from '../../data/partner-strategy';
import { directionsServed, excludes } from '../../data/relation-actions';
import { chooseActions } from './action-choice';

const forms = relationForms.map((form) => form.id);
/** Every arrow (one vertical and/or one horizontal direction) and the two two-way suggestions. */
const directionSets: DirectionId[][] = [];
for (const vertical of [null, 'omhoog', 'omlaag'] as const)
  for (const horizontal of [null, 'links', 'rechts'] as const) {
    const set = [vertical, horizontal].filter((d): d is DirectionId => d !== null);
    if (set.length) directionSets.push(set);
  }
directionSets.push(['omhoog', 'omlaag']);

describe.each(forms)('form %s', (form) => {
  it.each(directionSets.map((set) => [set.join(' + '), set] as const))(
    '%s: a non-empty list without opposites, each action fitting',
    (_, set) => {
      for (const dependent of [false, true]) {
        const ids = chooseActions({ form, directions: set, dependent }).map((a) => a.id);
        expect(ids.length).toBeGreaterThan(0);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(directionsServed(id, form, set).length).toBeGreaterThan(0);
        for (const a of ids) for (const b of ids) expect(excludes(a, b), `${a} + ${b}`).toBe(false);
        if (form !== 'vergunning') expect(ids).not.toContain('handhaven');
      }
    },
  );
});

describe('which of two opposite actions stays', () => {
  const ids = (...args: Parameters<typeof chooseActions>) =>
    chooseActions(...args).map((a) => a.id);

  it('the side the relation goes decides: certainty for a partner you cannot replace', () => {
    const straightUp = { form: 'subsidie', directions: ['omhoog'] } as const;
    const schoolBoard = ids({ ...straightUp, dependent: true });
    expect(schoolBoard).toContain('meerjarige-afspraken');
    expect(schoolBoard).not.toContain('voorstellen-uitnodigen');
    const replaceable = ids({ ...straightUp, dependent: false });
    expect(replaceable).toContain('voorstellen-uitnodigen');
    expect(replaceable).not.toContain('meerjarige-afspraken');
  });

  it('a chosen direction beats the position: left drops certainty, right drops competition', () => {
    const left = ids({ form: 'subsidie', directions: ['omhoog', 'links'], dependent: true });
    expect(left).toEqual(
      expect.arrayContaining(['deel-elders-afnemen', 'andere-aanbieders-toelaten']),
    );
    expect(left).not.toContain('meerjarige-afspraken');
    const right = ids({ form: 'opdracht', directions: ['omhoog', 'rechts'], dependent: false });
    expect(right).toContain('meerjarige-afspraken');
    expect(right).not.toContain('uitvraag-aanpassen');
    expect(right).not.toContain('voorstellen-uitnodigen');
  });

  it('the main direction of a suggestion wins: up before phasing out', () => {
    const list = ids({ form: 'opdracht', directions: ['omhoog', 'omlaag'], dependent: false });
    expect(list).not.toContain('afbouwen-of-beeindigen');
    const down = ids({ form: 'opdracht', directions: ['omlaag', 'links'], dependent: false });
    expect(down[0]).toBe('afbouwen-of-beeindigen');
  });

  it('lists actions serving more chosen directions first, then by direction, then data order', () => {
    expect(ids({ form: 'opdracht', directions: ['omhoog', 'links'], dependent: true })).toEqual([
      'uitvraag-aanpassen',
      'voorstellen-uitnodigen',
      'tijdelijk-extra-investeren',
      'deel-elders-afnemen',
      'andere-aanbieders-toelaten',
    ]);
  });
});
