import { counted } from '../../lib/instrument-kit/counted';
import { formatDecimal } from '../../lib/instrument-kit/decimal';
import type { LineSide } from '../../lib/partner-strategy/ambition-line';
import type { MatrixOrigin } from './matrix-io';

export const formatScore = (score: number) => formatDecimal(score);

export function sideText(side: LineSide): string {
  return side === 'boven'
    ? 'boven de ambitielijn'
    : side === 'onder'
      ? 'onder de ambitielijn'
      : 'op de ambitielijn';
}

/** "1 punt boven de ambitielijn", "2,5 punten onder de ambitielijn" */
export function gapText(side: LineSide, gap: number): string {
  if (side === 'op') return 'op de ambitielijn';
  return `${counted(Math.abs(gap), 'punt', 'punten')} ${sideText(side)}`;
}

/** "1 partner", "3 partners" */
export const partnerCount = (n: number) => counted(n, 'partner', 'partners');

/** "1 doel", "3 doelen" */
export const goalCount = (n: number) => counted(n, 'doel', 'doelen');

/**
 * What a matrix from a link is called: the title of the new work and the first words of the
 * message, so the reader sees what was opened ("Voorbeeld geopend …").
 */
export function openedFrom(origin: MatrixOrigin, detail?: string): { title: string; what: string } {
  if (origin === 'example')
    return { title: `Voorbeeld: ${detail ?? 'partnermatrix'}`, what: 'Voorbeeld' };
  if (origin === 'ambition-check') {
    return {
      title: detail ? `Ambitielijn-check: ${detail}` : 'Ambitielijn-check',
      what: 'Partner uit de ambitielijn-check',
    };
  }
  return { title: 'Gedeelde partnermatrix', what: 'Gedeelde partnermatrix' };
}

/** "Voorbeeld geopend als nieuw werk “…”, met 3 partners bij 1 doel. Je eerdere werk …" */
export function openedMessage(
  what: string,
  title: string,
  counts: { partners: number; goals: number },
  before?: string,
): string {
  const kept = before ? ` Je eerdere werk “${before}” staat ongewijzigd in Mijn werk.` : '';
  return `${what} geopend als nieuw werk “${title}”, met ${partnerCount(counts.partners)} bij ${goalCount(counts.goals)}.${kept}`;
}
