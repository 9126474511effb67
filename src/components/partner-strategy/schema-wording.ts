// The words of the schema with X, Y and Z, shared by the drawing's description and the table.
import {
  axes,
  directionById,
  type Ambition,
  type Axis,
  type DirectionId,
} from '../../data/partner-strategy';
import { formatScore } from '../partner-matrix/wording';

/** Where a direction goes on the schema, as the chapter says it. */
const way: Record<DirectionId, string> = {
  omhoog: 'omhoog',
  omlaag: 'omlaag',
  links: 'naar links',
  rechts: 'naar rechts',
};

/** "naar rechts (partnerschap vastleggen)" */
export const directionText = (id: DirectionId) =>
  `${way[id]} (${directionById(id).label.toLowerCase()})`;

/** "omhoog (…)", or "eerst naar links (…), dan omhoog (…)" for a move in two steps. */
export function moveText(order: readonly DirectionId[]): string {
  const parts = order.map(directionText);
  if (parts.length < 2) return parts.join('');
  return `eerst ${parts.slice(0, -1).join(', ')}, dan ${parts.at(-1)}`;
}

const ends = (axis: Axis, from: string, to: string) =>
  `van ${from} (${axis.low.toLowerCase()}) naar ${to} (${axis.high.toLowerCase()})`;

/** What the two axes of the schema show, in one sentence. */
export const axesText = () =>
  `${axes.dependency.label} loopt ${ends(axes.dependency, 'links', 'rechts')}, ` +
  `${axes.influence.label.toLowerCase()} ${ends(axes.influence, 'onder', 'boven')}.`;

/** Where the ambition line runs, in one sentence. */
export const ambitionText = (ambition: Ambition) =>
  `De ambitielijn loopt van invloed ${formatScore(ambition.atNoDependency)} bij afhankelijkheid 0 ` +
  `naar invloed ${formatScore(ambition.atFullDependency)} bij afhankelijkheid 10.`;
