import { describe, expect, it } from 'vitest';
import {
  INVISIBLE_NAMES,
  LOOKALIKE_NAMES,
  XML_BREAKING_NAMES,
} from '../../../tests/support/hostile-inputs';
import { prng } from '../../../tests/support/prng';
import {
  BLANK_NAME_MESSAGE,
  cleanText,
  cleanTypedText,
  duplicateNames,
  isBlankName,
  nameKey,
} from './text-clean';

/** Only characters XML 1.0 allows (Char production), so XMLSerializer output stays valid. */
const XML_CHARS = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;
/** Characters XML 1.0 discourages: C1 controls and noncharacters. */
const DISCOURAGED = /[\u007f-\u0084\u0086-\u009f\p{Noncharacter_Code_Point}]/u;

describe('cleanText', () => {
  it.each(XML_BREAKING_NAMES.map(({ raw, clean }) => [raw, clean]))(
    'removes what breaks XML from %j',
    (raw, clean) => {
      const name = cleanText(raw, 120, false);
      expect(name).toEqual({ text: clean, cleaned: true, cut: false });
      const notes = cleanText(`${raw}\n${raw}`, 2000, true);
      expect(notes.text).toBe(`${clean}\n${clean}`);
    },
  );

  it('removes U+FFFE and U+FFFF, and the noncharacters at the end of every plane', () => {
    expect(cleanText('a\uFFFEb\uFFFFc', 120, false).text).toBe('abc');
    for (let plane = 1; plane <= 16; plane++) {
      const base = plane * 0x10000;
      const text = `x${String.fromCodePoint(base + 0xfffe)}y${String.fromCodePoint(base + 0xffff)}z`;
      expect(cleanText(text, 120, false).text, `plane ${plane}`).toBe('xyz');
    }
    // The code point just before is an ordinary (private use) character and stays.
    expect(cleanText('\u{10FFFD}', 120, false).text).toBe('\u{10FFFD}');
  });

  it('removes lone surrogates but keeps surrogate pairs, emoji and accents', () => {
    expect(cleanText('\ud83dx\ude00y😀é\udbff', 120, false).text).toBe('xy😀é');
    expect(cleanText('👩‍👩‍👧‍👦 🏳️‍🌈 🇳🇱', 120, false)).toEqual({
      text: '👩‍👩‍👧‍👦 🏳️‍🌈 🇳🇱',
      cleaned: false,
      cut: false,
    });
  });

  it('removes every bidi control, the BOM and control characters', () => {
    expect(cleanText('\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee', 120, false).text).toBe('abcde');
    expect(
      cleanText('\u2066a\u2067b\u2068c\u2069d\u200Ee\u200Ff\u061Cg\uFEFFh', 120, false).text,
    ).toBe('abcdefgh');
    expect(cleanText('a\u0000b\u0085c\u009fd', 120, false).text).toBe('abcd');
  });

  it('turns line breaks into spaces on one line, and keeps them (as \\n) in notes', () => {
    expect(cleanText('a\r\nb\u2028c\u2029d\te', 120, false).text).toBe('a b c d e');
    expect(cleanText('a\r\nb\rc\u2028d\te', 2000, true).text).toBe('a\nb\nc\nd e');
  });

  it('leaves only characters that XML allows, for any generated text', () => {
    const random = prng(20260311);
    for (let i = 0; i < 500; i++) {
      const units = Array.from({ length: 1 + random.int(40) }, () =>
        random.next() < 0.5 ? random.int(0x10000) : 0xd800 + random.int(0x800),
      );
      const text = String.fromCharCode(...units);
      for (const multiline of [false, true]) {
        const out = cleanText(text, 2000, multiline).text;
        expect(XML_CHARS.test(out), JSON.stringify(text)).toBe(true);
        expect(DISCOURAGED.test(out), JSON.stringify(text)).toBe(false);
      }
    }
  });

  it('keeps numbers and booleans as text, anything else as no text', () => {
    expect(cleanText(7.5, 120, false).text).toBe('7.5');
    expect(cleanText(true, 120, false).text).toBe('true');
    expect(cleanText({ toString: () => 'x' }, 120, false).text).toBe('');
  });

  it('does not trim while typing', () => {
    expect(cleanText(' Anna ', 120, false, false).text).toBe(' Anna ');
    expect(cleanText(' Anna ', 120, false).text).toBe('Anna');
  });
});

