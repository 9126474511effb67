import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { QUIET_ZONE, qrPath } from './qr-code';

/** The dark modules a path draws, as "x,y". */
const drawn = (path: string) =>
  new Set([...path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map(([, x, y]) => `${x},${y}`));

describe('qrPath', () => {
  const url = 'https://partnerwijzer.nl/instrumenten/quickscan-samenwerkingsvermogen/';

  it('draws exactly the dark modules of the library’s own matrix, with a quiet zone', () => {
    const { data, size } = encode(url, { ecc: 'M', border: QUIET_ZONE });
    const expected = new Set<string>();
    data.forEach((row, y) => row.forEach((dark, x) => dark && expected.add(`${x},${y}`)));
    const qr = qrPath(url);
    expect(qr.size).toBe(size);
    expect(drawn(qr.path)).toEqual(expected);
  });

  it('keeps the quiet zone light on every side', () => {
    const qr = qrPath(url);
    for (const key of drawn(qr.path)) {
      const [x, y] = key.split(',').map(Number);
      for (const v of [x, y]) {
        expect(v).toBeGreaterThanOrEqual(QUIET_ZONE);
        expect(v).toBeLessThan(qr.size - QUIET_ZONE);
      }
    }
  });

  it('gives a bigger code for a longer link', () => {
    expect(qrPath(`${url}#${'x'.repeat(300)}`).size).toBeGreaterThan(qrPath(url).size);
  });
});
