import { describe, expect, it } from 'vitest';
import { INVISIBLE_NAMES, XML_BREAKING_NAMES } from '../../../tests/support/hostile-inputs';
import { allItems, allStatements, type QDefinition } from './definition';
import { emptyResponse, progress, sanitizeResponse, type Answer, type QResponse } from './response';
import { flat, itemAnswers, nested, respond } from './test-fixtures';

function ok(def: QDefinition, input: unknown) {
  const outcome = sanitizeResponse(def, input);
  if (!outcome.ok) throw new Error(`expected ok, got: ${outcome.message}`);
  return outcome;
}

/** What arrives from a link, storage or file: JSON text parsed again. */
const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('emptyResponse and progress', () => {
  it('starts empty, anonymous unless named (and the name is cleaned)', () => {
    expect(emptyResponse(nested)).toEqual({
      v: 1,
      definition: 'test-genest',
      respondent: '',
      answers: {},
      ambitions: {},
    });
    expect(emptyResponse(nested, '  Anna\u202e ').respondent).toBe('Anna');
  });

  it('counts answered statements, "weet ik niet" included and counted', () => {
    expect(progress(flat, emptyResponse(flat))).toEqual({ answered: 0, total: 15, dontKnow: 0 });
    const r = respond(flat, {
      ...itemAnswers('c1', [1, 'weet-niet', 3]),
      ...itemAnswers('c5', ['weet-niet']),
    });
    expect(progress(flat, r)).toEqual({ answered: 4, total: 15, dontKnow: 2 });
  });
});

