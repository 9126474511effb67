import { describe, expect, it } from 'vitest';
import { visibleRange } from './row-window';

describe('visibleRange', () => {
  const base = { count: 500, viewportHeight: 800, rowHeight: 50, overscan: 5 };
  it('shows the rows on screen plus a margin', () => {
    expect(visibleRange({ ...base, bodyTop: 200 })).toEqual({ first: 0, end: 17 });
    expect(visibleRange({ ...base, bodyTop: -5000 })).toEqual({ first: 95, end: 121 });
  });
  it('stays within the table', () => {
    expect(visibleRange({ ...base, bodyTop: -30_000 })).toEqual({ first: 500, end: 500 });
    expect(visibleRange({ ...base, bodyTop: 5000 })).toEqual({ first: 0, end: 0 });
  });
  it('includes a kept row that is off screen', () => {
    expect(visibleRange({ ...base, bodyTop: 200, keep: 499 })).toEqual({ first: 494, end: 500 });
    expect(visibleRange({ ...base, bodyTop: 200, keep: 3 })).toEqual({ first: 0, end: 17 });
  });
});
