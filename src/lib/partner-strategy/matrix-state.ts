/**
 * The state of the partner matrix, and the one validator for every way in: share link,
 * autosave, JSON file, CSV and the prepared examples all end in sanitizeMatrix.
 *
 * Invariants of a sanitized state, which the UI may rely on:
 * - at least one goal; every partner belongs to an existing goal;
 * - ids are unique (goals and partners together) and safe in an HTML attribute;
 * - names are trimmed, at most 120 long, without control or bidi characters, noncharacters or
 *   lone surrogates (so they are valid XML); a goal's name and a partner's non-empty name have
 *   something visible in them (not only invisible characters). A partner's name may be empty:
 *   a draft just added, whose name the reader has not typed yet (see partner-names.ts);
 * - scores are within 0–10 in steps of 0.5.
 */
import {
  defaultAmbition,
  relationFormById,
  relationForms,
  scoreScale,
  type Ambition,
  type RelationForm,
} from '../../data/partner-strategy';
import { counted } from '../instrument-kit/counted';
import { formatDecimal } from '../instrument-kit/decimal';
import { createId } from '../instrument-kit/ids';
import { failure, success, type Outcome } from '../instrument-kit/result';
import { sanitizeAmbition } from './ambition-line';
import { shownName } from './partner-names';
import {
  clampScore,
  cleanText,
  isBlankName,
  listNames,
  nameKey,
  quote,
  readNumber,
} from './values';

export type Urgency = 'hoog' | 'middel' | 'laag';
export interface Goal {
  id: string;
  name: string;
  urgency: Urgency;
}
export interface Position {
  influence: number;
  dependency: number;
}
export interface PartnerRow {
  id: string;
  name: string;
  goalId: string;
  relation: RelationForm;
  influence: number;
  dependency: number;
  target: Position | null;
  notes: string;
}
export interface MatrixState {
  v: 1;
  goals: Goal[];
  partners: PartnerRow[];
  ambition: Ambition;
}

export const MATRIX_VERSION = 1;
export const MATRIX_LIMITS = { name: 120, notes: 2000, goals: 50, partners: 500 };

export const urgencies: readonly { id: Urgency; label: string }[] = [
  { id: 'hoog', label: 'Hoog' },
  { id: 'middel', label: 'Middel' },
  { id: 'laag', label: 'Laag' },
];

/** Ids we keep as they are; anything else gets a new one. */
const SAFE_ID = /^[A-Za-z0-9_.:-]{1,64}$/;

export const newGoal = (name: string, urgency: Urgency = 'middel'): Goal => ({
  id: createId('doel'),
  name,
  urgency,
});

/** One goal named "Doel 1", no partners, the default ambition line. */
export function emptyMatrix(): MatrixState {
  return { v: 1, goals: [newGoal('Doel 1')], partners: [], ambition: { ...defaultAmbition } };
}

/** An urgency from its id or label, in any case; null when unknown. */
export function readUrgency(value: unknown): Urgency | null {
  if (typeof value !== 'string') return null;
  const key = nameKey(value);
  return urgencies.find((u) => u.id === key)?.id ?? null;
}

/** A relation form from its id or label ("Bestuurlijke afspraken"), in any case; null when unknown. */
export function readRelation(value: unknown): RelationForm | null {
  if (typeof value !== 'string') return null;
  const key = nameKey(value).replace(/-/g, '');
  return relationForms.find((f) => nameKey(f.label) === key)?.id ?? null;
}

