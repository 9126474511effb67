import { exampleMatrix } from './matrix-examples';
import { describe, expect, it } from 'vitest';
import { defaultAmbition } from '../../data/partner-strategy';
import { matrixExamples } from '../../data/partner-strategy-examples';
import {
  INVISIBLE_NAMES,
  LOOKALIKE_NAMES,
  XML_BREAKING_NAMES,
} from '../../../tests/support/hostile-inputs';
import {
  emptyMatrix,
  MATRIX_LIMITS,
  sanitizeMatrix,
  urgencies,
  type MatrixState,
} from './matrix-state';
import { cleanText } from './values';

/** A valid matrix with one goal and the given partners (fields may be overridden). */
function matrix(partners: Record<string, unknown>[], extra: Record<string, unknown> = {}) {
  return {
    v: 1,
    goals: [{ id: 'g', name: 'Gezonde leefomgeving', urgency: 'hoog' }],
    partners: partners.map((p, i) => ({
      id: `p${i}`,
      name: `Partner ${i + 1}`,
      goalId: 'g',
      relation: 'subsidie',
      influence: 5,
      dependency: 5,
      target: null,
      notes: '',
      ...p,
    })),
    ambition: { atNoDependency: 0, atFullDependency: 10 },
    ...extra,
  };
}

function ok(input: unknown) {
  const result = sanitizeMatrix(input);
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result;
}

const warningsOf = (input: unknown) => ok(input).warnings.join('\n');

describe('a new matrix', () => {
  it('has one goal "Doel 1" with urgency middel, no partners and the diagonal', () => {
    const state = emptyMatrix();
    expect(state.v).toBe(1);
    expect(state.goals).toHaveLength(1);
    expect(state.goals[0]).toMatchObject({ name: 'Doel 1', urgency: 'middel' });
    expect(state.partners).toEqual([]);
    expect(state.ambition).toEqual(defaultAmbition);
    expect(ok(state)).toMatchObject({ value: state, warnings: [] });
  });

  it('is a fresh object each time', () => {
    const a = emptyMatrix();
    a.ambition.atNoDependency = 4;
    a.goals[0].name = 'Anders';
    expect(emptyMatrix().ambition).toEqual(defaultAmbition);
    expect(emptyMatrix().goals[0].name).toBe('Doel 1');
    expect(defaultAmbition.atNoDependency).toBe(0);
  });

  it('offers the urgencies in Dutch, high first', () => {
    expect(urgencies.map((u) => u.label)).toEqual(['Hoog', 'Middel', 'Laag']);
  });
});

describe('the prepared examples', () => {
  it.each(matrixExamples.map((e) => [e.id, e] as const))(
    '%s passes the validator unchanged',
    (_, example) => {
      const result = ok(example.state);
      expect(result.warnings).toEqual([]);
      expect(result.value).toEqual({
        ...example.state,
        partners: example.state.partners.map((p) => ({ ...p, target: p.target ?? null })),
      });
    },
  );

  it('come as copies, so editing one does not change the next', () => {
    const first = exampleMatrix('xyz')!;
    first.partners[0].name = 'Veranderd';
    first.ambition.atFullDependency = 3;
    const second = exampleMatrix('xyz')!;
    expect(second.partners[0].name).toBe('Partner X');
    expect(second.ambition.atFullDependency).toBe(10);
    expect(matrixExamples[0].state.ambition.atFullDependency).toBe(10);
  });

  it('is null for an unknown example', () => {
    expect(exampleMatrix('bestaat-niet')).toBeNull();
    expect(exampleMatrix('__proto__')).toBeNull();
    expect(exampleMatrix('')).toBeNull();
  });
});

