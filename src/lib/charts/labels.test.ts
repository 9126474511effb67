import { describe, expect, it } from 'vitest';
import { shortenLabel } from './labels';

describe('shortenLabel', () => {
  it('leaves a label that fits as it is', () => {
    expect(shortenLabel('Kort', 24)).toBe('Kort');
    expect(shortenLabel('a'.repeat(24), 24)).toBe('a'.repeat(24));
    expect(shortenLabel('', 24)).toBe('');
  });

  it('cuts a longer label to the limit, the last character an ellipsis', () => {
    expect(shortenLabel('a'.repeat(25), 24)).toBe(`${'a'.repeat(23)}…`);
    expect(shortenLabel('a'.repeat(300), 42)).toHaveLength(42);
    expect(shortenLabel('Bibliotheek Midden-Nederland', 12)).toBe('Bibliotheek…');
  });

  it('does not split an emoji in two', () => {
    const cut = shortenLabel(`${'x'.repeat(22)}😀 en meer`, 24);
    expect(cut).toBe(`${'x'.repeat(22)}…`);
    expect(cut.isWellFormed()).toBe(true);
    expect(shortenLabel(`${'x'.repeat(21)}😀 en meer`, 24)).toBe(`${'x'.repeat(21)}😀…`);
  });
});
