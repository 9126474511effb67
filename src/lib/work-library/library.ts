/**
 * The work library in IndexedDB (through `idb`): documents, their undo steps, the bin (deleted
 * documents, kept 30 days) and a little bookkeeping. Every write that changes a document says
 * which revision it started from; when the stored one is newer (another tab saved in between),
 * the two are merged field by field, and a real conflict keeps the other version as a copy.
 * Errors become a LibraryError with a Dutch message; nothing here shows anything itself.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { createId } from '../instrument-kit/ids';
import {
  binExpired,
  copyTitle,
  readDocument,
  type BinEntry,
  type InstrumentFormat,
  type WorkDocument,
} from './document';
import type { Step } from './history';
import type { merge3 } from './merge';

interface Schema extends DBSchema {
  documents: { key: string; value: WorkDocument; indexes: { instrument: string } };
  steps: { key: string; value: Step<unknown>; indexes: { docId: string } };
  bin: { key: string; value: BinEntry; indexes: { instrument: string } };
  meta: { key: string; value: unknown };
}

export const DB_NAME = 'partnerwijzer';

export class LibraryError extends Error {}

const KEEP_AS_FILE =
  'Je werk staat nog op het scherm; exporteer het als JSON als je het wilt bewaren.';
export const MSG_UNAVAILABLE = `Je browser staat niet toe dat we je werk in deze browser bewaren. Je kunt gewoon verder werken, maar het wordt niet automatisch bewaard. ${KEEP_AS_FILE}`;
const MSG_FULL = `De opslag van je browser is vol, daarom konden we je werk niet in deze browser bewaren. ${KEEP_AS_FILE}`;
const MSG_FAILED = `Je werk kon niet in deze browser worden bewaard. ${KEEP_AS_FILE}`;

function toLibraryError(error: unknown): LibraryError {
  if (error instanceof LibraryError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError') return new LibraryError(MSG_FULL);
  if (name === 'SecurityError' || name === 'InvalidStateError')
    return new LibraryError(MSG_UNAVAILABLE);
  return new LibraryError(MSG_FAILED);
}

async function guard<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toLibraryError(error);
  }
}

export type CommitResult =
  | { kind: 'saved'; doc: WorkDocument }
  /** Another tab saved in between; its changes and ours touched different fields. */
  | { kind: 'merged'; doc: WorkDocument }
  /** Both changed the same field: the stored version won there, ours became `copy`. */
  | { kind: 'conflict'; doc: WorkDocument; copy: WorkDocument }
  /** The stored document is from a newer Partnerwijzer (or damaged): ours became `copy`. */
  | { kind: 'copied'; doc: WorkDocument; copy: WorkDocument }
  /** The document had been deleted (in another tab): it is back, with our state. */
  | { kind: 'restored'; doc: WorkDocument };

export interface Commit<T> {
  id: string;
  /** The revision and state this tab last read or wrote. */
  base: { revision: number; state: T };
  state: T;
  format: InstrumentFormat<T>;
  /** Used when the document has to be created again. */
  title: string;
}

const now = () => new Date().toISOString();

export interface Library {
  list(instrument: string): Promise<WorkDocument[]>;
  get(id: string): Promise<WorkDocument | undefined>;
  create(instrument: string, title: string, format: number, state: unknown): Promise<WorkDocument>;
  /** Adds a document with its own id unless one with that id exists; true when added. */
  insert(doc: WorkDocument): Promise<boolean>;
  commit<T>(commit: Commit<T>): Promise<CommitResult>;
  rename(id: string, title: string): Promise<WorkDocument | undefined>;
  trash(id: string): Promise<void>;
  restore(id: string): Promise<WorkDocument | undefined>;
  bin(instrument: string): Promise<BinEntry[]>;
  purgeBin(date?: Date): Promise<number>;
  steps(docId: string): Promise<Step<unknown>[]>;
  writeSteps(put: Step<unknown>[], remove: string[]): Promise<void>;
  getMeta(key: string): Promise<unknown>;
  setMeta(key: string, value: unknown): Promise<void>;
  close(): void;
}

/** A fresh document (revision 1), for both libraries. */
export function newDocument(
  instrument: string,
  title: string,
  format: number,
  state: unknown,
): WorkDocument {
  const at = now();
  return {
    id: createId('werk'),
    instrument,
    title,
    created: at,
    changed: at,
    revision: 1,
    format,
    state,
  };
}

/**
 * The merge that a commit needs when another tab saved in between. It loads with the first
 * commit (the first edit), not with the page, and before any transaction opens: waiting
 * inside an IndexedDB transaction would end it.
 */
export const loadMerge = async () => (await import('./merge')).merge3;

/** What a commit writes, given what is stored now. Pure; shared by both libraries. */
export function decideCommit<T>(
  disk: WorkDocument | undefined,
  c: Commit<T>,
  merge: typeof merge3,
): { result: CommitResult; put: WorkDocument[] } {
  const at = now();
  if (!disk) {
    const doc: WorkDocument = {
      id: c.id,
      instrument: c.format.instrument,
      title: c.title,
      created: at,
      changed: at,
      revision: c.base.revision + 1,
      format: c.format.format,
      state: c.state,
    };
    return { result: { kind: 'restored', doc }, put: [doc] };
  }
  if (disk.revision === c.base.revision && disk.format === c.format.format && !disk.damaged) {
    const doc = { ...disk, state: c.state, revision: disk.revision + 1, changed: at };
    return { result: { kind: 'saved', doc }, put: [doc] };
  }
  const theirs = readDocument(disk, c.format);
  const copyOf = () =>
    newDocument(c.format.instrument, copyTitle(disk.title, []), c.format.format, c.state);
  if (theirs.kind !== 'ok') {
    const copy = copyOf();
    return { result: { kind: 'copied', doc: disk, copy }, put: [copy] };
  }
  const merged = merge(c.base.state, c.state, theirs.state, 'theirs');
  const doc: WorkDocument = {
    ...disk,
    format: c.format.format,
    state: merged.value,
    revision: disk.revision + 1,
    changed: at,
  };
  if (merged.conflicts === 0) return { result: { kind: 'merged', doc }, put: [doc] };
  const copy = copyOf();
  return { result: { kind: 'conflict', doc, copy }, put: [doc, copy] };
}