describe('what is not a matrix at all', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a string', '{"v":1}'],
    ['an array', [matrix([])]],
    ['an empty object', {}],
    ['no version', { goals: [], partners: [] }],
    ['version 2', { ...matrix([]), v: 2 }],
    ['version "1" as text', { ...matrix([]), v: '1' }],
    ['version 0', { ...matrix([]), v: 0 }],
    ['no goals and no partners', { v: 1, ambition: defaultAmbition }],
    ['lists that are not lists', { v: 1, goals: 'Doel', partners: {} }],
  ])('is refused with a Dutch message: %s', (_, input) => {
    const result = sanitizeMatrix(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/partnermatrix/);
  });

  it('says when a matrix comes from a newer version', () => {
    const result = sanitizeMatrix({ ...matrix([]), v: 2 });
    expect(!result.ok && result.message).toMatch(/nieuwere versie/);
  });

  it('never throws, whatever the input', () => {
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        has() {
          throw new Error('boom');
        },
        getOwnPropertyDescriptor() {
          throw new Error('boom');
        },
      },
    );
    const getter = {
      v: 1,
      get goals(): unknown {
        throw new Error('boom');
      },
    };
    const cyclic: Record<string, unknown> = { v: 1, goals: [], partners: [] };
    (cyclic.partners as unknown[]).push(cyclic);
    for (const input of [throwing, getter, cyclic, Symbol('x'), () => 1, new Date(), /x/, 10n]) {
      expect(() => sanitizeMatrix(input)).not.toThrow();
    }
    expect(sanitizeMatrix(throwing).ok).toBe(false);
    expect(ok(cyclic).value.partners).toEqual([]);
  });

  it('does not walk a huge sparse list to its end', () => {
    const partners: unknown[] = [];
    partners.length = 50_000_000;
    const started = Date.now();
    const result = ok({ ...matrix([]), partners });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result.value.partners).toEqual([]);
  });
});

describe('hostile and broken text', () => {
  it('keeps HTML and script-like names as literal text', () => {
    const names = [
      '<img src=x onerror=alert(1)>',
      'javascript:alert(1)',
      '"><script>x</script>',
      '=HYPERLINK("x")',
    ];
    const result = ok(matrix(names.map((name) => ({ name }))));
    expect(result.value.partners.map((p) => p.name)).toEqual(names);
    expect(result.warnings).toEqual([]);
  });

  it('removes right-to-left overrides and isolates, and says so', () => {
    const result = ok(matrix([{ name: 'Factuur\u202Egpj.exe', notes: 'a\u2066b\u2069c\u202Ad' }]));
    expect(result.value.partners[0].name).toBe('Factuurgpj.exe');
    expect(result.value.partners[0].notes).toBe('abcd');
    expect(result.warnings.join()).toMatch(/leesrichting.*Factuurgpj\.exe/);
  });

  it('removes control characters, keeps line breaks only in notes', () => {
    const result = ok(
      matrix([
        {
          name: 'Stich\u0000ting\u0007\nDe Brug\t',
          notes: 'Regel 1\r\nRegel 2\u0000\u001b[31m\u0085',
        },
      ]),
    );
    expect(result.value.partners[0].name).toBe('Stichting De Brug');
    expect(result.value.partners[0].notes).toBe('Regel 1\nRegel 2[31m');
  });

  it('cuts a name of 10 000 characters at 120, and names it in a warning', () => {
    const result = ok(matrix([{ name: 'Zeer lange naam '.repeat(625) }]));
    const name = result.value.partners[0].name;
    expect(name.length).toBeLessThanOrEqual(MATRIX_LIMITS.name);
    expect(name.startsWith('Zeer lange naam Zeer')).toBe(true);
    expect(result.warnings.join()).toMatch(/ingekort tot 120 tekens: ‘Zeer lange naam/);
  });

  it('cuts notes at 2000 characters without splitting an emoji', () => {
    const result = ok(matrix([{ notes: `${'a'.repeat(1999)}😀😀` }]));
    expect(result.value.partners[0].notes).toBe('a'.repeat(1999));
    expect(result.warnings.join()).toMatch(/Opmerkingen ingekort/);
    const emoji = ok(matrix([{ notes: `${'a'.repeat(1998)}😀😀` }])).value.partners[0].notes;
    expect(emoji).toBe(`${'a'.repeat(1998)}😀`);
  });

  it('removes lone surrogates but keeps emoji and accents', () => {
    const result = ok(matrix([{ name: 'Café 😀 \ud800x \udc00y' }]));
    expect(result.value.partners[0].name).toBe('Café 😀 x y');
  });

  it('turns numbers into text, and treats objects as no text', () => {
    const result = ok(
      matrix([{ name: 42, notes: { toString: () => 'x' } }, { name: { evil: true } }]),
    );
    expect(result.value.partners.map((p) => p.name)).toEqual(['42', '']);
    expect(result.value.partners[0].notes).toBe('');
  });

  it('removes noncharacters (U+FFFE, U+FFFF, …) and lone surrogates from names and notes', () => {
    const result = ok(
      matrix(XML_BREAKING_NAMES.map(({ raw }) => ({ name: raw, notes: `${raw}\n${raw}` }))),
    );
    expect(result.value.partners.map((p) => p.name)).toEqual(
      XML_BREAKING_NAMES.map(({ clean }) => clean),
    );
    expect(result.value.partners.map((p) => p.notes)).toEqual(
      XML_BREAKING_NAMES.map(({ clean }) => `${clean}\n${clean}`),
    );
    expect(result.warnings.join()).toMatch(/Onzichtbare tekens .* weggehaald bij: ‘Gemeente’/);
    const goal = ok({
      ...matrix([]),
      goals: [{ id: 'g', name: 'Doel\uFFFF\ud800', urgency: 'hoog' }],
    });
    expect(goal.value.goals[0].name).toBe('Doel');
  });

  it('skips a partner whose name is only invisible characters, and says why', () => {
    const result = ok(matrix([...INVISIBLE_NAMES.map((name) => ({ name })), { name: 'Bieb' }]));
    const invisible = INVISIBLE_NAMES.filter((name) => cleanText(name, 120, false).text !== '');
    // What cleaning leaves empty (spaces, bidi controls) is a partner without a name yet.
    const empty = INVISIBLE_NAMES.length - invisible.length;
    expect(result.value.partners.map((p) => p.name)).toEqual([...Array(empty).fill(''), 'Bieb']);
    expect(result.warnings).toContain(
      `Overgeslagen, omdat de naam alleen uit onzichtbare tekens bestond: ${invisible.length} partners.`,
    );
  });

  it('names a goal of only invisible characters, and says why', () => {
    const result = ok({
      ...matrix([]),
      goals: [
        { id: 'a', name: 'A', urgency: 'hoog' },
        { id: 'b', name: '\u200B\u2060', urgency: 'hoog' },
      ],
    });
    expect(result.value.goals[1].name).toBe('Doel 2');
    expect(result.warnings).toContain(
      'Een doel met een naam van alleen onzichtbare tekens heet nu ‘Doel 2’.',
    );
  });

  it('keeps a partner without a name as a draft, with its scores and notes', () => {
    const result = ok(
      matrix([
        { name: '   ', influence: 7, notes: 'Bellen' },
        { name: '\u202E' },
        { name: undefined },
        { name: 'Bibliotheek' },
      ]),
    );
    expect(result.value.partners.map((p) => p.name)).toEqual(['', '', '', 'Bibliotheek']);
    expect(result.value.partners[0]).toMatchObject({ influence: 7, notes: 'Bellen' });
    // Drafts are not "the same partner twice".
    expect(result.warnings.join()).not.toContain('twee keer');
  });

  it('names a draft by its place where a warning needs a name', () => {
    const result = ok(matrix([{ name: 'Bieb' }, { name: '', influence: 12 }]));
    expect(result.warnings.join()).toContain('‘Partner zonder naam (nr. 2)’');
  });
});

