import { beforeEach, describe, expect, it } from 'vitest';
import { journalKey, readJournal } from './work-session';

describe('readJournal', () => {
  beforeEach(() => localStorage.clear());
  const step = (patch = {}) => ({
    id: 's1',
    docId: 'd1',
    at: 1,
    label: 'naam',
    before: {},
    after: {},
    ...patch,
  });

  it('ignores a garbled or incomplete journal', () => {
    localStorage.setItem(journalKey('d1'), '{kapot');
    expect(readJournal('d1')).toBeNull();
    localStorage.setItem(journalKey('d1'), JSON.stringify({ base: 'x', state: {} }));
    expect(readJournal('d1')).toBeNull();
  });

  it('keeps only well-formed undo steps of its own document', () => {
    localStorage.setItem(
      journalKey('d1'),
      JSON.stringify({
        base: 2,
        baseState: {},
        state: { a: 1 },
        steps: [
          step(),
          step({ id: 's2', docId: 'ander' }),
          step({ id: 's3', label: { x: 1 } }),
          step({ id: 's4', at: 'nu' }),
          'tekst',
          null,
        ],
      }),
    );
    const journal = readJournal('d1')!;
    expect(journal.state).toEqual({ a: 1 });
    expect(journal.steps.map((s) => (s as { id: string }).id)).toEqual(['s1']);
  });
});
