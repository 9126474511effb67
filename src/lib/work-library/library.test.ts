import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { failure, success } from '../instrument-kit/result';
import type { InstrumentFormat } from './document';
import { readDocument } from './document';
import { openLibrary, type Library } from './library';
import { moveLegacyWork } from './legacy';

interface Doc {
  names: { id: string; name: string }[];
  note: string;
}
// Format 2 stores `note`; format 1 had `remark` — a real migration, tested with a fixture.
const format: InstrumentFormat<Doc> = {
  instrument: 'proef',
  format: 2,
  migrations: {
    1: (old) => {
      const { remark, ...rest } = old as { remark: string };
      return { ...rest, note: remark };
    },
  },
  sanitize: (value) => {
    const v = value as Doc;
    return Array.isArray(v?.names) && typeof v.note === 'string'
      ? success(v)
      : failure('Geen proef.');
  },
  empty: () => ({ names: [], note: '' }),
  defaultTitle: 'Mijn proef',
  legacyKey: 'partnerwijzer:proef',
};

class MemoryStorage {
  data = new Map<string, string>();
  getItem = (k: string) => this.data.get(k) ?? null;
  setItem = (k: string, v: string) => void this.data.set(k, v);
  removeItem = (k: string) => void this.data.delete(k);
}

let library: Library;
beforeEach(async () => {
  library = await openLibrary(new IDBFactory());
});

describe('work library', () => {
  it('creates, lists, renames, trashes and restores a document', async () => {
    const doc = await library.create('proef', 'Eerste', 2, format.empty());
    await library.create('ander', 'Niet van ons', 1, {});
    expect((await library.list('proef')).map((d) => d.title)).toEqual(['Eerste']);
    const renamed = await library.rename(doc.id, 'Jeugdbeleid');
    expect(renamed?.title).toBe('Jeugdbeleid');
    expect(renamed?.revision).toBe(2);
    await library.trash(doc.id);
    expect(await library.list('proef')).toEqual([]);
    expect((await library.bin('proef')).map((e) => e.doc.title)).toEqual(['Jeugdbeleid']);
    const back = await library.restore(doc.id);
    expect(back?.title).toBe('Jeugdbeleid');
    expect(await library.bin('proef')).toEqual([]);
  });

  it('empties the bin after 30 days, not before', async () => {
    const doc = await library.create('proef', 'Oud', 2, format.empty());
    await library.trash(doc.id);
    expect(await library.purgeBin(new Date(Date.now() + 29 * 86400_000))).toBe(0);
    expect(await library.purgeBin(new Date(Date.now() + 31 * 86400_000))).toBe(1);
    expect(await library.bin('proef')).toEqual([]);
  });

  it('a write from an older revision merges with what another tab saved', async () => {
    const start: Doc = { names: [{ id: 'a', name: 'A' }], note: '' };
    const doc = await library.create('proef', 'T', 2, start);
    const tabA: Doc = { ...start, names: [...start.names, { id: 'b', name: 'B' }] };
    const tabB: Doc = { ...start, note: 'goal renamed' };
    const a = await library.commit({
      id: doc.id,
      base: { revision: 1, state: start },
      state: tabA,
      format,
      title: 'T',
    });
    expect(a.kind).toBe('saved');
    const b = await library.commit({
      id: doc.id,
      base: { revision: 1, state: start },
      state: tabB,
      format,
      title: 'T',
    });
    expect(b.kind).toBe('merged');
    expect(b.doc.state).toEqual({ names: tabA.names, note: 'goal renamed' });
    expect(b.doc.revision).toBe(3);
  });

  it('a real conflict keeps the other version and saves ours as a copy', async () => {
    const start: Doc = { names: [], note: 'x' };
    const doc = await library.create('proef', 'T', 2, start);
    await library.commit({
      id: doc.id,
      base: { revision: 1, state: start },
      state: { ...start, note: 'A' },
      format,
      title: 'T',
    });
    const b = await library.commit({
      id: doc.id,
      base: { revision: 1, state: start },
      state: { ...start, note: 'B' },
      format,
      title: 'T',
    });
    expect(b.kind).toBe('conflict');
    if (b.kind !== 'conflict') return;
    expect((b.doc.state as Doc).note).toBe('A');
    expect((b.copy.state as Doc).note).toBe('B');
    expect(b.copy.title).toBe('T (kopie)');
    expect((await library.list('proef')).length).toBe(2);
  });

  it('never writes over a document from a newer version', async () => {
    const newer = {
      id: 'werk-nieuw',
      instrument: 'proef',
      title: 'Nieuw',
      created: 'x',
      changed: 'x',
      revision: 4,
      format: 9,
      state: { future: true },
    };
    await library.insert(newer);
    const result = await library.commit({
      id: newer.id,
      base: { revision: 4, state: format.empty() },
      state: format.empty(),
      format,
      title: 'Nieuw',
    });
    expect(result.kind).toBe('copied');
    expect(await library.get(newer.id)).toEqual(newer);
    expect(readDocument(newer, format).kind).toBe('newer');
  });

  it('brings back a document deleted in another tab when this tab still saves into it', async () => {
    const doc = await library.create('proef', 'T', 2, format.empty());
    await library.trash(doc.id);
    const result = await library.commit({
      id: doc.id,
      base: { revision: 1, state: format.empty() },
      state: { names: [], note: 'still here' },
      format,
      title: 'T',
    });
    expect(result.kind).toBe('restored');
    expect(((await library.get(doc.id))!.state as Doc).note).toBe('still here');
  });

  it('migrates a format-1 document (fixture) to the current format', () => {
    const fixture = {
      id: 'w',
      instrument: 'proef',
      title: 'T',
      created: 'x',
      changed: 'x',
      revision: 1,
      format: 1,
      state: { names: [], remark: 'oud' },
    };
    expect(readDocument(fixture, format)).toEqual({
      kind: 'ok',
      state: { names: [], note: 'oud' },
      warnings: [],
    });
  });

  it('stores steps per document and removes the ones asked', async () => {
    const step = (id: string, at: number) => ({
      id,
      docId: 'd1',
      at,
      label: id,
      before: 1,
      after: 2,
      undone: false,
    });
    await library.writeSteps([step('b', 2), step('a', 1), { ...step('c', 3), docId: 'd2' }], []);
    expect((await library.steps('d1')).map((s) => s.id)).toEqual(['a', 'b']);
    await library.writeSteps([], ['a']);
    expect((await library.steps('d1')).map((s) => s.id)).toEqual(['b']);
  });
});

