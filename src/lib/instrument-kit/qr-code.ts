// A QR code as an SVG path, for a participant link shown on a beamer. The encoding is uqr's;
// this only turns its matrix of modules into one path. Loaded with the beamer view, never at
// start-up.
import { encode } from 'uqr';

/** Light modules around the code: the four the QR standard asks for, so scanners find it. */
export const QUIET_ZONE = 4;

export interface QrPath {
  /** Modules per side, quiet zone included: the viewBox is 0 0 size size. */
  size: number;
  /** One square of 1×1 per dark module. */
  path: string;
}

export function qrPath(text: string): QrPath {
  const { data, size } = encode(text, { ecc: 'M', border: QUIET_ZONE });
  const squares: string[] = [];
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) squares.push(`M${x} ${y}h1v1h-1z`);
    }),
  );
  return { size, path: squares.join('') };
}