/** A position with both scores valid (clamped, rounded), or null. */
function readPosition(value: unknown): { position: Position; adjusted: boolean } | null {
  if (!isRecord(value)) return null;
  const influence = readNumber(own(value, 'influence'));
  const dependency = readNumber(own(value, 'dependency'));
  if (influence === null || dependency === null) return null;
  const position = { influence: clampScore(influence), dependency: clampScore(dependency) };
  return {
    position,
    adjusted: position.influence !== influence || position.dependency !== dependency,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own properties only: a key such as __proto__ or constructor never reaches the prototype. */
function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The named repairs of one kind, reported together as one warning. */
type Kind =
  | 'badScore'
  | 'adjusted'
  | 'badTarget'
  | 'nameCut'
  | 'notesCut'
  | 'cleaned'
  | 'relation'
  | 'urgency'
  | 'orphan';

const scaleText = () =>
  `${formatDecimal(scoreScale.min)} tot ${formatDecimal(scoreScale.max)}, in stappen van ${formatDecimal(scoreScale.step)}`;

const kindMessages: Record<Kind, (names: string, goal: string) => string> = {
  badScore: (n) => `Overgeslagen, omdat invloed of afhankelijkheid geen getal is: ${n}.`,
  adjusted: (n) => `Scores aangepast naar de schaal van ${scaleText()}: ${n}.`,
  badTarget: (n) => `Gewenste positie weggelaten, omdat die geen geldige scores had: ${n}.`,
  nameCut: (n) => `Naam ingekort tot ${MATRIX_LIMITS.name} tekens: ${n}.`,
  notesCut: (n) => `Opmerkingen ingekort tot ${MATRIX_LIMITS.notes} tekens bij: ${n}.`,
  cleaned: (n) =>
    `Onzichtbare tekens of tekens die de leesrichting omdraaien zijn weggehaald bij: ${n}.`,
  relation: (n) => `Vorm van de relatie onbekend, nu ‘${relationFormById('anders').label}’: ${n}.`,
  urgency: (n) => `Urgentie onbekend, nu ‘Middel’: ${n}.`,
  orphan: (n, goal) => `Hoorde bij een doel dat niet bestaat en staat nu bij ${goal}: ${n}.`,
};

/**
 * The one validator for every way in. Accepts unknown input; repairs what it can and reports
 * each repair as a Dutch warning; rejects (ok: false, Dutch message) only what is not a
 * matrix at all. Never throws.
 */
export function sanitizeMatrix(input: unknown): Outcome<MatrixState> {
  try {
    return sanitize(input);
  } catch {
    // A hostile object (a getter or proxy that throws) is not a matrix either.
    return failure('Dit is geen partnermatrix: de gegevens zijn niet te lezen.');
  }
}

function sanitize(input: unknown): Outcome<MatrixState> {
  if (!isRecord(input)) return failure('Dit is geen partnermatrix.');
  const v = own(input, 'v');
  if (v !== MATRIX_VERSION) {
    return failure(
      typeof v === 'number' && v > MATRIX_VERSION
        ? 'Deze partnermatrix is gemaakt met een nieuwere versie van het instrument. Laad de pagina opnieuw en probeer het nog eens.'
        : 'Dit is geen partnermatrix: het versienummer ontbreekt of klopt niet.',
    );
  }
  const rawGoals = own(input, 'goals');
  const rawPartners = own(input, 'partners');
  if (!Array.isArray(rawGoals) && !Array.isArray(rawPartners)) {
    return failure('Dit is geen partnermatrix: er staan geen doelen of partners in.');
  }

  const warnings: string[] = [];
  const named = {} as Record<Kind, string[]>;
  const note = (kind: Kind, name: string) => (named[kind] ??= []).push(name);
  const usedIds = new Set<string>();
  let newIds = 0;
  const freshId = (prefix: string) => {
    let id: string;
    do id = createId(prefix);
    while (usedIds.has(id));
    usedIds.add(id);
    return id;
  };
  const uniqueId = (raw: unknown, prefix: string) => {
    if (typeof raw === 'string' && SAFE_ID.test(raw) && !usedIds.has(raw)) {
      usedIds.add(raw);
      return raw;
    }
    newIds++;
    return freshId(prefix);
  };
  const readText = (value: unknown, multiline: boolean) =>
    cleanText(value, multiline ? MATRIX_LIMITS.notes : MATRIX_LIMITS.name, multiline);

  // Goals.
  const goals: Goal[] = [];
  const goalIds = new Map<string, string>(); // id in the input → id kept
  const goalNames = new Set<string>();
  let unreadable = 0;
  each(rawGoals, 'doelen', MATRIX_LIMITS.goals, warnings, (raw) => {
    if (!isRecord(raw)) return void unreadable++;
    const name = readText(own(raw, 'name'), false);
    let label = name.text;
    if (isBlankName(label)) {
      const invisible = label !== '';
      label = `Doel ${goals.length + 1}`;
      warnings.push(
        invisible
          ? `Een doel met een naam van alleen onzichtbare tekens heet nu ${quote(label)}.`
          : `Een doel zonder naam heet nu ${quote(label)}.`,
      );
    }
    if (name.cut) note('nameCut', label);
    if (name.cleaned) note('cleaned', label);
    const rawUrgency = own(raw, 'urgency');
    const urgency = readUrgency(rawUrgency);
    if (!urgency && rawUrgency !== undefined && rawUrgency !== null && rawUrgency !== '') {
      note('urgency', label);
    }
    const rawId = own(raw, 'id');
    const id = uniqueId(rawId, 'doel');
    const key = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : null;
    if (key !== null && !goalIds.has(key)) goalIds.set(key, id);
    if (goalNames.has(nameKey(label)))
      warnings.push(`Het doel ${quote(label)} staat twee keer in de lijst.`);
    goalNames.add(nameKey(label));
    goals.push({ id, name: label, urgency: urgency ?? 'middel' });
    return true;
  });
  if (unreadable)
    warnings.push(
      `Overgeslagen, omdat ze niet te lezen waren: ${counted(unreadable, 'doel', 'doelen')}.`,
    );

  // Partners.
  const partners: PartnerRow[] = [];
  const orphans: PartnerRow[] = [];
  let invisible = 0;
  unreadable = 0;
  each(rawPartners, 'partners', MATRIX_LIMITS.partners, warnings, (raw) => {
    if (!isRecord(raw)) return void unreadable++;
    const name = readText(own(raw, 'name'), false);
    // No name at all is a draft (kept, the reader still types it); a name of only invisible
    // characters is not a name anyone can read or find again.
    if (name.text !== '' && isBlankName(name.text)) return void invisible++;
    const label = shownName(name.text, partners.length);
    const influence = readNumber(own(raw, 'influence'));
    const dependency = readNumber(own(raw, 'dependency'));
    if (influence === null || dependency === null) return void note('badScore', label);
    if (name.cut) note('nameCut', label);
    const notes = readText(own(raw, 'notes'), true);
    if (notes.cut) note('notesCut', label);
    if (name.cleaned || notes.cleaned) note('cleaned', label);
    const position = readPosition(raw);
    let adjusted = position?.adjusted ?? false;
    const rawTarget = own(raw, 'target');
    let target: Position | null = null;
    if (rawTarget !== undefined && rawTarget !== null) {
      const read = readPosition(rawTarget);
      if (read) {
        target = read.position;
        adjusted ||= read.adjusted;
      } else note('badTarget', label);
    }
    if (adjusted) note('adjusted', label);
    const rawRelation = own(raw, 'relation');
    const relation = readRelation(rawRelation);
    if (!relation && rawRelation !== undefined && rawRelation !== null && rawRelation !== '') {
      note('relation', label);
    }
    const rawGoalId = own(raw, 'goalId');
    const goalId =
      typeof rawGoalId === 'string' || typeof rawGoalId === 'number'
        ? goalIds.get(String(rawGoalId))
        : undefined;
    const row: PartnerRow = {
      id: uniqueId(own(raw, 'id'), 'partner'),
      name: name.text,
      goalId: goalId ?? '',
      relation: relation ?? 'anders',
      influence: position!.position.influence,
      dependency: position!.position.dependency,
      target,
      notes: notes.text,
    };
    if (!goalId) orphans.push(row);
    partners.push(row);
    return true;
  });
  if (unreadable)
    warnings.push(
      `Overgeslagen, omdat ze niet te lezen waren: ${counted(unreadable, 'partner', 'partners')}.`,
    );
  if (invisible) {
    warnings.push(
      `Overgeslagen, omdat de naam alleen uit onzichtbare tekens bestond: ${counted(invisible, 'partner', 'partners')}.`,
    );
  }

  // Every partner belongs to a goal, and there is always at least one goal.
  if (goals.length === 0) goals.push({ id: freshId('doel'), name: 'Doel 1', urgency: 'middel' });
  for (const row of orphans) {
    row.goalId = goals[0].id;
    note('orphan', shownName(row.name, partners.indexOf(row)));
  }
  if (newIds) {
    warnings.push(
      `Bij ${counted(newIds, 'doel of partner', 'doelen of partners')} ontbrak de interne code, of die was dubbel. Dat is hersteld.`,
    );
  }

  // The same partner twice under one goal is allowed, but worth a word.
  const seen = new Set<string>();
  const warned = new Set<string>();
  for (const row of partners) {
    if (row.name === '') continue;
    const key = `${row.goalId} ${nameKey(row.name)}`;
    if (seen.has(key) && !warned.has(key)) {
      warned.add(key);
      const goal = goals.find((g) => g.id === row.goalId)!;
      warnings.push(`${quote(row.name)} staat twee keer bij ${quote(goal.name)}.`);
    }
    seen.add(key);
  }

  const rawAmbition = own(input, 'ambition');
  let ambition = sanitizeAmbition(rawAmbition);
  if (!ambition) {
    ambition = { ...defaultAmbition };
    warnings.push(
      `De ambitielijn ontbrak of klopte niet. Nu geldt de standaardlijn: van ${formatDecimal(ambition.atNoDependency)} zonder afhankelijkheid naar ${formatDecimal(ambition.atFullDependency)} bij volledige afhankelijkheid.`,
    );
  } else {
    const raw = rawAmbition as Record<string, unknown>;
    if (
      readNumber(raw.atNoDependency) !== ambition.atNoDependency ||
      readNumber(raw.atFullDependency) !== ambition.atFullDependency
    ) {
      warnings.push(`De ambitielijn is aangepast naar de schaal van ${scaleText()}.`);
    }
  }

  for (const kind of Object.keys(kindMessages) as Kind[]) {
    if (named[kind])
      warnings.push(kindMessages[kind](listNames(named[kind]), quote(goals[0].name)));
  }
  return success({ v: 1, goals, partners, ambition }, warnings);
}

/**
 * Runs `take` over the entries of a list until `limit` were kept. A huge or sparse array
 * is never walked to its end: at most ten times the limit is looked at.
 */
function each(
  list: unknown,
  what: string,
  limit: number,
  warnings: string[],
  take: (raw: unknown) => true | undefined,
) {
  if (list === undefined || list === null) return;
  if (!Array.isArray(list)) {
    warnings.push(`De lijst met ${what} was niet te lezen en is leeg gelaten.`);
    return;
  }
  let kept = 0;
  let i = 0;
  for (; i < list.length && kept < limit && i < limit * 10; i++) if (take(list[i])) kept++;
  if (i < list.length) {
    warnings.push(
      `Er stonden meer dan ${limit} ${what} in. Alleen de eerste ${limit} zijn overgenomen.`,
    );
  }
}
