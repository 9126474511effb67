// X, Y and Z, the three made-up partners both sources explain the directions with, where the
// partner matrix's example "xyz" puts them, and the directions of each one's move in the order
// the Handleiding gives: X goes up; Y first to the left, and the competition that brings then
// takes it up; Z to the right. The example's desired positions must agree with that.
import type { DirectionId, QuadrantId } from '../../data/partner-strategy';
import type { LineSide } from './ambition-line';
import { assessPartner } from './assessment';
import { exampleMatrix } from './matrix-examples';
import type { MatrixState, PartnerRow } from './matrix-state';

export const XYZ_EXAMPLE = 'xyz';

const moveOrder: Readonly<Record<string, readonly DirectionId[]>> = {
  x: ['omhoog'],
  y: ['links', 'omhoog'],
  z: ['rechts'],
};

export interface XyzPartner {
  /** "X", "Y" or "Z". */
  letter: string;
  row: PartnerRow;
  side: LineSide;
  quadrant: QuadrantId;
  /** The directions of the move, in the order the partner takes them. */
  directions: readonly DirectionId[];
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  [...a].sort().join() === [...b].sort().join();

/** The example's state and X, Y and Z in it; throws when the example and the sources disagree. */
export function xyzPartners(): { state: MatrixState; partners: XyzPartner[] } {
  const state = exampleMatrix(XYZ_EXAMPLE);
  if (!state) throw new Error(`The matrix example "${XYZ_EXAMPLE}" is missing or invalid`);
  const partners = state.partners.map((row) => {
    const order = moveOrder[row.id];
    const assessment = assessPartner(row, state);
    // The arrow from the partner to its desired position goes exactly these ways.
    if (!order || !sameSet(order, assessment.arrowDirections))
      throw new Error(`Partner "${row.id}" of "${XYZ_EXAMPLE}" does not move as the sources say`);
    return {
      letter: row.id.toUpperCase(),
      row,
      side: assessment.side,
      quadrant: assessment.quadrant,
      directions: order,
    };
  });
  return { state, partners };
}
