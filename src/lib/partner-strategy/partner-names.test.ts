import { describe, expect, it } from 'vitest';
import { matrixFromCsv, matrixToCsv } from './matrix-csv';
import { emptyMatrix, sanitizeMatrix, type MatrixState } from './matrix-state';
import { shownName, withShownNames } from './partner-names';

const state = (...names: string[]): MatrixState => {
  const base = emptyMatrix();
  return {
    ...base,
    partners: names.map((name, i) => ({
      id: `p${i}`,
      name,
      goalId: base.goals[0].id,
      relation: 'anders',
      influence: 5,
      dependency: 5,
      target: null,
      notes: '',
    })),
  };
};

describe('shown names of partners without a name', () => {
  it('names a draft after its place in the list, and leaves other names alone', () => {
    expect(shownName('', 2)).toBe('Partner zonder naam (nr. 3)');
    expect(shownName('Bibliotheek', 2)).toBe('Bibliotheek');
    const shown = withShownNames(state('Bibliotheek', '', 'GGD', ''));
    expect(shown.partners.map((p) => p.name)).toEqual([
      'Bibliotheek',
      'Partner zonder naam (nr. 2)',
      'GGD',
      'Partner zonder naam (nr. 4)',
    ]);
  });

  it('gives back the same state and rows when nothing changes', () => {
    const named = state('Bibliotheek');
    expect(withShownNames(named)).toBe(named);
    const drafts = state('Bibliotheek', '');
    const first = withShownNames(drafts);
    const again = withShownNames({ ...drafts });
    expect(again.partners[0]).toBe(drafts.partners[0]);
    expect(again.partners[1]).toBe(first.partners[1]);
    // Moved to another place, the draft gets the name of that place.
    const moved = withShownNames({ ...drafts, partners: [...drafts.partners].reverse() });
    expect(moved.partners[0].name).toBe('Partner zonder naam (nr. 1)');
  });
});

describe('a partner without a name in exports', () => {
  it('keeps the empty name in JSON and links, which read back as a draft', () => {
    const drafts = state('', 'GGD');
    const back = sanitizeMatrix(JSON.parse(JSON.stringify(drafts)));
    expect(back.ok && back.value.partners.map((p) => p.name)).toEqual(['', 'GGD']);
  });

  it('writes the shown name into the CSV, so that Excel and a new import keep the row', () => {
    const csv = matrixToCsv(state('', 'GGD'));
    expect(csv).toContain(';"Partner zonder naam (nr. 1)";');
    const back = matrixFromCsv(csv);
    expect(back.ok && back.value.partners.map((p) => p.name)).toEqual([
      'Partner zonder naam (nr. 1)',
      'GGD',
    ]);
  });
});
