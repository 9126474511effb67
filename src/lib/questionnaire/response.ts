/**
 * One respondent's answers to a questionnaire, and the one validator for every way in
 * (share link, autosave, JSON file): sanitizeResponse.
 *
 * Invariants of a sanitized response, which scoring and the UI may rely on:
 * - `definition` is the definition's id and `v` is 1;
 * - every answer belongs to a statement of the definition and is a whole number on the scale
 *   or 'weet-niet'; a statement without an answer has no key;
 * - every ambition belongs to an item of the definition and is a whole number on the scale;
 * - `setAside`, when present, is not empty and holds valid answers to retired statements only
 *   (statements that were split or rephrased): kept and shown, never scored;
 * - `respondent` is trimmed, without control or bidi characters, noncharacters or lone
 *   surrogates, at most 80 long, and not only invisible characters ('' = anonymous).
 */
import { failure, success, type Outcome } from '../instrument-kit/result';
import { cleanText, isBlankName, type CleanedText } from '../instrument-kit/text-clean';
import { allItems, allStatements, retiredStatements, type QDefinition } from './definition';

/** A whole number on the definition's scale, or "weet ik niet". */
export type Answer = number | 'weet-niet';

export interface QResponse {
  v: 1;
  /** The definition's id. */
  definition: string;
  /** Name, or '' for anonymous. */
  respondent: string;
  /** Statement id → answer; a missing key means not answered yet. */
  answers: Record<string, Answer>;
  /** Item id → the level the respondent wants to reach; optional per item. */
  ambitions: Record<string, number>;
  /**
   * Retired statement id → the answer given before the statement was split or rephrased. Not
   * scored and never read as an answer to the statements that replaced it.
   */
  setAside?: Record<string, Answer>;
}

export const RESPONDENT_MAX = 80;

/** A response without answers. */
export function emptyResponse(def: QDefinition, respondent = ''): QResponse {
  return {
    v: 1,
    definition: def.id,
    respondent: cleanName(respondent).text,
    answers: {},
    ambitions: {},
  };
}

/** A whole number from scale.min to scale.max. */
export function isScaleValue(def: QDefinition, value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= def.scale.min &&
    value <= def.scale.max
  );
}

/** What sanitizeResponse keeps as an answer: a scale value or 'weet-niet'. */
export function isValidAnswer(def: QDefinition, value: unknown): value is Answer {
  return value === 'weet-niet' || isScaleValue(def, value);
}

/** The answer to a statement, own keys only (a statement id 'constructor' is safe). */
export function answerOf(r: QResponse, statementId: string): Answer | undefined {
  return Object.hasOwn(r.answers, statementId) ? r.answers[statementId] : undefined;
}

/** The answer set aside from a retired statement, own keys only. */
export function setAsideOf(r: QResponse, statementId: string): Answer | undefined {
  return r.setAside && Object.hasOwn(r.setAside, statementId) ? r.setAside[statementId] : undefined;
}

