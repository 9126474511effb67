/**
 * A piece of work is a document: one matrix, one quick-scan, one check. Every document carries
 * its own format version; `readDocument` migrates an older one step by step and refuses a newer
 * one (which stays in the library untouched, see library.ts).
 */
import { applyMigrations, type Migration } from './migrations';
import { failure, type Outcome } from '../instrument-kit/result';

export interface WorkDocument {
  id: string;
  instrument: string;
  title: string;
  /** ISO dates. */
  created: string;
  changed: string;
  /** Goes up by one with every write; a write that starts from an older revision merges. */
  revision: number;
  format: number;
  state: unknown;
  /** Set when the saved work could not be read: the original text, kept as it was. */
  damaged?: string;
  /** Work moved in from before the library, made by a newer version: its text as it was. */
  original?: string;
}

export interface BinEntry {
  id: string;
  instrument: string;
  deleted: string;
  doc: WorkDocument;
}

export interface InstrumentFormat<T> {
  /** 'partnermatrix', 'quickscan-samenwerkingsvermogen', … */
  instrument: string;
  /** The current format version of the state (integer ≥ 1). */
  format: number;
  /** migrations[n] turns a version-n state into version n+1. */
  migrations: Record<number, Migration>;
  sanitize: (value: unknown) => Outcome<T>;
  empty: () => T;
  /** "Mijn partnermatrix" */
  defaultTitle: string;
  /** Where this instrument kept its work before the library (localStorage). */
  legacyKey: string;
}

export type DocumentRead<T> =
  | { kind: 'ok'; state: T; warnings: string[] }
  | { kind: 'newer' }
  | { kind: 'damaged'; message: string };

export const NEWER_MESSAGE =
  'Dit werk is gemaakt met een nieuwere versie van Partnerwijzer. We laten het ongemoeid; laad de pagina opnieuw (of later nog eens) om het te openen. Je kunt het wel als bestand exporteren.';

export function isNewer(doc: WorkDocument, format: InstrumentFormat<unknown>): boolean {
  return doc.format > format.format;
}

/** Migrates and checks a stored document. Never throws. */
export function readDocument<T>(doc: WorkDocument, format: InstrumentFormat<T>): DocumentRead<T> {
  if (doc.damaged !== undefined) {
    return {
      kind: 'damaged',
      message:
        'Dit werk was beschadigd en kan niet worden geopend. Het staat hier ongewijzigd; exporteer het als bestand als je het wilt bewaren.',
    };
  }
  if (!Number.isInteger(doc.format) || doc.format < 1) {
    return { kind: 'damaged', message: 'Dit werk heeft een onbekende opbouw.' };
  }
  if (doc.format > format.format) return { kind: 'newer' };
  const migrated = applyMigrations(doc.state, doc.format, format.format, format.migrations);
  if (!migrated.ok) return { kind: 'damaged', message: migrated.message };
  let clean: Outcome<T>;
  try {
    clean = format.sanitize(migrated.value);
  } catch {
    clean = failure('De inhoud klopt niet.');
  }
  if (!clean.ok) return { kind: 'damaged', message: clean.message };
  return { kind: 'ok', state: clean.value, warnings: clean.warnings };
}

/** "Mijn partnermatrix (kopie)", "… (kopie 2)" — a title not yet in `taken`. */
export function copyTitle(title: string, taken: readonly string[]): string {
  const stem = title.replace(/ \(kopie(?: \d+)?\)$/, '');
  const used = new Set(taken);
  let candidate = `${stem} (kopie)`;
  for (let n = 2; used.has(candidate); n++) candidate = `${stem} (kopie ${n})`;
  return candidate;
}

/** "Mijn partnermatrix (2)": a title for new work that is not yet in `taken`. */
export function uniqueTitle(title: string, taken: readonly string[]): string {
  const used = new Set(taken);
  if (!used.has(title)) return title;
  let n = 2;
  while (used.has(`${title} (${n})`)) n++;
  return `${title} (${n})`;
}

/** A title for a document: trimmed, single-line, at most 80 characters; empty → fallback. */
export function cleanTitle(title: string, fallback: string): string {
  const clean = title
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.slice(0, 80) || fallback;
}

/** Days a deleted document stays in the bin. */
export const BIN_DAYS = 30;

export function binExpired(entry: BinEntry, now: Date): boolean {
  return now.getTime() - Date.parse(entry.deleted) > BIN_DAYS * 24 * 60 * 60 * 1000;
}
