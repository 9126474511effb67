import { exampleMatrix } from './matrix-examples';
import { expect, it } from 'vitest';
import { actionOverview } from './action-overview';
import { type MatrixState, type PartnerRow, type Urgency } from './matrix-state';

let next = 0;
const row = (
  goalId: string,
  name: string,
  influence: number,
  dependency: number,
  extra: Partial<PartnerRow> = {},
): PartnerRow => ({
  id: `p${next++}`,
  name,
  goalId,
  relation: 'subsidie',
  influence,
  dependency,
  target: null,
  notes: '',
  ...extra,
});

function state(urgency: Record<string, Urgency>, partners: PartnerRow[]): MatrixState {
  return {
    v: 1,
    goals: Object.entries(urgency).map(([id, u]) => ({ id, name: `Doel ${id}`, urgency: u })),
    partners,
    ambition: { atNoDependency: 0, atFullDependency: 10 },
  };
}

const names = (s: MatrixState) => actionOverview(s).map((r) => r.partner.name);

it('starts with goals where more effect is urgent, then furthest below the line', () => {
  const s = state({ laag: 'laag', hoog: 'hoog', middel: 'middel' }, [
    row('laag', 'L ver onder', 0, 10), // gap −10, but a goal with low urgency
    row('middel', 'M net onder', 4, 5), // −1
    row('hoog', 'H net onder', 4, 5), // −1
    row('hoog', 'H ver onder', 1, 8), // −7
    row('middel', 'M boven, afhankelijk', 9, 7), // +2, suggestion right
    row('hoog', 'H boven, vervangbaar', 6, 2), // no direction: left out
  ]);
  expect(names(s)).toEqual([
    'H ver onder',
    'H net onder',
    'M net onder',
    'M boven, afhankelijk',
    'L ver onder',
  ]);
  const first = actionOverview(s)[0];
  expect(first.goal.id).toBe('hoog');
  expect(first.assessment.gap).toBe(-7);
});

it('includes a partner above the line when the user drew an arrow for it', () => {
  const s = state({ g: 'middel' }, [
    row('g', 'Vervangbaar', 6, 2),
    row('g', 'Met pijl', 6, 2, { target: { influence: 8, dependency: 2 } }),
  ]);
  expect(names(s)).toEqual(['Met pijl']);
  expect(actionOverview(s)[0].assessment.arrowDirections).toEqual(['omhoog']);
});

it('breaks ties by name the Dutch way, then by inventory order', () => {
  const s = state({ a: 'hoog', b: 'hoog' }, [
    row('a', 'zorgboerderij', 2, 6),
    row('b', 'Bibliotheek', 2, 6, { notes: 'eerste' }),
    row('a', 'Árbo', 2, 6),
    row('a', 'bibliotheek', 2, 6),
    row('a', 'Bibliotheek', 2, 6, { notes: 'tweede' }),
  ]);
  const rows = actionOverview(s);
  expect(rows.map((r) => r.partner.name)).toEqual([
    'Árbo',
    'bibliotheek',
    'Bibliotheek',
    'Bibliotheek',
    'zorgboerderij',
  ]);
  expect(rows.slice(2, 4).map((r) => r.partner.notes)).toEqual(['eerste', 'tweede']);
  expect(rows.every((r) => r.assessment.gap === -4)).toBe(true);
});

it('gives the goal and the assessment with each row, and leaves out nobody with a direction', () => {
  const s = exampleMatrix('jongerenwerk')!;
  const rows = actionOverview(s);
  expect(rows.map((r) => r.partner.id)).toEqual([
    'organisatie-b',
    'organisatie-a',
    'organisatie-c',
  ]);
  for (const r of rows) expect(r.goal.id).toBe(r.partner.goalId);
  expect(actionOverview({ ...s, partners: [] })).toEqual([]);
});
