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

/** "2,5 punt boven de ambitielijn" */
export function gapText(side: LineSide, gap: number): string {
  if (side === 'op') return 'op de ambitielijn';
  return `${formatScore(Math.abs(gap))} punt ${sideText(side)}`;
}

/** "1 partner", "3 partners" */
export const partnerCount = (n: number) => (n === 1 ? '1 partner' : `${n} partners`);
