import { describe, expect, it } from 'vitest';
import { xyzPartners } from './xyz-moves';

describe('X, Y and Z as the chapter shows them', () => {
  const { partners } = xyzPartners();
  const byLetter = Object.fromEntries(partners.map((partner) => [partner.letter, partner]));

  it('are the three partners of the example, in the order X, Y, Z', () => {
    expect(partners.map((partner) => partner.letter)).toEqual(['X', 'Y', 'Z']);
  });

  it('move as the Handleiding says: X up, Y left and then up, Z to the right', () => {
    expect(byLetter.X.directions).toEqual(['omhoog']);
    expect(byLetter.Y.directions).toEqual(['links', 'omhoog']);
    expect(byLetter.Z.directions).toEqual(['rechts']);
  });

  it('have desired positions that lie those ways from where they stand', () => {
    const { X, Y, Z } = byLetter;
    expect(X.row.target!.influence).toBeGreaterThan(X.row.influence);
    expect(X.row.target!.dependency).toBe(X.row.dependency);
    expect(Y.row.target!.dependency).toBeLessThan(Y.row.dependency);
    expect(Y.row.target!.influence).toBeGreaterThan(Y.row.influence);
    expect(Z.row.target!.dependency).toBeGreaterThan(Z.row.dependency);
    expect(Z.row.target!.influence).toBe(Z.row.influence);
  });

  it('stand where the sources put them: X and Y below the line, Z strategic above it', () => {
    expect(byLetter.X.side).toBe('onder');
    expect(byLetter.Y.side).toBe('onder');
    expect(byLetter.Y.quadrant).toBe('afhankelijk-beperkt');
    expect(byLetter.Z.side).toBe('boven');
    expect(byLetter.Z.quadrant).toBe('strategisch');
  });
});
