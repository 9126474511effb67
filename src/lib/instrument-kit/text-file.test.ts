import { describe, expect, it } from 'vitest';
import { decodeTextFile } from './text-file';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeTextFile', () => {
  it('reads UTF-8 without a warning', () => {
    expect(decodeTextFile(utf8('naam;score\r\nCafé € 😀;7,5'))).toEqual({
      ok: true,
      value: 'naam;score\r\nCafé € 😀;7,5',
      warnings: [],
    });
  });

  it('strips a UTF-8 BOM (our own CSV export)', () => {
    expect(decodeTextFile(bytes(0xef, 0xbb, 0xbf, ...utf8('é;1')))).toEqual({
      ok: true,
      value: 'é;1',
      warnings: [],
    });
  });

  it('reads windows-1252 (Excel "CSV" on Windows) and warns about it', () => {
    // "café;€ 5" with é = 0xE9 and € = 0x80
    const result = decodeTextFile(bytes(0x63, 0x61, 0x66, 0xe9, 0x3b, 0x80, 0x20, 0x35));
    expect(result).toEqual({
      ok: true,
      value: 'café;€ 5',
      warnings: [expect.stringContaining('UTF-8')],
    });
  });

  it('maps the windows-1252 range 0x80–0x9F to the right characters', () => {
    const result = decodeTextFile(
      bytes(0x93, 0x61, 0x94, 0x20, 0x96, 0x20, 0x85, 0x8a, 0x9f, 0xeb, 0xfc),
    );
    expect(result).toMatchObject({ ok: true, value: '“a” – …ŠŸëü' });
  });

  it('reads UTF-16 with a BOM (Excel "Unicode text")', () => {
    const le = bytes(0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00, 0x09, 0x00, 0xac, 0x20);
    expect(decodeTextFile(le)).toEqual({ ok: true, value: 'aé\t€', warnings: [] });
    const be = bytes(0xfe, 0xff, 0x00, 0x61, 0x00, 0xe9);
    expect(decodeTextFile(be)).toMatchObject({ ok: true, value: 'aé' });
  });

  it('refuses an empty file', () => {
    expect(decodeTextFile(new Uint8Array(0))).toEqual({
      ok: false,
      message: expect.stringMatching(/^Dit bestand is leeg\./),
    });
  });

  it('refuses binary files', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d);
    expect(decodeTextFile(png)).toMatchObject({
      ok: false,
      message: expect.stringContaining('geen tekst'),
    });
    const nulLate = new Uint8Array(8000).fill(0x61);
    nulLate[7999] = 0;
    expect(decodeTextFile(nulLate).ok).toBe(false);
  });

  it('recognises an Excel workbook and says what to do', () => {
    const xlsx = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00);
    expect(decodeTextFile(xlsx)).toMatchObject({
      ok: false,
      message: expect.stringContaining('als CSV'),
    });
  });

  it('refuses a file over 5 MB', () => {
    expect(decodeTextFile(new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61))).toMatchObject({
      ok: false,
      message: expect.stringContaining('te groot'),
    });
    expect(decodeTextFile(new Uint8Array(5 * 1024 * 1024).fill(0x61)).ok).toBe(true);
  });

  it('every refusal says nothing was changed', () => {
    for (const input of [new Uint8Array(0), bytes(0, 1, 2), new Uint8Array(6_000_000)]) {
      const result = decodeTextFile(input);
      expect(result.ok || result.message).toContain('je eigen gegevens zijn niet aangepast');
    }
  });
});
