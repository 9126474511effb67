/**
 * A partner just added has no name yet: the reader types it into an empty field. Such a draft
 * keeps the empty name in the state (and in the saved work, the share link and the JSON file),
 * while everything that shows or exports the partner to a reader uses its shown name:
 * "Partner zonder naam (nr. 3)", after its place in the list (the name field says
 * "Naam van partner 3").
 */
import type { MatrixState, PartnerRow } from './matrix-state';

/** What the name field shows while it is empty. */
export const NAME_PLACEHOLDER = 'Naam van de partner';

/** The partner's own name, or for a draft "Partner zonder naam (nr. n)", n counting from 1. */
export function shownName(name: string, index: number): string {
  return name === '' ? `Partner zonder naam (nr. ${index + 1})` : name;
}

/** The same row, or a copy with its shown name; a copy is reused while row and place stay. */
const copies = new WeakMap<PartnerRow, { index: number; row: PartnerRow }>();
function shownRow(partner: PartnerRow, index: number): PartnerRow {
  if (partner.name !== '') return partner;
  const known = copies.get(partner);
  if (known?.index === index) return known.row;
  const row = { ...partner, name: shownName('', index) };
  copies.set(partner, { index, row });
  return row;
}

/**
 * The state as the reader sees it: drafts carry their shown name. The same state comes back
 * when every partner has a name, so memoised views do not render again.
 */
export function withShownNames(state: MatrixState): MatrixState {
  if (!state.partners.some((p) => p.name === '')) return state;
  return { ...state, partners: state.partners.map(shownRow) };
}
