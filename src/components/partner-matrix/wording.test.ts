import { describe, expect, it } from 'vitest';
import { gapText, partnerCount } from './wording';

describe('wording', () => {
  it('counts in proper Dutch', () => {
    expect(gapText('boven', 1)).toBe('1 punt boven de ambitielijn');
    expect(gapText('onder', -2.5)).toBe('2,5 punten onder de ambitielijn');
    expect(gapText('op', 0)).toBe('op de ambitielijn');
    expect(partnerCount(1)).toBe('1 partner');
    expect(partnerCount(0)).toBe('0 partners');
  });
});
