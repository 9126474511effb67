/**
 * The reader's answers in the order of the questionnaire, for a report on paper: each group,
 * its items with the wanted level, and each statement with its answer as text.
 * Pure TypeScript: no DOM, no libraries.
 */
import type { QDefinition, QGroup, QItem, QStatement } from './definition';
import { ambitionOf, answerOf, type Answer, type QResponse } from './response';

export interface SheetItem {
  item: QItem;
  /** The level the respondent wants to reach, or null. */
  ambition: number | null;
  statements: { statement: QStatement; answer: Answer | undefined }[];
}

export interface SheetGroup {
  group: QGroup;
  items: SheetItem[];
}

export function answerSheet(def: QDefinition, r: QResponse): SheetGroup[] {
  return def.groups.map((group) => ({
    group,
    items: group.items.map((item) => ({
      item,
      ambition: ambitionOf(r, item.id),
      statements: item.statements.map((statement) => ({
        statement,
        answer: answerOf(r, statement.id),
      })),
    })),
  }));
}

/** Whether any statement has an answer that counts in a score (not only "weet ik niet"). */
export function hasScoredAnswer(def: QDefinition, r: QResponse): boolean {
  return def.groups.some((group) =>
    group.items.some((item) =>
      item.statements.some((statement) => typeof answerOf(r, statement.id) === 'number'),
    ),
  );
}

/** "4 – Eens", "Weet ik niet", "niet beantwoord". */
export function answerText(
  answer: Answer | undefined,
  scale: readonly { value: number; label: string }[],
  dontKnow: string,
): string {
  if (answer === undefined) return 'niet beantwoord';
  if (answer === 'weet-niet') return dontKnow;
  const label = scale.find((option) => option.value === answer)?.label;
  return label ? `${answer} – ${label}` : String(answer);
}