describe('scores', () => {
  const scored = (influence: unknown, dependency: unknown = 5) =>
    ok(matrix([{ name: 'Welzijn', influence, dependency }]));

  it('accepts decimals with a comma or a point', () => {
    expect(scored('7,5', '2.5').value.partners[0]).toMatchObject({
      influence: 7.5,
      dependency: 2.5,
    });
    expect(scored('7,5', '2.5').warnings).toEqual([]);
  });

  it('clamps into 0–10 and rounds to a half, with a warning', () => {
    for (const [raw, expected] of [
      [-3, 0],
      [11, 10],
      [1e308, 10],
      [-0.1, 0],
      [7.3, 7.5],
      [7.2, 7],
      ['12,5', 10],
    ] as const) {
      const result = scored(raw);
      expect(result.value.partners[0].influence).toBe(expected);
      expect(Object.is(result.value.partners[0].influence, -0)).toBe(false);
      expect(result.warnings.join()).toMatch(/Scores aangepast.*‘Welzijn’/);
    }
  });

  it('skips a partner whose score is not a number, and names it', () => {
    for (const bad of [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      'abc',
      '',
      null,
      undefined,
      {},
      [],
      true,
    ]) {
      const result = scored(bad);
      expect(result.value.partners).toEqual([]);
      expect(result.warnings.join()).toMatch(/geen getal is: ‘Welzijn’/);
      if (bad !== undefined) expect(scored(5, bad).value.partners).toEqual([]);
    }
  });

  it('drops a broken target but keeps the partner', () => {
    const result = ok(
      matrix([
        { name: 'Y', target: { influence: 'veel', dependency: 2 } },
        { name: 'Z', target: 'rechts' },
      ]),
    );
    expect(result.value.partners.map((p) => p.target)).toEqual([null, null]);
    expect(result.warnings.join()).toMatch(/Gewenste positie weggelaten.*‘Y’ en ‘Z’/);
    expect(
      ok(matrix([{ target: { influence: 12, dependency: '3,5' } }])).value.partners[0].target,
    ).toEqual({
      influence: 10,
      dependency: 3.5,
    });
  });
});