describe('moving work from localStorage', () => {
  it('moves the saved work and its backup in, then removes the old keys', async () => {
    const storage = new MemoryStorage();
    storage.setItem(
      'partnerwijzer:proef',
      JSON.stringify({
        v: 1,
        savedAt: '2026-10-01T10:00:00.000Z',
        state: { names: [], remark: 'r' },
      }),
    );
    storage.setItem('partnerwijzer:proef:backup', '{kapot');
    const report = await moveLegacyWork(library, storage, format as InstrumentFormat<unknown>);
    expect(report.kept).toEqual([]);
    expect(storage.data.size).toBe(0);
    const docs = await library.list('proef');
    expect(docs).toHaveLength(2);
    const main = docs.find((d) => !d.damaged)!;
    expect(main.created).toBe('2026-10-01T10:00:00.000Z');
    expect(readDocument(main, format)).toMatchObject({ kind: 'ok', state: { note: 'r' } });
    expect(docs.find((d) => d.damaged)!.damaged).toBe('{kapot');
  });

  it('moves work from a newer version in byte for byte, and twice is once', async () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ v: 7, state: { anything: [1, 2] } });
    storage.setItem('partnerwijzer:proef', raw);
    const copy = new MemoryStorage();
    copy.setItem('partnerwijzer:proef', raw);
    await Promise.all([
      moveLegacyWork(library, storage, format as InstrumentFormat<unknown>),
      moveLegacyWork(library, copy, format as InstrumentFormat<unknown>),
    ]);
    const docs = await library.list('proef');
    expect(docs).toHaveLength(1);
    expect(docs[0].format).toBe(7);
    expect(docs[0].state).toEqual({ anything: [1, 2] });
    expect(docs[0].original).toBe(raw);
    expect(readDocument(docs[0], format).kind).toBe('newer');
  });

  it('keeps the old key when the library cannot take it', async () => {
    const storage = new MemoryStorage();
    storage.setItem(
      'partnerwijzer:proef',
      JSON.stringify({ v: 1, state: { names: [], remark: '' } }),
    );
    const broken = {
      ...library,
      insert: async () => {
        throw new Error('vol');
      },
    };
    const report = await moveLegacyWork(broken, storage, format as InstrumentFormat<unknown>);
    expect(report.kept).toEqual(['partnerwijzer:proef']);
    expect(storage.data.size).toBe(1);
  });
});
