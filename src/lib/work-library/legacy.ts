/**
 * Work saved before the library existed lived in localStorage under one key per instrument
 * ({v, savedAt, state}), with unreadable values copied to `${key}:backup`. Both move into the
 * library once. The old keys stay untouched until the new document has been read back and
 * matches; only then are they removed. Work from a newer version or damaged work moves in as
 * it is (byte for byte) and is listed, never opened over.
 */
import { deepEqual } from './merge';
import { readDocument, type InstrumentFormat, type WorkDocument } from './document';
import type { Library } from './library';

const now = () => new Date().toISOString();

/** What one stored value becomes as a document (without id), or null when there is nothing. */
export function legacyDocument(
  raw: string,
  format: InstrumentFormat<unknown>,
  title: string,
): Omit<WorkDocument, 'id'> {
  const at = now();
  const base = { instrument: format.instrument, title, created: at, changed: at, revision: 1 };
  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch {
    return { ...base, format: format.format, state: null, damaged: raw };
  }
  const r = record as { v?: unknown; state?: unknown; savedAt?: unknown } | null;
  if (
    typeof r !== 'object' ||
    r === null ||
    !Number.isInteger(r.v) ||
    (r.v as number) < 1 ||
    !('state' in r)
  ) {
    return { ...base, format: format.format, state: null, damaged: raw };
  }
  const saved =
    typeof r.savedAt === 'string' && !Number.isNaN(Date.parse(r.savedAt)) ? r.savedAt : at;
  const doc = { ...base, created: saved, changed: saved, format: r.v as number, state: r.state };
  if (doc.format > format.format) return { ...doc, original: raw };
  // Readable JSON that this version cannot open is kept as text, exactly as it was.
  const read = readDocument({ id: '', ...doc }, format);
  return read.kind === 'ok' ? doc : { ...doc, format: format.format, state: null, damaged: raw };
}

/** The part of localStorage the move uses. */
export interface StorageLike {
  getItem(k: string): string | null;
  removeItem(k: string): void;
}

export interface MoveReport {
  moved: WorkDocument[];
  /** Keys we could not read or verify; they stay where they are. */
  kept: string[];
}

/** Moves `format.legacyKey` and its backup into the library. Safe to run in two tabs at once. */
export async function moveLegacyWork(
  library: Library,
  storage: StorageLike | undefined,
  format: InstrumentFormat<unknown>,
): Promise<MoveReport> {
  const report: MoveReport = { moved: [], kept: [] };
  if (!storage) return report;
  const keys: [string, string][] = [
    [format.legacyKey, format.defaultTitle],
    [`${format.legacyKey}:backup`, `${format.defaultTitle} (apart bewaarde kopie)`],
  ];
  for (const [key, title] of keys) {
    let raw: string | null;
    try {
      raw = storage.getItem(key);
    } catch {
      return report;
    }
    if (raw === null) continue;
    // A fixed id per key: a second tab doing the same move finds the document already there.
    const id = `werk-oud-${format.instrument}${key.endsWith(':backup') ? '-kopie' : ''}`;
    try {
      await library.insert({ id, ...legacyDocument(raw, format, title) });
      const doc = await library.get(id);
      const expected = legacyDocument(raw, format, title);
      const same =
        doc !== undefined &&
        (expected.damaged !== undefined
          ? doc.damaged === expected.damaged
          : doc.format === expected.format && deepEqual(doc.state, expected.state));
      if (same && doc) {
        storage.removeItem(key);
        report.moved.push(doc);
      } else report.kept.push(key);
    } catch {
      report.kept.push(key);
    }
  }
  return report;
}
