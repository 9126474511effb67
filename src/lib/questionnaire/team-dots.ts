/**
 * Where the team chart puts its dots, so that nobody is hidden behind someone else. Respondents
 * with the same score share one dot that says how many they are ("5×"); a lone respondent's dot
 * shows their number from the table. Dots that would still touch (scores close together) go
 * into the next lane below. Pure, so it is unit-tested; the chart only draws the result.
 */

export interface TeamDot {
  value: number;
  /** Indexes of the respondents with this score, in table order. */
  members: number[];
  /** What the dot says: the respondent's number, or "5×" for five respondents. */
  label: string;
  /** Pixel position and radius; `lane` 0 is the top lane of the row. */
  x: number;
  lane: number;
  radius: number;
}

export const DOT_RADIUS = 10;
/** A shared dot is a little bigger: "25×" fits inside at 12 px. */
export const SHARED_DOT_RADIUS = 13;
const GAP = 2;

/** Scores that differ only by floating point (4.333… from two routes) are the same score. */
const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;

export function teamDots(
  scores: readonly (number | null)[],
  x: (value: number) => number,
): { dots: TeamDot[]; lanes: number } {
  const groups: { value: number; members: number[] }[] = [];
  scores.forEach((score, index) => {
    if (score === null) return;
    const group = groups.find((g) => same(g.value, score));
    if (group) group.members.push(index);
    else groups.push({ value: score, members: [index] });
  });
  groups.sort((a, b) => a.value - b.value);
  /** The right edge of the last dot in each lane. */
  const laneEnds: number[] = [];
  const dots = groups.map(({ value, members }) => {
    const shared = members.length > 1;
    const radius = shared ? SHARED_DOT_RADIUS : DOT_RADIUS;
    const cx = x(value);
    let lane = laneEnds.findIndex((end) => end + GAP <= cx - radius);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = cx + radius;
    const label = shared ? `${members.length}×` : String(members[0]! + 1);
    return { value, members, label, x: cx, lane, radius };
  });
  return { dots, lanes: Math.max(1, laneEnds.length) };
}

/** Height of one lane: room for the biggest dot and a small gap. */
export const LANE_HEIGHT = 2 * SHARED_DOT_RADIUS + GAP;