/** The ambition for an item, or null. */
export function ambitionOf(r: QResponse, itemId: string): number | null {
  const value = Object.hasOwn(r.ambitions, itemId) ? r.ambitions[itemId] : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * Answered = statements with any answer, "weet ik niet" included (so a finished questionnaire
 * reaches total); dontKnow = how many of those are "weet ik niet".
 */
export function progress(
  def: QDefinition,
  r: QResponse,
): { answered: number; total: number; dontKnow: number } {
  let answered = 0;
  let dontKnow = 0;
  const statements = allStatements(def);
  for (const { statement } of statements) {
    const answer = answerOf(r, statement.id);
    if (answer === undefined) continue;
    answered++;
    if (answer === 'weet-niet') dontKnow++;
  }
  return { answered, total: statements.length, dontKnow };
}

const NOT_A_RESPONSE = 'Dit is geen ingevulde vragenlijst. Er is niets ingelezen.';
const OTHER_INSTRUMENT = 'Dit resultaat hoort bij een ander instrument.';
const NEWER =
  'Dit resultaat is gemaakt met een nieuwere versie van het instrument. Laad de pagina opnieuw en probeer het nog eens.';
const NO_VERSION =
  'Dit is geen ingevulde vragenlijst: het versienummer ontbreekt of klopt niet. Er is niets ingelezen.';

/**
 * The one validator for every way in (link, storage, file). Unknown statement and item ids are
 * dropped with a warning; invalid answers (out of range, NaN, not whole, a string such as '3')
 * are dropped with a warning naming the statement number; null counts as not answered. A wrong
 * definition id → ok:false ("Dit resultaat hoort bij een ander instrument."). The respondent is
 * cleaned: trimmed, control and bidi characters removed, at most 80 characters; a name of only
 * invisible characters becomes '' (anonymous), with a warning. Never throws
 * (null, arrays, strings, __proto__ keys, getters that throw, huge input).
 */
export function sanitizeResponse(def: QDefinition, input: unknown): Outcome<QResponse> {
  try {
    return sanitize(def, input);
  } catch {
    return failure(NOT_A_RESPONSE);
  }
}

function sanitize(def: QDefinition, input: unknown): Outcome<QResponse> {
  if (!isRecord(input)) return failure(NOT_A_RESPONSE);
  const definition = own(input, 'definition');
  if (typeof definition !== 'string') return failure(NOT_A_RESPONSE);
  if (definition !== def.id) return failure(OTHER_INSTRUMENT);
  const v = own(input, 'v');
  if (v !== 1) return failure(typeof v === 'number' && v > 1 ? NEWER : NO_VERSION);

  const warnings: string[] = [];
  const scaleText = `een heel getal van ${def.scale.min} tot en met ${def.scale.max}`;

  // Respondent.
  const rawName = own(input, 'respondent');
  const name = cleanName(rawName);
  if (rawName !== undefined && rawName !== null && typeof rawName !== 'string') {
    warnings.push('De naam was niet te lezen en is leeg gelaten.');
  }
  if (name.cleaned) {
    warnings.push(
      'Uit de naam zijn onzichtbare tekens of tekens die de leesrichting omdraaien weggehaald.',
    );
  }
  if (name.blank) {
    warnings.push('De naam bestond alleen uit onzichtbare tekens en is leeg gelaten.');
  }
  if (name.cut) warnings.push(`De naam is ingekort tot ${RESPONDENT_MAX} tekens.`);

  // Answers.
  const answers: Record<string, Answer> = {};
  const rawAnswers = own(input, 'answers');
  if (isRecord(rawAnswers)) {
    const known = new Set<string>();
    const bad: number[] = [];
    allStatements(def).forEach(({ statement }, i) => {
      known.add(statement.id);
      const value = own(rawAnswers, statement.id);
      if (value === undefined || value === null) return;
      if (isValidAnswer(def, value)) answers[statement.id] = value;
      else bad.push(i + 1);
    });
    if (bad.length) {
      warnings.push(
        bad.length === 1
          ? `Het antwoord bij stelling ${bad[0]} is weggelaten, omdat het niet geldig was. Een geldig antwoord is ${scaleText}, of ‘weet ik niet’.`
          : `De antwoorden bij stelling ${joinDutch(bad.map(String))} zijn weggelaten, omdat ze niet geldig waren. Een geldig antwoord is ${scaleText}, of ‘weet ik niet’.`,
      );
    }
    for (const { statement } of retiredStatements(def)) known.add(statement.id);
    const unknown = countUnknown(rawAnswers, known);
    if (unknown) {
      warnings.push(
        unknown === 1
          ? 'Er was 1 antwoord bij een stelling die niet in deze vragenlijst staat. Dat antwoord is weggelaten.'
          : `Er waren ${unknown} antwoorden bij stellingen die niet in deze vragenlijst staan. Die antwoorden zijn weggelaten.`,
      );
    }
  } else if (rawAnswers !== undefined && rawAnswers !== null) {
    warnings.push('De antwoorden waren niet te lezen. De vragenlijst begint daarom leeg.');
  }

  // Ambitions.
  const ambitions: Record<string, number> = {};
  const rawAmbitions = own(input, 'ambitions');
  if (isRecord(rawAmbitions)) {
    const known = new Set<string>();
    const bad: string[] = [];
    for (const item of allItems(def)) {
      known.add(item.id);
      const value = own(rawAmbitions, item.id);
      if (value === undefined || value === null) continue;
      if (isScaleValue(def, value)) ambitions[item.id] = value;
      else bad.push(`‘${item.name}’`);
    }
    if (bad.length) {
      warnings.push(
        `Het gewenste niveau bij ${joinDutch(bad)} is weggelaten, omdat het niet geldig was. Een geldig niveau is ${scaleText}.`,
      );
    }
    const unknown = countUnknown(rawAmbitions, known);
    if (unknown) {
      warnings.push(
        unknown === 1
          ? 'Er was 1 gewenst niveau bij een onderdeel dat niet in deze vragenlijst staat. Dat is weggelaten.'
          : `Er waren ${unknown} gewenste niveaus bij onderdelen die niet in deze vragenlijst staan. Die zijn weggelaten.`,
      );
    }
  } else if (rawAmbitions !== undefined && rawAmbitions !== null) {
    warnings.push('De gewenste niveaus waren niet te lezen en zijn leeg gelaten.');
  }

  const setAside = readSetAside(def, rawAnswers, own(input, 'setAside'), name.text, warnings);
  const response: QResponse = {
    v: 1,
    definition: def.id,
    respondent: name.text,
    answers,
    ambitions,
  };
  if (Object.keys(setAside).length) response.setAside = setAside;
  return success(response, warnings);
}

/**
 * Answers to retired statements: kept from `setAside`, and moved there (with a message) from
 * `answers`, where work saved before the change has them. Never copied to the new statements:
 * an answer to a statement that asked two things does not say how the respondent rates each.
 */
function readSetAside(
  def: QDefinition,
  rawAnswers: unknown,
  rawSetAside: unknown,
  respondent: string,
  warnings: string[],
): Record<string, Answer> {
  const setAside: Record<string, Answer> = {};
  const items = new Set<string>();
  let moved = 0;
  for (const { statement, item } of retiredStatements(def)) {
    const kept = isRecord(rawSetAside) ? own(rawSetAside, statement.id) : undefined;
    const old = isRecord(rawAnswers) ? own(rawAnswers, statement.id) : undefined;
    if (isValidAnswer(def, kept)) setAside[statement.id] = kept;
    else if (isValidAnswer(def, old)) {
      setAside[statement.id] = old;
      items.add(`‘${item.name}’`);
      moved++;
    }
  }
  if (moved > 0) {
    const which = `bij ${joinDutch([...items])}`;
    const what =
      moved === 1
        ? `Het antwoord op een oude stelling ${which} staat apart. Die stelling vroeg twee dingen tegelijk.`
        : `De antwoorden op ${moved} oude stellingen ${which} staan apart. Die stellingen vroegen twee dingen tegelijk.`;
    warnings.push(
      `${respondent ? `${respondent}: ` : ''}${what} Er zijn nieuwe stellingen voor in de plaats gekomen; beantwoord die. Een oud antwoord telt niet mee in de score, maar blijft zichtbaar en gaat niet verloren.`,
    );
  }
  return setAside;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own properties only: a key such as __proto__ or constructor never reaches the prototype. */
function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Keys with a value that are not in `known`. */
function countUnknown(record: Record<string, unknown>, known: Set<string>): number {
  let count = 0;
  for (const key of Object.keys(record)) {
    if (!known.has(key) && record[key] !== undefined && record[key] !== null) count++;
  }
  return count;
}

/** "a, b en c" */
function joinDutch(items: readonly string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/**
 * A respondent name made safe to keep: only a string counts; line breaks and tabs become a
 * space, control and bidi characters, noncharacters and lone surrogates go, trimmed, cut at 80
 * without splitting an emoji. A name of only invisible characters (zero-width space, …) becomes
 * '' with `blank: true`.
 */
export function cleanName(value: unknown): CleanedText & { blank: boolean } {
  const name = cleanText(typeof value === 'string' ? value : '', RESPONDENT_MAX, false);
  const blank = name.text !== '' && isBlankName(name.text);
  return blank ? { ...name, text: '', blank } : { ...name, blank };
}