export async function openLibrary(factory?: IDBFactory): Promise<Library> {
  let db: IDBPDatabase<Schema>;
  try {
    const idb = factory ?? globalThis.indexedDB;
    if (!idb) throw new LibraryError(MSG_UNAVAILABLE);
    if (factory) {
      // Tests pass their own factory (fake-indexeddb); `idb` uses the global one.
      (globalThis as { indexedDB?: IDBFactory }).indexedDB = factory;
    }
    db = await openDB<Schema>(DB_NAME, 1, {
      upgrade(database) {
        database
          .createObjectStore('documents', { keyPath: 'id' })
          .createIndex('instrument', 'instrument');
        database.createObjectStore('steps', { keyPath: 'id' }).createIndex('docId', 'docId');
        database
          .createObjectStore('bin', { keyPath: 'id' })
          .createIndex('instrument', 'instrument');
        database.createObjectStore('meta');
      },
    });
  } catch (error) {
    throw error instanceof LibraryError ? error : new LibraryError(MSG_UNAVAILABLE);
  }

  const library: Library = {
    list: (instrument) =>
      guard(async () => {
        const docs = await db.getAllFromIndex('documents', 'instrument', instrument);
        return docs.sort((a, b) => b.changed.localeCompare(a.changed));
      }),
    get: (id) => guard(() => db.get('documents', id)),
    create: (instrument, title, format, state) =>
      guard(async () => {
        const doc = newDocument(instrument, title, format, state);
        await db.add('documents', doc);
        return doc;
      }),
    insert: (doc) =>
      guard(async () => {
        const tx = db.transaction('documents', 'readwrite');
        const exists = (await tx.store.getKey(doc.id)) !== undefined;
        if (!exists) await tx.store.add(doc);
        await tx.done;
        return !exists;
      }),
    commit: <T>(c: Commit<T>) =>
      guard(async (): Promise<CommitResult> => {
        const merge = await loadMerge();
        const tx = db.transaction('documents', 'readwrite');
        const store = tx.objectStore('documents');
        const disk = await store.get(c.id);
        const { result, put } = decideCommit(disk, c, merge);
        for (const doc of put) await store.put(doc);
        await tx.done;
        return result;
      }),
    rename: (id, title) =>
      guard(async () => {
        const tx = db.transaction('documents', 'readwrite');
        const disk = await tx.store.get(id);
        if (!disk) return undefined;
        const doc = { ...disk, title, revision: disk.revision + 1, changed: now() };
        await tx.store.put(doc);
        await tx.done;
        return doc;
      }),
    trash: (id) =>
      guard(async () => {
        const tx = db.transaction(['documents', 'bin'], 'readwrite');
        const doc = await tx.objectStore('documents').get(id);
        if (doc) {
          await tx.objectStore('bin').put({ id, instrument: doc.instrument, deleted: now(), doc });
          await tx.objectStore('documents').delete(id);
        }
        await tx.done;
      }),
    restore: (id) =>
      guard(async () => {
        const tx = db.transaction(['documents', 'bin'], 'readwrite');
        const entry = await tx.objectStore('bin').get(id);
        let doc: WorkDocument | undefined;
        if (entry) {
          const existing = await tx.objectStore('documents').get(id);
          doc = existing ? { ...entry.doc, id: createId('werk') } : entry.doc;
          doc = { ...doc, revision: (existing?.revision ?? doc.revision) + 1, changed: now() };
          await tx.objectStore('documents').put(doc);
          await tx.objectStore('bin').delete(id);
        }
        await tx.done;
        return doc;
      }),
    bin: (instrument) =>
      guard(async () => {
        const entries = await db.getAllFromIndex('bin', 'instrument', instrument);
        return entries.sort((a, b) => b.deleted.localeCompare(a.deleted));
      }),
    purgeBin: (date = new Date()) =>
      guard(async () => {
        const tx = db.transaction(['bin', 'steps'], 'readwrite');
        let purged = 0;
        for (const entry of await tx.objectStore('bin').getAll()) {
          if (!binExpired(entry, date)) continue;
          await tx.objectStore('bin').delete(entry.id);
          for (const key of await tx.objectStore('steps').index('docId').getAllKeys(entry.id)) {
            await tx.objectStore('steps').delete(key);
          }
          purged++;
        }
        await tx.done;
        return purged;
      }),
    steps: (docId) =>
      guard(async () => {
        const steps = await db.getAllFromIndex('steps', 'docId', docId);
        return steps.sort((a, b) => a.at - b.at);
      }),
    writeSteps: (put, remove) =>
      guard(async () => {
        if (put.length === 0 && remove.length === 0) return;
        const tx = db.transaction('steps', 'readwrite');
        for (const id of remove) await tx.store.delete(id);
        for (const step of put) await tx.store.put(step);
        await tx.done;
      }),
    getMeta: (key) => guard(() => db.get('meta', key)),
    setMeta: (key, value) =>
      guard(async () => {
        await db.put('meta', value, key);
      }),
    close: () => db.close(),
  };
  return library;
}