describe('sanitizeResponse: the way in', () => {
  it('keeps a valid response as it is, without warnings', () => {
    const r = respond(
      nested,
      { a1s1: 1, a1s2: 'weet-niet', b2s2: 5 },
      { a1: 4 },
      'Fatima el Amrani',
    );
    const outcome = ok(nested, viaJson(r));
    expect(outcome.value).toEqual(r);
    expect(outcome.warnings).toEqual([]);
  });

  it.each([null, undefined, 42, 'tekst', true, [], [respond(nested, {})], () => 1])(
    'refuses something that is no response at all: %s',
    (input) => {
      const outcome = sanitizeResponse(nested, input);
      expect(outcome).toEqual({
        ok: false,
        message: 'Dit is geen ingevulde vragenlijst. Er is niets ingelezen.',
      });
    },
  );

  it('refuses a result of another instrument', () => {
    expect(sanitizeResponse(nested, respond(flat, { c1s1: 3 }))).toEqual({
      ok: false,
      message: 'Dit resultaat hoort bij een ander instrument.',
    });
  });

  it('refuses a missing or newer version with a clear message', () => {
    const newer = sanitizeResponse(nested, { ...respond(nested, {}), v: 2 });
    expect(newer.ok).toBe(false);
    expect(!newer.ok && newer.message).toContain('nieuwere versie');
    const missing = sanitizeResponse(nested, { definition: 'test-genest', answers: {} });
    expect(!missing.ok && missing.message).toContain('versienummer ontbreekt');
    expect(sanitizeResponse(nested, { ...respond(nested, {}), v: '1' }).ok).toBe(false);
  });

  it('drops invalid answers (0, 6, 2.5, NaN, "3", …) with a warning naming the statement numbers', () => {
    const outcome = ok(nested, {
      ...respond(nested, {}),
      answers: {
        a1s1: 0, // stelling 1
        a1s2: 6, // 2
        a2s1: 2.5, // 3
        a2s2: NaN, // 4
        b1s1: '3', // 5
        b1s2: 4, // 6: valid
        b2s1: 'weet ik niet', // 7: the label, not the value
        b2s2: Infinity, // 8
      },
    });
    expect(outcome.value.answers).toEqual({ b1s2: 4 });
    expect(outcome.warnings).toEqual([
      'De antwoorden bij stelling 1, 2, 3, 4, 5, 7 en 8 zijn weggelaten, omdat ze niet geldig waren. Een geldig antwoord is een heel getal van 1 tot en met 5, of ‘weet ik niet’.',
    ]);
  });

  it('names a single invalid answer in the singular', () => {
    const outcome = ok(flat, respond(flat, { c2s1: true as unknown as Answer, c1s1: 5 }));
    expect(outcome.value.answers).toEqual({ c1s1: 5 });
    expect(outcome.warnings).toEqual([
      'Het antwoord bij stelling 4 is weggelaten, omdat het niet geldig was. Een geldig antwoord is een heel getal van 1 tot en met 5, of ‘weet ik niet’.',
    ]);
  });

  it('treats null as not answered (JSON turns NaN into null), without a warning', () => {
    const outcome = ok(nested, { ...respond(nested, {}), answers: { a1s1: null, a1s2: 3 } });
    expect(outcome.value.answers).toEqual({ a1s2: 3 });
    expect(outcome.warnings).toEqual([]);
  });

  it('drops answers to unknown statements, __proto__ and constructor included', () => {
    const input = JSON.parse(
      '{"v":1,"definition":"test-genest","respondent":"","answers":{"a1s1":2,"x9":3,"__proto__":{"polluted":true},"constructor":4},"ambitions":{"__proto__":5,"zz":3,"a2":5}}',
    );
    const outcome = ok(nested, input);
    expect(outcome.value.answers).toEqual({ a1s1: 2 });
    expect(outcome.value.ambitions).toEqual({ a2: 5 });
    expect(Object.getPrototypeOf(outcome.value.answers)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(outcome.warnings).toEqual([
      'Er waren 3 antwoorden bij stellingen die niet in deze vragenlijst staan. Die antwoorden zijn weggelaten.',
      'Er waren 2 gewenste niveaus bij onderdelen die niet in deze vragenlijst staan. Die zijn weggelaten.',
    ]);
  });

  it('repairs answers and ambitions of the wrong type into empty ones, with a warning', () => {
    const outcome = ok(nested, {
      v: 1,
      definition: 'test-genest',
      respondent: 'Jan',
      answers: [1, 2],
      ambitions: 'veel',
    });
    expect(outcome.value).toEqual({
      v: 1,
      definition: 'test-genest',
      respondent: 'Jan',
      answers: {},
      ambitions: {},
    });
    expect(outcome.warnings).toEqual([
      'De antwoorden waren niet te lezen. De vragenlijst begint daarom leeg.',
      'De gewenste niveaus waren niet te lezen en zijn leeg gelaten.',
    ]);
    // Missing parts are simply empty.
    expect(ok(nested, { v: 1, definition: 'test-genest' })).toEqual({
      ok: true,
      value: emptyResponse(nested),
      warnings: [],
    });
  });

  it('drops invalid ambitions with a warning naming the item', () => {
    const outcome = ok(
      nested,
      respond(nested, {}, { a1: 0, a2: 3.5, b1: '4' as unknown as number, b2: 5 }),
    );
    expect(outcome.value.ambitions).toEqual({ b2: 5 });
    expect(outcome.warnings).toEqual([
      'Het gewenste niveau bij ‘Visie’, ‘Mandaat’ en ‘Middelen’ is weggelaten, omdat het niet geldig was. Een geldig niveau is een heel getal van 1 tot en met 5.',
    ]);
  });

  it('keeps markup in a name as plain text', () => {
    const name = '<script>alert("x")</script> & <b>Jan</b>';
    const outcome = ok(nested, respond(nested, {}, {}, name));
    expect(outcome.value.respondent).toBe(name);
    expect(outcome.warnings).toEqual([]);
  });

  it('removes bidi overrides and control characters from the name, and trims it', () => {
    const outcome = ok(
      nested,
      respond(nested, {}, {}, '  \u202eAnna\u202c de\u0000 Vries\u2066\n'),
    );
    expect(outcome.value.respondent).toBe('Anna de Vries');
    expect(outcome.warnings).toEqual([
      'Uit de naam zijn onzichtbare tekens of tekens die de leesrichting omdraaien weggehaald.',
    ]);
    // Emoji and accents are no control characters.
    expect(ok(nested, respond(nested, {}, {}, 'Zoë 👩🏽‍💻 Ürün')).value.respondent).toBe('Zoë 👩🏽‍💻 Ürün');
  });

  it('removes noncharacters (U+FFFE, U+FFFF, …) and lone surrogates from the name', () => {
    for (const { raw, clean } of XML_BREAKING_NAMES) {
      const outcome = ok(nested, respond(nested, {}, {}, raw));
      expect(outcome.value.respondent).toBe(clean);
      expect(outcome.warnings).toEqual([
        'Uit de naam zijn onzichtbare tekens of tekens die de leesrichting omdraaien weggehaald.',
      ]);
    }
    expect(emptyResponse(nested, 'Jan\uFFFF\ud800').respondent).toBe('Jan');
  });

  it('leaves a name of only invisible characters empty, and says why', () => {
    const outcome = ok(nested, respond(nested, {}, {}, '\u200B\u2060 \u00AD'));
    expect(outcome.value.respondent).toBe('');
    expect(outcome.warnings).toEqual([
      'De naam bestond alleen uit onzichtbare tekens en is leeg gelaten.',
    ]);
    for (const name of INVISIBLE_NAMES) {
      expect(ok(nested, respond(nested, {}, {}, name)).value.respondent, name).toBe('');
      expect(emptyResponse(nested, name).respondent).toBe('');
    }
  });

  it('cuts a 10 000-character name to 80, without splitting an emoji', () => {
    const outcome = ok(nested, respond(nested, {}, {}, 'a'.repeat(10_000)));
    expect(outcome.value.respondent).toBe('a'.repeat(80));
    expect(outcome.warnings).toEqual(['De naam is ingekort tot 80 tekens.']);
    const emoji = ok(nested, respond(nested, {}, {}, 'b'.repeat(79) + '😀😀'));
    expect(emoji.value.respondent).toBe('b'.repeat(79));
  });

  it('empties a name that is not text, with a warning', () => {
    const outcome = ok(nested, { ...respond(nested, {}), respondent: { naam: 'Jan' } });
    expect(outcome.value.respondent).toBe('');
    expect(outcome.warnings).toEqual(['De naam was niet te lezen en is leeg gelaten.']);
  });

  it('never throws: hostile getters and proxies become a clear message', () => {
    const getter = {
      v: 1,
      definition: 'test-genest',
      get answers() {
        throw new Error('boem');
      },
    };
    expect(sanitizeResponse(nested, getter).ok).toBe(false);
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boem');
        },
        getOwnPropertyDescriptor() {
          throw new Error('boem');
        },
      },
    );
    expect(sanitizeResponse(nested, proxy).ok).toBe(false);
    const answers = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boem');
        },
      },
    );
    expect(sanitizeResponse(nested, { v: 1, definition: 'test-genest', answers }).ok).toBe(false);
  });

  it('handles huge input quickly', () => {
    const answers: Record<string, unknown> = {};
    for (let i = 0; i < 100_000; i++) answers[`x${i}`] = 3;
    const started = performance.now();
    const outcome = ok(nested, {
      v: 1,
      definition: 'test-genest',
      respondent: 'x'.repeat(5_000_000),
      answers,
    });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(outcome.value.answers).toEqual({});
    expect(outcome.value.respondent).toHaveLength(80);
    expect(outcome.warnings).toContain(
      'Er waren 100000 antwoorden bij stellingen die niet in deze vragenlijst staan. Die antwoorden zijn weggelaten.',
    );
  });
});