describe('cleanTypedText', () => {
  it('strips bidi controls but keeps a trailing space while typing', () => {
    expect(cleanTypedText('Anna ')).toBe('Anna ');
    expect(cleanTypedText('\u202EAnna\u202C ')).toBe('Anna ');
    expect(cleanTypedText('  An\u2066na\u2069 de \u200EVries\u200F\u061C  ')).toBe(
      '  Anna de Vries  ',
    );
  });

  it('strips noncharacters, lone surrogates and control characters, keeps emoji', () => {
    expect(cleanTypedText('Jan\uFFFE\uFFFF\u{1FFFE} \ud800😀\u0000\u0085')).toBe('Jan 😀');
  });

  it('turns a pasted line break or tab into a space', () => {
    expect(cleanTypedText('Anna\nde\r\nVries\t')).toBe('Anna de Vries ');
  });

  it('keeps zero-width joiners and variation selectors, which emoji need', () => {
    expect(cleanTypedText('👩‍💻 🏳️‍🌈')).toBe('👩‍💻 🏳️‍🌈');
  });

  it('gives an empty string for what is not text', () => {
    expect(cleanTypedText(undefined as unknown as string)).toBe('');
  });
});

describe('isBlankName', () => {
  it.each(INVISIBLE_NAMES.map((name) => [JSON.stringify(name), name]))(
    'refuses %s',
    (_label, name) => {
      expect(isBlankName(name)).toBe(true);
    },
  );

  it('refuses an empty name, spaces and what is not text', () => {
    expect(isBlankName('')).toBe(true);
    expect(isBlankName('   \t\n')).toBe(true);
    expect(isBlankName(null as unknown as string)).toBe(true);
  });

  it('accepts any name with something visible in it', () => {
    for (const name of ['a', '.', '-', '0', '😀', '\u200Bx', 'e\u0301', '中文', 'عربى', '\u0301']) {
      expect(isBlankName(name), JSON.stringify(name)).toBe(false);
    }
  });

  it('has a Dutch message for the UI', () => {
    expect(BLANK_NAME_MESSAGE).toBe(
      'Deze naam bestaat alleen uit spaties of onzichtbare tekens. Typ een naam die je kunt lezen.',
    );
  });
});

describe('nameKey and duplicateNames', () => {
  it.each(LOOKALIKE_NAMES.map(([a, b]) => [a, JSON.stringify(b), b]))(
    '%s and %s have the same key',
    (a, _label, b) => {
      expect(nameKey(b)).toBe(nameKey(a));
    },
  );

  it('ignores case, spaces and invisible characters, and joins decomposed accents', () => {
    expect(nameKey('Gemeente  Utrecht')).toBe('gemeenteutrecht');
    expect(nameKey('Caf\u200Be\u0301')).toBe(nameKey('Café'));
    expect(nameKey('IJssel')).toBe(nameKey('ĳssel'));
  });

  it('keeps different names apart', () => {
    expect(nameKey('Gemeente')).not.toBe(nameKey('Gemeenten'));
    expect(nameKey('Cafe')).not.toBe(nameKey('Café'));
  });

  it('flags "Ge\\u200Bmeente" as a duplicate of "Gemeente", and leaves blank names out', () => {
    expect(duplicateNames(['Gemeente', 'School', 'Ge\u200Bmeente'])).toEqual(new Set(['gemeente']));
    expect(duplicateNames(['A', 'B', '\u200B', ''])).toEqual(new Set());
    expect(duplicateNames(['x', 'X', 'y', 'Y ', 'z'])).toEqual(new Set(['x', 'y']));
  });
});
