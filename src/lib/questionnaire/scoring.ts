/**
 * Scores of one response. Full precision in the data; roundScore is for display only.
 * - item score = mean of its numeric answers; "weet ik niet" is left out (and counted);
 *   no numeric answer → null;
 * - group score = mean of its item scores that are not null;
 * - gap = ambition − score, when both exist.
 */
import { allItems, type QDefinition, type QItem } from './definition';
import { ambitionOf, answerOf, type QResponse } from './response';

export interface ItemScore {
  itemId: string;
  /** Mean of the numeric answers; null if there are none. */
  score: number | null;
  /** Statements answered in any way, "weet ik niet" included (as in `progress`). */
  answered: number;
  /** How many of the answered statements are "weet ik niet". */
  dontKnow: number;
  ambition: number | null;
  /** ambition − score; null when either is missing. */
  gap: number | null;
}

export interface GroupScore {
  groupId: string;
  /** Mean of its item scores that are not null; null if none. */
  score: number | null;
  items: ItemScore[];
}

/** Scores within this distance count as equal (floating-point noise of means). */
const EPSILON = 1e-9;

/** Mean of the values that are not null; null if there are none. */
export function mean(values: readonly (number | null)[]): number | null {
  let sum = 0;
  let count = 0;
  for (const value of values) {
    if (value === null) continue;
    sum += value;
    count++;
  }
  return count ? sum / count : null;
}

export function scoreItem(item: QItem, r: QResponse): ItemScore {
  const numbers: number[] = [];
  let answered = 0;
  let dontKnow = 0;
  for (const statement of item.statements) {
    const answer = answerOf(r, statement.id);
    if (answer === undefined) continue;
    answered++;
    if (answer === 'weet-niet') dontKnow++;
    else if (Number.isFinite(answer)) numbers.push(answer);
  }
  const score = mean(numbers);
  const ambition = ambitionOf(r, item.id);
  return {
    itemId: item.id,
    score,
    answered,
    dontKnow,
    ambition,
    gap: ambition !== null && score !== null ? ambition - score : null,
  };
}

export function scoreResponse(def: QDefinition, r: QResponse): GroupScore[] {
  return def.groups.map((group) => {
    const items = group.items.map((item) => scoreItem(item, r));
    return { groupId: group.id, score: mean(items.map((s) => s.score)), items };
  });
}

const compare = (a: number, b: number) => (Math.abs(a - b) < EPSILON ? 0 : a - b);

/**
 * The `count` items to work on first (default 3). If any item has an ambition: the items with
 * an ambition above their score, largest gap first (an item that reaches its ambition is no
 * priority). Otherwise: lowest score first, leaving out items at the top of the scale (there
 * is nothing to improve). Ties: lower score first, then definition order.
 * Items with a null score are never priorities.
 */
export function priorities(def: QDefinition, r: QResponse, count = 3): ItemScore[] {
  const scores = allItems(def).map((item) => scoreItem(item, r));
  const byGap = scores.some((s) => s.ambition !== null);
  return scores
    .filter(
      (s) =>
        s.score !== null &&
        (byGap ? s.gap !== null && s.gap > EPSILON : s.score < def.scale.max - EPSILON),
    )
    .sort(
      // Array.prototype.sort is stable: equal items keep definition order.
      (a, b) => (byGap ? compare(b.gap!, a.gap!) : 0) || compare(a.score!, b.score!),
    )
    .slice(0, Math.max(0, Math.floor(count)));
}

/** 1 decimal for display, half away from zero (2.45 → 2.5, −0.25 → −0.3), never −0. */
export function roundScore(n: number): number {
  if (!Number.isFinite(n)) return n;
  // toPrecision removes floating-point noise such as 1.15 * 10 = 11.499999999999998.
  const tenths = Math.round(Number((Math.abs(n) * 10).toPrecision(12)));
  return (Math.sign(n) * tenths) / 10 + 0;
}

export interface ExplanationWords {
  /** Singular and plural for an item, e.g. 'conditie' / 'condities'. Default: onderdeel(en). */
  item?: string;
  items?: string;
  /** A group, e.g. 'domein'. Default: 'domein'. */
  group?: string;
  /** Mention the wanted level (gewenst niveau) and gaps. Default false. */
  ambition?: boolean;
}

/**
 * Dutch text (B1) on how the scores are computed, one point per line ('\n' between lines) so
 * the UI can render a list. `words` names the parts the way the instrument does; the sentences
 * are written so that any de- or het-word fits.
 */
export function scoringExplanation(def: QDefinition, words: ExplanationWords = {}): string {
  const item = words.item ?? 'onderdeel';
  const items = words.items ?? 'onderdelen';
  const group = words.group ?? 'domein';
  const lines = [
    `Bij elke stelling kies je een getal van ${def.scale.min} tot en met ${def.scale.max}, of ‘weet ik niet’.`,
    `De score van een ${item} is het gemiddelde van je antwoorden op de stellingen die erbij horen.`,
    `‘Weet ik niet’ telt niet mee in de score. We laten wel zien hoe vaak je ‘weet ik niet’ hebt gekozen.`,
    `Heb je bij alle stellingen van een ${item} ‘weet ik niet’ gekozen of niets ingevuld? Dan is er geen score. Zo’n ${item} telt ook niet mee in de gemiddelden en de prioriteiten.`,
  ];
  if (def.groups.length > 1) {
    lines.push(
      `Per ${group} is de score het gemiddelde van de scores van de ${items} die erbij horen.`,
    );
  }
  lines.push(
    words.ambition
      ? `Heb je een gewenst niveau gekozen? Dat staat op dezelfde schaal als de score. Het verschil is dan: het gewenste niveau min je score. De ${items} met het grootste verschil staan bovenaan bij de prioriteiten. Zonder gewenst niveau staan de ${items} met de laagste score bovenaan.`
      : `De ${items} met de laagste score staan bovenaan bij de prioriteiten. Een ${item} met de hoogste score (${def.scale.max}) is geen prioriteit.`,
    `We rekenen met de precieze gemiddelden. We tonen ze met één cijfer achter de komma, bijvoorbeeld 3,5.`,
  );
  return lines.join('\n');
}