describe('round trip', () => {
  /** Small deterministic generator (mulberry32), so a failure can be reproduced. */
  function random(seed: number) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const NAME_PARTS = [
    'Anna',
    'de Vries',
    'Zoë',
    'Müller',
    '👩🏽‍💻',
    '<b>',
    '&amp;',
    'O’Brien',
    '"Jan"',
    'van',
    '李',
    'שרה',
    '=SOM(A1)',
  ];

  function generate(def: QDefinition, rnd: () => number): QResponse {
    const r = emptyResponse(def);
    for (const { statement } of allStatements(def)) {
      const p = rnd();
      if (p < 0.15) continue;
      r.answers[statement.id] = p < 0.3 ? 'weet-niet' : 1 + Math.floor(rnd() * 5);
    }
    for (const item of allItems(def))
      if (rnd() < 0.3) r.ambitions[item.id] = 1 + Math.floor(rnd() * 5);
    const parts = Math.floor(rnd() * 4);
    r.respondent = Array.from(
      { length: parts },
      () => NAME_PARTS[Math.floor(rnd() * NAME_PARTS.length)],
    ).join(' ');
    return r;
  }

  it('200 generated responses survive JSON and the sanitizer unchanged', () => {
    const rnd = random(20261122);
    for (let n = 0; n < 200; n++) {
      const def = n % 2 ? flat : nested;
      const r = generate(def, rnd);
      const outcome = ok(def, JSON.parse(JSON.stringify(r)));
      expect(outcome.value).toEqual(r);
      expect(outcome.warnings).toEqual([]);
    }
  });
});
