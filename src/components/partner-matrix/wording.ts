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
