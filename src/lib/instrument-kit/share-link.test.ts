import { describe, expect, it } from 'vitest';
import { prng } from '../../../tests/support/prng';
import {
  buildFragment,
  decodeSharePayload,
  encodeSharePayload,
  MAX_SHARE_LINK_CHARS,
  parseFragment,
  SHARE_LINK_WARN_CHARS,
  shareLinkLength,
} from './share-link';

const PIECES = [
  'Gemeente Utrecht',
  'Stichting Bibliotheek',
  'é',
  'ë',
  '€',
  '😀',
  '👩🏽‍💻',
  '🇳🇱',
  '\u202e',
  '\u200f',
  'مرحبا',
  'שלום',
  '<script>alert(1)</script>',
  '"',
  "'",
  '\\',
  '\n',
  '\t',
  '\u0000',
  '\ud800', // lone surrogate: JSON.stringify escapes it, so it must survive
  '&data=',
  '#',
  '%',
  '%zz',
  '=',
  '+',
  '  ',
  '中文',
];

function randomString(r: ReturnType<typeof prng>): string {
  let s = '';
  const parts = r.int(8);
  for (let i = 0; i < parts; i++) s += r.pick(PIECES);
  return s;
}

function randomValue(r: ReturnType<typeof prng>, depth = 0): unknown {
  const kind = r.int(depth > 3 ? 5 : 7);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return r.next() < 0.5;
    case 2:
      return r.next() < 0.5 ? r.int(1_000_000) - 500_000 : Math.round(r.next() * 1e6) / 1e3;
    case 3:
    case 4:
      return randomString(r);
    case 5: {
      if (depth === 0 && r.next() < 0.1) {
        // A big array of small rows, like a long partner list.
        return Array.from({ length: 2000 + r.int(3000) }, (_, i) => [
          i,
          randomString(r),
          r.int(11),
        ]);
      }
      return Array.from({ length: r.int(6) }, () => randomValue(r, depth + 2));
    }
    default: {
      const obj: Record<string, unknown> = {};
      const keys = r.int(6);
      for (let i = 0; i < keys; i++) obj[randomString(r) || `k${i}`] = randomValue(r, depth + 1);
      return obj;
    }
  }
}

const sample = {
  v: 1,
  goals: [{ id: 'doel-abc123', name: 'Meer lezers 📚', urgency: 'hoog' }],
  partners: [{ id: 'p-k3j9x2', name: 'Bibliotheek \u202eevil', notes: '<script>x</script>' }],
};

describe('share link round trip', () => {
  it('gives back exactly what went in, for 300 generated payloads', async () => {
    const r = prng(2026);
    for (let n = 0; n < 300; n++) {
      const payload = { v: 1, n, data: randomValue(r) };
      const encoded = await encodeSharePayload(payload);
      expect(encoded).toMatch(/^1\.[A-Za-z0-9_-]+$/);
      const decoded = await decodeSharePayload(encoded);
      expect(decoded).toEqual({
        ok: true,
        value: JSON.parse(JSON.stringify(payload)),
        warnings: [],
      });
    }
  });

  it('keeps a big array and is much shorter than the JSON for repetitive state', async () => {
    const big = Array.from({ length: 20_000 }, (_, i) => ({ id: i, name: `Partner ${i % 50}` }));
    const encoded = await encodeSharePayload(big);
    expect(encoded.length).toBeLessThan(JSON.stringify(big).length / 4);
    expect(encoded.length).toBeLessThanOrEqual(100_000);
    expect(await decodeSharePayload(encoded)).toMatchObject({ ok: true, value: big });
  });

  it('encodes top-level primitives and unicode', async () => {
    for (const value of [null, 0, 'tekst', true, [], {}, '😀\u202e<script>']) {
      expect(await decodeSharePayload(await encodeSharePayload(value))).toMatchObject({
        ok: true,
        value,
      });
    }
  });

  it('survives a trip through a fragment', async () => {
    const encoded = await encodeSharePayload(sample);
    const fragment = buildFragment({ data: encoded });
    expect(fragment).toBe(`#data=${encoded}`); // base64url needs no escaping
    expect(await decodeSharePayload(parseFragment(fragment).data!)).toMatchObject({
      value: sample,
    });
  });

  it('tolerates surrounding whitespace from a copied link', async () => {
    const encoded = await encodeSharePayload(sample);
    expect(await decodeSharePayload(` ${encoded}\n`)).toMatchObject({ ok: true, value: sample });
  });
});

