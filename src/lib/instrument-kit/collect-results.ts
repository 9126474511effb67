/**
 * Collecting many results in one move (a trainer with a group): files dropped at once and a
 * pasted chat message full of links. Each input is parsed by the instrument, duplicates of what
 * is already there (or of an earlier input in the same move) are dropped, and every input gets a
 * report: added, already present (whose) or not readable (why). Generic over the result type;
 * the instrument brings the parser, the duplicate key and the name shown to the user.
 */
import { parseFragment } from './share-link';
import type { Outcome } from './result';

/** One thing the reader handed in: a file's text, or one link out of a pasted text. */
export type CollectInput =
  | { kind: 'file' | 'link'; source: string; text: string; warnings?: string[] }
  /** A file that could not even be read as text (binary, too big, empty). */
  | { kind: 'file' | 'link'; source: string; unreadable: string };

export interface Collector<T> {
  /** Reads one input; a file may hold several results (a whole team export). */
  parse: (input: { kind: 'file' | 'link'; source: string; text: string }) => Promise<Outcome<T[]>>;
  /** Equal keys = the same result (same respondent, same answers). */
  key: (item: T) => string;
  /** How the user knows the result: the respondent's name, or '' when anonymous. */
  name: (item: T) => string;
}

export type CollectReport<T> =
  | { status: 'added'; kind: CollectInput['kind']; source: string; item: T; warnings: string[] }
  | { status: 'duplicate'; kind: CollectInput['kind']; source: string; item: T }
  | { status: 'full'; kind: CollectInput['kind']; source: string; item: T }
  | { status: 'unreadable'; kind: CollectInput['kind']; source: string; reason: string };

export interface Collected<T> {
  /** The new results, in input order, to append to `existing`. */
  added: T[];
  reports: CollectReport<T>[];
}

/**
 * Parses every input (in order) and sorts the results into added, duplicate, full (beyond
 * `limit` results in total) and unreadable. Never throws: a parser that throws counts as
 * not readable.
 */
export async function collectResults<T>(
  inputs: readonly CollectInput[],
  existing: readonly T[],
  collector: Collector<T>,
  limit = Infinity,
): Promise<Collected<T>> {
  const seen = new Set(existing.map(collector.key));
  const added: T[] = [];
  const reports: CollectReport<T>[] = [];
  for (const input of inputs) {
    const { kind, source } = input;
    if ('unreadable' in input) {
      reports.push({ status: 'unreadable', kind, source, reason: input.unreadable });
      continue;
    }
    let outcome: Outcome<T[]>;
    try {
      outcome = await collector.parse(input);
    } catch {
      outcome = { ok: false, message: 'Dit resultaat kon niet worden gelezen.' };
    }
    if (!outcome.ok) {
      reports.push({ status: 'unreadable', kind, source, reason: outcome.message });
      continue;
    }
    for (const item of outcome.value) {
      const key = collector.key(item);
      if (seen.has(key)) {
        reports.push({ status: 'duplicate', kind, source, item });
      } else if (existing.length + added.length >= limit) {
        reports.push({ status: 'full', kind, source, item });
      } else {
        seen.add(key);
        added.push(item);
        const warnings = [...(input.warnings ?? []), ...outcome.warnings];
        reports.push({ status: 'added', kind, source, item, warnings });
      }
    }
  }
  return { added, reports };
}

/** Characters that end a link in running text but are rarely its last character. */
const TRAILING = /[.,;:!?)\]}>'"’”»]+$/;

/**
 * Every link in a pasted text that the instrument understands: http(s) links and bare
 * fragments ("#data=…") whose fragment holds one of `fragmentKeys`. The text may be one link
 * per line or a whole chat message with words around the links. Order is kept; a link that
 * occurs twice is returned twice (the duplicate check reports it).
 */
export function linksInText(text: string, fragmentKeys: readonly string[] = ['data']): string[] {
  const links: string[] = [];
  for (const match of text.matchAll(/(?:https?:\/\/|(?<![\w/])#)[^\s<>"]+/gi)) {
    const link = match[0].replace(TRAILING, '');
    const hashAt = link.indexOf('#');
    if (hashAt < 0) continue;
    const params = parseFragment(link.slice(hashAt));
    if (fragmentKeys.some((key) => params[key] !== undefined)) links.push(link);
  }
  return links;
}

export interface CollectWords {
  /** "resultaat" / "resultaten" */
  one: string;
  many: string;
  /** Largest number of results, for the message when it is reached. */
  limit?: number;
}

export interface CollectSummary {
  kind: 'info' | 'warning' | 'error';
  /** One Dutch sentence: "12 resultaten toegevoegd, 2 stonden er al (Anna, Bram), …". */
  text: string;
  /** One line per problem: the warnings of added results and why an input was not read. */
  details: string[];
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function names<T>(reports: { item: T }[], name: (item: T) => string): string {
  const shown = reports.slice(0, 8).map((r) => name(r.item).trim() || 'anoniem');
  const more = reports.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? ` en nog ${more}` : ''}`;
}

/** The one message after a move, in Dutch: what was added, what was there already, what failed. */
export function summarize<T>(
  collected: Collected<T>,
  name: (item: T) => string,
  words: CollectWords,
): CollectSummary {
  const of = <S extends CollectReport<T>['status']>(status: S) =>
    collected.reports.filter(
      (r): r is Extract<CollectReport<T>, { status: S }> => r.status === status,
    );
  const added = of('added');
  const duplicates = of('duplicate');
  const full = of('full');
  const unreadable = of('unreadable');
  const parts: string[] = [];
  parts.push(
    added.length
      ? `${count(added.length, words.one, words.many)} toegevoegd`
      : 'Er is niets toegevoegd',
  );
  if (duplicates.length) {
    parts.push(
      `${duplicates.length} ${duplicates.length === 1 ? 'stond' : 'stonden'} er al (${names(duplicates, name)})`,
    );
  }
  if (full.length) {
    parts.push(
      `${full.length} ${full.length === 1 ? 'paste' : 'pasten'} er niet meer bij${words.limit ? ` (hooguit ${words.limit})` : ''}`,
    );
  }
  const details: string[] = [];
  for (const kind of ['file', 'link'] as const) {
    const failed = unreadable.filter((r) => r.kind === kind);
    if (!failed.length) continue;
    const what =
      kind === 'file'
        ? `${count(failed.length, 'bestand', 'bestanden')} ${failed.length === 1 ? 'was' : 'waren'} niet te lezen`
        : `${count(failed.length, 'link', 'links')} ${failed.length === 1 ? 'was' : 'waren'} niet te lezen`;
    parts.push(failed.length === 1 ? `${what} (${failed[0]!.source}): ${failed[0]!.reason}` : what);
    if (failed.length > 1) details.push(...failed.map((r) => `${r.source}: ${r.reason}`));
  }
  for (const r of added) details.push(...r.warnings.map((w) => `${r.source}: ${w}`));
  let text = parts.join(', ');
  if (!/[.!?]$/.test(text)) text += '.';
  const problems = details.length + duplicates.length + full.length + unreadable.length;
  const kind = !added.length && unreadable.length ? 'error' : problems ? 'warning' : 'info';
  return { kind, text, details };
}
