/**
 * Team statistics over several responses to one definition: per item and per group the score of
 * each respondent, the mean over respondents, the spread (max − min) and a flag when the team
 * differs a lot. A respondent without a score for an item (nothing or only "weet ik niet") has
 * null there and is left out of mean and spread.
 */
import type { QDefinition } from './definition';
import type { QResponse } from './response';
import { mean, scoreResponse } from './scoring';

export interface TeamItemStat {
  itemId: string;
  /** Per respondent, same order as the input. */
  scores: (number | null)[];
  mean: number | null;
  /** max − min over the scores that are not null. */
  spread: number | null;
  /** spread >= threshold. */
  flagged: boolean;
}

export interface TeamGroupStat {
  groupId: string;
  scores: (number | null)[];
  mean: number | null;
  spread: number | null;
  flagged: boolean;
}

function stat(scores: (number | null)[], threshold: number) {
  const values = scores.filter((s): s is number => s !== null);
  const spread = values.length ? Math.max(...values) - Math.min(...values) : null;
  // A spread of 4.333… − 2.333… is 2 for the user, even if floating point says 1.9999999999999998.
  return {
    scores,
    mean: mean(values),
    spread,
    flagged: spread !== null && spread >= threshold - 1e-9,
  };
}

export function teamStatistics(
  def: QDefinition,
  responses: readonly QResponse[],
  threshold = 2,
): { items: TeamItemStat[]; groups: TeamGroupStat[] } {
  const scored = responses.map((r) => scoreResponse(def, r));
  const items: TeamItemStat[] = [];
  const groups: TeamGroupStat[] = def.groups.map((group, g) => {
    group.items.forEach((item, i) => {
      items.push({
        itemId: item.id,
        ...stat(
          scored.map((s) => s[g]!.items[i]!.score),
          threshold,
        ),
      });
    });
    return {
      groupId: group.id,
      ...stat(
        scored.map((s) => s[g]!.score),
        threshold,
      ),
    };
  });
  return { items, groups };
}

const key = (label: string) => label.toLocaleLowerCase('nl').replace(/\s+/g, ' ');

/**
 * Distinct display names, same order as the input: '' → 'Anoniem 1', 'Anoniem 2'…; a name that
 * occurs again (ignoring case) gets ' (2)', ' (3)'…
 */
export function respondentLabels(responses: readonly QResponse[]): string[] {
  const used = new Set<string>();
  let anonymous = 0;
  return responses.map((r) => {
    const name = r.respondent.trim();
    let label: string;
    if (name) {
      label = name;
      for (let n = 2; used.has(key(label)); n++) label = `${name} (${n})`;
    } else {
      do label = `Anoniem ${++anonymous}`;
      while (used.has(key(label)));
    }
    used.add(key(label));
    return label;
  });
}

/** Keys and values in a fixed order, so equal records give equal text. */
const sorted = (record: Record<string, unknown>) =>
  JSON.stringify(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/**
 * Same respondent (ignoring case and spacing) with the same answers and ambitions: the same
 * result, e.g. a link pasted twice. The same name with other answers is another result.
 */
export function responseKey(response: QResponse): string {
  return [
    key(response.respondent.trim()),
    sorted(response.answers),
    sorted(response.ambitions),
  ].join('\n');
}

/**
 * Items with the most disagreement first: by spread (highest minus lowest score), items nobody
 * scored last; equal spreads keep their order in the questionnaire.
 */
export function byDisagreement<S extends { spread: number | null }>(stats: readonly S[]): S[] {
  return stats
    .map((stat, index) => ({ stat, index }))
    .sort((a, b) => (b.stat.spread ?? -1) - (a.stat.spread ?? -1) || a.index - b.index)
    .map(({ stat }) => stat);
}