async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
const link = async (bytes: Uint8Array<ArrayBuffer>) => `1.${base64url(await deflateRaw(bytes))}`;
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decoding garbled links', () => {
  const UNCHANGED = 'Je eigen gegevens zijn niet aangepast.';

  /** Must never throw; a failure must carry a Dutch message that says nothing changed. */
  async function expectRefusedOrGenuine(input: string, original?: unknown) {
    const result = await decodeSharePayload(input);
    if (result.ok) {
      // Only acceptable when the input really is a valid link: then it decodes to real JSON
      // (for a damaged copy of a known link: to exactly that link's payload).
      if (original !== undefined) expect(result.value).toEqual(original);
      else expect(JSON.parse(JSON.stringify(result.value))).toEqual(result.value);
    } else {
      expect(result.message).toContain(UNCHANGED);
    }
    return result;
  }

  it('refuses 600+ broken inputs without throwing', async () => {
    // Deflate has no checksum: a changed character inside literal text can still give valid JSON
    // (with that text changed). That is a genuinely valid link; the instrument's sanitize still
    // checks it. Truncations must never decode to anything but the original.
    const r = prng(42);
    const inputs: { input: string; original?: unknown; mayDecode?: boolean }[] = [];
    const valid = await encodeSharePayload(sample);

    // Every truncation of a valid link.
    for (let len = 0; len < valid.length; len++)
      inputs.push({ input: valid.slice(0, len), original: sample });
    // Single-character corruptions of a valid link.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let n = 0; n < 150; n++) {
      const at = 2 + r.int(valid.length - 2);
      inputs.push({
        input: valid.slice(0, at) + r.pick([...alphabet]) + valid.slice(at + 1),
        mayDecode: true,
      });
    }
    // Random bytes as text, and random base64url behind the right prefix.
    for (let n = 0; n < 100; n++) {
      inputs.push({
        input: String.fromCharCode(...Array.from({ length: r.int(200) }, () => r.int(0x10000))),
      });
      inputs.push({
        input: `1.${Array.from({ length: r.int(300) }, () => r.pick([...alphabet])).join('')}`,
      });
    }
    // Valid base64 of bytes that are not deflate data.
    for (let n = 0; n < 50; n++) {
      inputs.push({
        input: `1.${base64url(Uint8Array.from({ length: 1 + r.int(100) }, () => r.int(256)))}`,
      });
    }
    // Wrong or odd prefixes.
    for (const prefix of ['0.', '2.', '99.', 'v1.', '1', '1..', '.', '1:', 'data=1.', ' 1 .']) {
      inputs.push({ input: prefix + valid.slice(2) });
    }
    // Not base64url at all.
    for (const body of ['@@@', 'aGVsbG8=', 'a', 'ab+/', '%41%42', 'ab cd', 'é', '😀'])
      inputs.push({ input: `1.${body}` });

    expect(inputs.length).toBeGreaterThanOrEqual(500);
    let accepted = 0;
    for (const { input, original, mayDecode } of inputs) {
      if ((await expectRefusedOrGenuine(input, original)).ok && !mayDecode) accepted++;
    }
    // Random junk practically never forms valid deflate + UTF-8 + JSON.
    expect(accepted).toBeLessThanOrEqual(1);
  });

  it('refuses deflated bytes that are not JSON or not UTF-8', async () => {
    for (const bytes of [
      utf8('hallo wereld'),
      utf8('{"a":1'),
      utf8(''),
      utf8('undefined'),
      new Uint8Array([0xff, 0xfe, 0x22]),
    ]) {
      expect(await expectRefusedOrGenuine(await link(bytes))).toMatchObject({ ok: false });
    }
  });

  it('stops inflating a zip bomb', async () => {
    const bomb = await link(utf8(`"${' '.repeat(20_000_000)}"`));
    expect(bomb.length).toBeLessThan(100_000);
    const result = await decodeSharePayload(bomb);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('te veel gegevens') });
  });

  it('accepts a payload just under the inflation limit', async () => {
    const result = await decodeSharePayload(await link(utf8(`"${'a'.repeat(1_999_000)}"`)));
    expect(result.ok).toBe(true);
  });

  it('refuses an input over 100 000 characters before any work', async () => {
    const result = await decodeSharePayload(`1.${'A'.repeat(100_000)}`);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('te lang') });
  });

  it('says when a link comes from a newer version', async () => {
    const valid = await encodeSharePayload(sample);
    const result = await decodeSharePayload(`2${valid.slice(1)}`);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('nieuwere versie') });
  });

  it('explains an empty link', async () => {
    expect(await decodeSharePayload('')).toMatchObject({
      ok: false,
      message: expect.stringContaining('geen gegevens'),
    });
    expect(await decodeSharePayload(undefined as unknown as string)).toMatchObject({ ok: false });
  });

  it('refuses trailing junk after the compressed data', async () => {
    const valid = await encodeSharePayload(sample);
    expect(await expectRefusedOrGenuine(`${valid}AAAA`, sample)).toBeDefined();
  });
});

