import { describe, expect, it, vi } from 'vitest';
import { createId } from './ids';

describe('createId', () => {
  it('gives short ids with the prefix', () => {
    expect(createId('p')).toMatch(/^p-[a-z][a-z0-9]{5}$/);
    expect(createId('doel')).toMatch(/^doel-[a-z][a-z0-9]{5}$/);
  });

  it('starts with a letter without a prefix, so it is a valid HTML id', () => {
    for (let i = 0; i < 200; i++) expect(createId()).toMatch(/^[a-z][a-z0-9]{5}$/);
  });

  it('is practically unique', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => createId('p')));
    expect(ids.size).toBeGreaterThanOrEqual(999);
  });

  it('uses crypto.getRandomValues', () => {
    const spy = vi.spyOn(crypto, 'getRandomValues');
    createId();
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });
});
