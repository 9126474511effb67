import { describe, expect, it } from 'vitest';
import { fromJsonExport, toJsonExport } from './json-export';

const state = { v: 2, partners: [{ name: 'Bibliotheek 😀 \u202e <b>', score: 7.5 }] };

describe('JSON export', () => {
  it('writes a readable envelope and reads it back losslessly', () => {
    const text = toJsonExport('partnermatrix', 2, state);
    expect(text).toContain('\n  "format": "partnerwijzer",\n  "tool": "partnermatrix",\n  "v": 2,');
    expect(text.endsWith('}\n')).toBe(true);
    const envelope = JSON.parse(text);
    expect(new Date(envelope.exportedAt).toISOString()).toBe(envelope.exportedAt);
    expect(fromJsonExport(text, 'partnermatrix')).toEqual({
      ok: true,
      value: { v: 2, state },
      warnings: [],
    });
    expect(fromJsonExport(text, 'partnermatrix', 2).ok).toBe(true);
  });

  it('accepts an older version and a BOM (the instrument migrates)', () => {
    const text = `\uFEFF${toJsonExport('partnermatrix', 1, { old: true })}`;
    expect(fromJsonExport(text, 'partnermatrix', 3)).toMatchObject({
      ok: true,
      value: { v: 1, state: { old: true } },
    });
  });

  it('refuses another instrument’s export and names it', () => {
    const result = fromJsonExport(toJsonExport('quickscan', 1, {}), 'partnermatrix');
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining('Dit bestand hoort bij een ander instrument (quickscan).'),
    });
  });

  it('shows a hostile tool name only as short, clean text', () => {
    const result = fromJsonExport(
      toJsonExport(`\u202e${'x'.repeat(100)}\n`, 1, {}),
      'partnermatrix',
    );
    expect(result.ok || result.message).toContain(`(${'x'.repeat(40)}…)`);
    expect(result.ok || result.message).not.toContain('\u202e');
    expect(
      fromJsonExport(JSON.stringify({ format: 'partnerwijzer', tool: 5, v: 1, state: {} }), 'a'),
    ).toMatchObject({
      message: expect.stringContaining('(onbekend)'),
    });
  });

  it('refuses a newer version when the current one is given', () => {
    expect(
      fromJsonExport(toJsonExport('partnermatrix', 3, state), 'partnermatrix', 2),
    ).toMatchObject({
      ok: false,
      message: expect.stringContaining('nieuwere versie'),
    });
  });

  it.each([
    ['not JSON', 'naam;score\n', 'geen geldig JSON'],
    ['truncated', toJsonExport('partnermatrix', 1, state).slice(0, 50), 'geen geldig JSON'],
    ['empty', '', 'geen geldig JSON'],
    ['an array', '[1,2]', 'geen export van Partnerwijzer'],
    ['null', 'null', 'geen export van Partnerwijzer'],
    [
      'another format',
      JSON.stringify({ format: 'excalidraw', tool: 'partnermatrix', v: 1, state: {} }),
      'geen export van Partnerwijzer',
    ],
    [
      'no state',
      JSON.stringify({ format: 'partnerwijzer', tool: 'partnermatrix', v: 1 }),
      'beschadigd',
    ],
    [
      'bad version',
      JSON.stringify({ format: 'partnerwijzer', tool: 'partnermatrix', v: '1', state: {} }),
      'beschadigd',
    ],
    [
      'version 0',
      JSON.stringify({ format: 'partnerwijzer', tool: 'partnermatrix', v: 0, state: {} }),
      'beschadigd',
    ],
  ])('refuses %s', (_, text, expected) => {
    const result = fromJsonExport(text, 'partnermatrix');
    expect(result).toEqual({ ok: false, message: expect.stringContaining(expected) });
    expect(result.ok || result.message).toContain('je eigen gegevens zijn niet aangepast');
  });
});
