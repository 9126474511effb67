// Numbers with a noun in proper Dutch: "1 doel", "2 doelen", "2,5 punten", "0 partners".
import { formatDecimal } from './decimal';

/** `n` in Dutch notation with the singular for exactly 1 and the plural for anything else. */
export function counted(n: number, one: string, many: string): string {
  return `${formatDecimal(n)} ${n === 1 ? one : many}`;
}
