/**
 * A questionnaire definition: typed data that the engine in this folder scores. The engine knows
 * no particular model; an instrument (quick scan, health check) hands it a definition.
 *
 * Groups hold items, items hold statements (a flat instrument has one group). Ids go into share
 * links and saved answers: they must be unique within the definition and stay stable.
 * Pure TypeScript: no DOM, no libraries.
 */

export interface QStatement {
  id: string;
  text: string;
}

/**
 * A statement no longer asked because its meaning changed (it asked two things at once, say).
 * Its id is never reused: a saved answer to it is set aside, not read as an answer to
 * `replacedBy`.
 */
export interface QRetiredStatement extends QStatement {
  replacedBy: readonly string[];
}

/** A condition or criterion: scored as the mean of its statements. */
export interface QItem {
  id: string;
  name: string;
  meaning?: string;
  /** What to do when the item scores low (shown with the priorities). */
  advice?: string;
  statements: readonly QStatement[];
  retired?: readonly QRetiredStatement[];
}

/** A domain: scored as the mean of its items. A flat instrument has one group. */
export interface QGroup {
  id: string;
  name: string;
  items: readonly QItem[];
}

export interface QDefinition {
  id: string;
  version: number;
  groups: readonly QGroup[];
  /** Answers are whole numbers from min to max, e.g. 1..5. */
  scale: { min: number; max: number };
}

/** Every item, in definition order. */
export function allItems(def: QDefinition): QItem[] {
  return def.groups.flatMap((group) => group.items);
}

/**
 * Every statement with its item and group, in definition order. A statement's position in this
 * list plus one is its number for the user ("stelling 3").
 */
export function allStatements(
  def: QDefinition,
): { statement: QStatement; item: QItem; group: QGroup }[] {
  return def.groups.flatMap((group) =>
    group.items.flatMap((item) => item.statements.map((statement) => ({ statement, item, group }))),
  );
}

/** Every retired statement with its item and group, in definition order. */
export function retiredStatements(
  def: QDefinition,
): { statement: QRetiredStatement; item: QItem; group: QGroup }[] {
  return def.groups.flatMap((group) =>
    group.items.flatMap((item) =>
      (item.retired ?? []).map((statement) => ({ statement, item, group })),
    ),
  );
}
