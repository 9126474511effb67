/**
 * The same library kept in memory, for a browser that blocks IndexedDB: the reader can still
 * open a link beside their work, undo and switch documents; only a reload loses it (the page
 * says so and offers the JSON export).
 */
import { binExpired, type BinEntry, type WorkDocument } from './document';
import type { Step } from './history';
import { decideCommit, loadMerge, newDocument, type Library } from './library';

export function memoryLibrary(): Library {
  const documents = new Map<string, WorkDocument>();
  const bin = new Map<string, BinEntry>();
  const steps = new Map<string, Step<unknown>>();
  const meta = new Map<string, unknown>();
  const now = () => new Date().toISOString();
  return {
    list: async (instrument) =>
      [...documents.values()]
        .filter((d) => d.instrument === instrument)
        .sort((a, b) => b.changed.localeCompare(a.changed)),
    get: async (id) => documents.get(id),
    create: async (instrument, title, format, state) => {
      const doc = newDocument(instrument, title, format, state);
      documents.set(doc.id, doc);
      return doc;
    },
    insert: async (doc) => {
      if (documents.has(doc.id)) return false;
      documents.set(doc.id, doc);
      return true;
    },
    commit: async (c) => {
      const { result, put } = decideCommit(documents.get(c.id), c, await loadMerge());
      for (const doc of put) documents.set(doc.id, doc);
      return result;
    },
    rename: async (id, title) => {
      const disk = documents.get(id);
      if (!disk) return undefined;
      const doc = { ...disk, title, revision: disk.revision + 1, changed: now() };
      documents.set(id, doc);
      return doc;
    },
    trash: async (id) => {
      const doc = documents.get(id);
      if (!doc) return;
      bin.set(id, { id, instrument: doc.instrument, deleted: now(), doc });
      documents.delete(id);
    },
    restore: async (id) => {
      const entry = bin.get(id);
      if (!entry) return undefined;
      const doc = { ...entry.doc, revision: entry.doc.revision + 1, changed: now() };
      documents.set(id, doc);
      bin.delete(id);
      return doc;
    },
    bin: async (instrument) =>
      [...bin.values()]
        .filter((e) => e.instrument === instrument)
        .sort((a, b) => b.deleted.localeCompare(a.deleted)),
    purgeBin: async (date = new Date()) => {
      let purged = 0;
      for (const entry of [...bin.values()]) {
        if (binExpired(entry, date)) {
          bin.delete(entry.id);
          purged++;
        }
      }
      return purged;
    },
    steps: async (docId) =>
      [...steps.values()].filter((s) => s.docId === docId).sort((a, b) => a.at - b.at),
    writeSteps: async (put, remove) => {
      for (const id of remove) steps.delete(id);
      for (const step of put) steps.set(step.id, step);
    },
    getMeta: async (key) => meta.get(key),
    setMeta: async (key, value) => void meta.set(key, value),
    close: () => undefined,
  };
}
