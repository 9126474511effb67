import { describe, expect, it } from 'vitest';
import { counted } from './counted';

describe('counted', () => {
  it('uses the singular only for exactly one', () => {
    expect(counted(1, 'doel', 'doelen')).toBe('1 doel');
    expect(counted(2, 'doel', 'doelen')).toBe('2 doelen');
    expect(counted(0, 'partner', 'partners')).toBe('0 partners');
    expect(counted(1.5, 'punt', 'punten')).toBe('1,5 punten');
    expect(counted(-1, 'punt', 'punten')).toBe('-1 punten');
  });
});
