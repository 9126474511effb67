import { formatDecimal } from '../../lib/instrument-kit/decimal';
import type { LineSide } from '../../lib/partner-strategy/ambition-line';

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
  const size = Math.abs(gap);
  return `${formatScore(size)} ${size === 1 ? 'punt' : 'punten'} ${sideText(side)}`;
}

/** "1 partner", "3 partners" */
export const partnerCount = (n: number) => (n === 1 ? '1 partner' : `${n} partners`);