describe('share link length', () => {
  const page = 'https://partnerwijzer.nl/instrumenten/partnermatrix/';

  it('promises no more than the decoder accepts, and warns well before that', () => {
    expect(MAX_SHARE_LINK_CHARS).toBe(100_000);
    expect(SHARE_LINK_WARN_CHARS).toBe(8000);
    expect(SHARE_LINK_WARN_CHARS).toBeLessThan(MAX_SHARE_LINK_CHARS);
  });

  it('says ok, long or too-long', () => {
    expect(shareLinkLength(`${page}#data=1.abc`)).toBe('ok');
    expect(shareLinkLength('x'.repeat(SHARE_LINK_WARN_CHARS))).toBe('ok');
    expect(shareLinkLength('x'.repeat(SHARE_LINK_WARN_CHARS + 1))).toBe('long');
    expect(shareLinkLength('x'.repeat(MAX_SHARE_LINK_CHARS))).toBe('long');
    expect(shareLinkLength('x'.repeat(MAX_SHARE_LINK_CHARS + 1))).toBe('too-long');
    expect(shareLinkLength(new URL(`${page}#data=1.abc`))).toBe('ok');
    expect(shareLinkLength('')).toBe('ok');
  });

  it('opens every link up to the promised length', async () => {
    // Random text hardly compresses, so the link is about as long as the text.
    const r = prng(7);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 ,.';
    const text = Array.from({ length: 80_000 }, () => r.pick([...alphabet])).join('');
    const data = await encodeSharePayload({ text });
    const url = `${page}${buildFragment({ data })}`;
    expect(url.length).toBeGreaterThan(50_000);
    expect(shareLinkLength(url)).toBe('long');
    const back = await decodeSharePayload(parseFragment(new URL(url).hash).data);
    expect(back).toEqual({ ok: true, value: { text }, warnings: [] });
    // A link of exactly the promised length is not refused for its length.
    const longest = await decodeSharePayload(`1.${'A'.repeat(MAX_SHARE_LINK_CHARS - 2)}`);
    expect(longest.ok || longest.message).not.toContain('te lang');
  });
});

describe('parseFragment', () => {
  it.each([
    ['#data=1.abc&x=1', { data: '1.abc', x: '1' }],
    ['data=1.abc', { data: '1.abc' }],
    ['#voorbeeld=bibliotheek', { voorbeeld: 'bibliotheek' }],
    ['#voorbeeld=caf%C3%A9%20en%20meer', { voorbeeld: 'café en meer' }],
    ['#bronnen', {}],
    ['#', {}],
    ['', {}],
    ['#a=b=c', { a: 'b=c' }],
    ['#a=', { a: '' }],
    ['#=x&&b=2', { b: '2' }],
    ['#a=%zz&b=2', { b: '2' }],
    ['#a=%E0%A4%A&b=%', {}],
    ['#a=1&a=2', { a: '2' }],
    ['#a=x+y', { a: 'x+y' }],
  ])('%s', (hash, expected) => {
    expect({ ...parseFragment(hash) }).toEqual(expected);
  });

  it('does not let a crafted key reach the object prototype', () => {
    const params = parseFragment('#__proto__=x&constructor=y&toString=z');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(params.toString).toBe('z');
    expect(parseFragment('#a=1').toString).toBeUndefined();
  });

  it('never throws on odd input', () => {
    const r = prng(7);
    for (let n = 0; n < 200; n++) {
      const hash = Array.from({ length: r.int(30) }, () =>
        r.pick(['%', '=', '&', '#', 'a', '%2', '%FF', 'é', '\ud800']),
      ).join('');
      expect(() => parseFragment(hash)).not.toThrow();
    }
  });
});

describe('buildFragment', () => {
  it('escapes only what would break the fragment and round-trips', () => {
    const params = { data: '1.abc-_', naam: 'a&b=c d#é%+', 'rare sleutel': '😀' };
    const fragment = buildFragment(params);
    expect(fragment.startsWith('#data=1.abc-_&')).toBe(true);
    expect({ ...parseFragment(fragment) }).toEqual(params);
  });
  it('gives an empty string for no parameters', () => {
    expect(buildFragment({})).toBe('');
  });
});