describe('repairs', () => {
  it('gives new ids to duplicate or unsafe ids, and keeps the links to goals', () => {
    const result = ok({
      ...matrix([]),
      goals: [
        { id: 'dubbel', name: 'A', urgency: 'laag' },
        { id: 'dubbel', name: 'B', urgency: 'hoog' },
        { id: 'a"b', name: 'C', urgency: 'hoog' },
      ],
      partners: [
        {
          id: 'dubbel',
          name: 'P1',
          goalId: 'dubbel',
          relation: 'opdracht',
          influence: 1,
          dependency: 1,
          notes: '',
        },
        {
          id: 'p',
          name: 'P2',
          goalId: 'a"b',
          relation: 'opdracht',
          influence: 1,
          dependency: 1,
          notes: '',
        },
        {
          id: 'p',
          name: 'P3',
          goalId: 'a"b',
          relation: 'opdracht',
          influence: 1,
          dependency: 1,
          notes: '',
        },
        {
          name: 'P4',
          goalId: 'dubbel',
          relation: 'opdracht',
          influence: 1,
          dependency: 1,
          notes: '',
        },
      ],
    });
    const { goals, partners } = result.value;
    const ids = [...goals, ...partners].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_.:-]+$/);
    expect(partners.map((p) => goals.find((g) => g.id === p.goalId)?.name)).toEqual([
      'A',
      'C',
      'C',
      'A',
    ]);
    expect(result.warnings.join()).toMatch(/interne code/);
  });

  it('attaches a partner with an unknown goal to the first goal', () => {
    const result = ok(matrix([{ name: 'Zwerver', goalId: 'weg' }, { name: 'Thuis' }]));
    expect(result.value.partners.map((p) => p.goalId)).toEqual(['g', 'g']);
    expect(result.warnings.join()).toMatch(
      /doel dat niet bestaat.*‘Gezonde leefomgeving’: ‘Zwerver’/,
    );
  });

  it('creates "Doel 1" when there are partners but no goals', () => {
    const result = ok({ ...matrix([{ name: 'Z' }]), goals: undefined });
    expect(result.value.goals).toHaveLength(1);
    expect(result.value.goals[0]).toMatchObject({ name: 'Doel 1', urgency: 'middel' });
    expect(result.value.partners[0].goalId).toBe(result.value.goals[0].id);
  });

  it('always keeps at least one goal', () => {
    expect(ok({ v: 1, goals: [], partners: [] }).value.goals.map((g) => g.name)).toEqual([
      'Doel 1',
    ]);
  });

  it('makes an unknown relation "anders", and reads labels in any case', () => {
    const result = ok(
      matrix([
        { name: 'A', relation: 'concessie' },
        { name: 'B', relation: 'Bestuurlijke afspraken' },
        { name: 'C', relation: 'OPDRACHT' },
        { name: 'D', relation: undefined },
      ]),
    );
    expect(result.value.partners.map((p) => p.relation)).toEqual([
      'anders',
      'bestuurlijke-afspraken',
      'opdracht',
      'anders',
    ]);
    expect(result.warnings.join()).toMatch(/Vorm van de relatie onbekend, nu ‘Anders’: ‘A’\./);
  });

  it('makes an unknown urgency "middel" and names a goal without a name', () => {
    const result = ok({
      ...matrix([]),
      goals: [
        { id: 'a', name: 'A', urgency: 'dringend' },
        { id: 'b', name: '', urgency: 'Hoog' },
      ],
    });
    expect(result.value.goals).toEqual([
      { id: 'a', name: 'A', urgency: 'middel' },
      { id: 'b', name: 'Doel 2', urgency: 'hoog' },
    ]);
    expect(result.warnings.join()).toMatch(/Urgentie onbekend/);
    expect(result.warnings.join()).toMatch(/zonder naam heet nu ‘Doel 2’/);
  });

  it('uses the default ambition line when it is missing or broken', () => {
    for (const ambition of [
      undefined,
      null,
      'hoog',
      { atNoDependency: 'x', atFullDependency: 2 },
    ]) {
      const result = ok({ ...matrix([]), ambition });
      expect(result.value.ambition).toEqual(defaultAmbition);
      expect(result.warnings.join()).toMatch(/ambitielijn ontbrak/);
    }
    const result = ok({ ...matrix([]), ambition: { atNoDependency: -1, atFullDependency: '8,5' } });
    expect(result.value.ambition).toEqual({ atNoDependency: 0, atFullDependency: 8.5 });
    expect(result.warnings.join()).toMatch(/ambitielijn is aangepast/);
  });

  it('keeps the first 500 partners and the first 50 goals', () => {
    const many = ok(matrix(Array.from({ length: 600 }, (_, i) => ({ name: `P${i}` }))));
    expect(many.value.partners).toHaveLength(MATRIX_LIMITS.partners);
    expect(many.value.partners.at(-1)!.name).toBe('P499');
    expect(many.warnings.join()).toMatch(/meer dan 500 partners/);
    const goals = ok({
      ...matrix([]),
      goals: Array.from({ length: 60 }, (_, i) => ({
        id: `g${i}`,
        name: `Doel ${i}`,
        urgency: 'laag',
      })),
    });
    expect(goals.value.goals).toHaveLength(MATRIX_LIMITS.goals);
    expect(goals.warnings.join()).toMatch(/meer dan 50 doelen/);
  });

  it('allows the same partner twice under one goal, with a warning', () => {
    const twice = matrix([{ name: 'Bibliotheek' }, { name: ' bibliotheek ' }]);
    expect(ok(twice).value.partners).toHaveLength(2);
    expect(warningsOf(twice)).toMatch(/‘bibliotheek’ staat twee keer bij ‘Gezonde leefomgeving’/);
    const apart = {
      ...matrix([{ name: 'Bibliotheek' }, { name: 'Bibliotheek', goalId: 'h' }]),
      goals: [
        { id: 'g', name: 'G', urgency: 'hoog' },
        { id: 'h', name: 'H', urgency: 'hoog' },
      ],
    };
    expect(ok(apart).warnings).toEqual([]);
  });

  it('warns about partners and goals whose names differ only in invisible characters', () => {
    for (const [a, b] of LOOKALIKE_NAMES) {
      const twice = matrix([{ name: a }, { name: b }]);
      expect(ok(twice).value.partners, b).toHaveLength(2);
      expect(warningsOf(twice), b).toMatch(/staat twee keer bij ‘Gezonde leefomgeving’/);
    }
    const goals = ok({
      ...matrix([]),
      goals: [
        { id: 'a', name: 'Gemeente', urgency: 'hoog' },
        { id: 'b', name: 'Ge\u200Bmeente', urgency: 'hoog' },
      ],
    });
    expect(goals.warnings).toContain('Het doel ‘Ge\u200Bmeente’ staat twee keer in de lijst.');
  });

  it('skips entries that are not objects', () => {
    const result = ok({
      ...matrix([{ name: 'A' }]),
      partners: [null, 'B', 7, [], matrix([{ name: 'A' }]).partners[0]],
    });
    expect(result.value.partners.map((p) => p.name)).toEqual(['A']);
    expect(result.warnings.join()).toMatch(/niet te lezen waren: 4 partner/);
  });

  it('ignores prototype-pollution keys and unknown fields', () => {
    const input = JSON.parse(
      '{"v":1,"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},' +
        '"goals":[{"id":"g","name":"G","__proto__":{"urgency":"hoog"}}],' +
        '"partners":[{"__proto__":{"name":"X"},"id":"p","name":"__proto__","goalId":"g","influence":1,"dependency":2,"notes":"","extra":"weg"}],' +
        '"ambition":{"atNoDependency":0,"atFullDependency":10}}',
    );
    const result = ok(input);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(result.value.goals[0].urgency).toBe('middel');
    expect(result.value.partners[0]).toEqual({
      id: 'p',
      name: '__proto__',
      goalId: 'g',
      relation: 'anders',
      influence: 1,
      dependency: 2,
      target: null,
      notes: '',
    });
    const bare = Object.assign(Object.create(null), matrix([{ name: 'Kaal' }]));
    expect(ok(bare).value.partners[0].name).toBe('Kaal');
  });

  it('is stable: a sanitized matrix passes again without warnings', () => {
    const messy = matrix([
      {
        name: '  X\u202E ',
        influence: '2,3',
        dependency: 44,
        relation: 'iets',
        target: { influence: 1, dependency: '9' },
      },
      { name: 'X', id: 'p0' },
    ]);
    const first = ok(messy);
    expect(first.warnings.length).toBeGreaterThan(0);
    const again = ok(JSON.parse(JSON.stringify(first.value)) as MatrixState);
    expect(again.value).toEqual(first.value);
    expect(again.warnings.filter((w) => !w.includes('twee keer'))).toEqual([]);
  });
});
