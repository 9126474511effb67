import { describe, expect, it } from 'vitest';
import {
  collectResults,
  linksInText,
  summarize,
  type CollectInput,
  type Collector,
} from './collect-results';
import { failure, success } from './result';

interface Person {
  name: string;
  score: number;
}

/** Files hold "name:score" lines; a link is "https://x/#data=name:score". */
const people: Collector<Person> = {
  parse: async ({ text }) => {
    const body = text.includes('#data=') ? text.slice(text.indexOf('#data=') + 6) : text;
    const items = body
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [name, score] = line.split(':');
        return { name: name ?? '', score: Number(score) };
      });
    if (items.some((p) => Number.isNaN(p.score))) return failure('Geen score gevonden.');
    return success(items, items.some((p) => p.score > 5) ? ['Score boven 5 ingekort.'] : []);
  },
  key: (p) => `${p.name.toLowerCase()}|${p.score}`,
  name: (p) => p.name,
};

const file = (source: string, text: string): CollectInput => ({ kind: 'file', source, text });
const words = { one: 'resultaat', many: 'resultaten' };

describe('collectResults', () => {
  it('adds every new result in input order, files with several results included', async () => {
    const collected = await collectResults(
      [file('a.json', 'Anna:3'), file('team.json', 'Bram:4\nCor:2')],
      [],
      people,
    );
    expect(collected.added.map((p) => p.name)).toEqual(['Anna', 'Bram', 'Cor']);
    expect(collected.reports.map((r) => [r.status, r.source])).toEqual([
      ['added', 'a.json'],
      ['added', 'team.json'],
      ['added', 'team.json'],
    ]);
  });

  it('refuses what is already there and what came earlier in the same move', async () => {
    const existing = [{ name: 'Anna', score: 3 }];
    const collected = await collectResults(
      [file('1.json', 'anna:3'), file('2.json', 'Bram:4'), file('3.json', 'Bram:4')],
      existing,
      people,
    );
    expect(collected.added).toEqual([{ name: 'Bram', score: 4 }]);
    expect(collected.reports.map((r) => r.status)).toEqual(['duplicate', 'added', 'duplicate']);
  });

  it('the same name with other answers is another result', async () => {
    const collected = await collectResults(
      [file('1.json', 'Anna:4')],
      [{ name: 'Anna', score: 3 }],
      people,
    );
    expect(collected.added).toEqual([{ name: 'Anna', score: 4 }]);
  });

  it('reports unreadable input with its reason, also when the parser throws', async () => {
    const throwing: Collector<Person> = {
      ...people,
      parse: async ({ text }) => {
        if (text === 'boem') throw new Error('x');
        return people.parse({ kind: 'file', source: '', text });
      },
    };
    const collected = await collectResults(
      [
        { kind: 'file', source: 'foto.png', unreadable: 'Dit bestand bevat geen tekst.' },
        file('leeg.json', 'Anna:x'),
        file('raar.json', 'boem'),
        file('goed.json', 'Cor:1'),
      ],
      [],
      throwing,
    );
    expect(collected.added).toEqual([{ name: 'Cor', score: 1 }]);
    expect(collected.reports.slice(0, 3)).toEqual([
      {
        status: 'unreadable',
        kind: 'file',
        source: 'foto.png',
        reason: 'Dit bestand bevat geen tekst.',
      },
      { status: 'unreadable', kind: 'file', source: 'leeg.json', reason: 'Geen score gevonden.' },
      expect.objectContaining({ status: 'unreadable', source: 'raar.json' }),
    ]);
  });

  it('stops at the limit and says which did not fit', async () => {
    const collected = await collectResults(
      [file('1.json', 'A:1'), file('2.json', 'B:1'), file('3.json', 'C:1')],
      [{ name: 'Z', score: 1 }],
      people,
      3,
    );
    expect(collected.added.map((p) => p.name)).toEqual(['A', 'B']);
    expect(collected.reports[2]).toMatchObject({ status: 'full', source: '3.json' });
  });
});

describe('linksInText', () => {
  it('finds every result link in a chat message, without the punctuation around it', () => {
    const chat = `Hoi! Hier is de mijne: https://partnerwijzer.nl/instrumenten/q/#data=1.abc.
Anna: (https://partnerwijzer.nl/instrumenten/q/#data=1.def) en van Bram "#data=1.ghi",
zie ook https://partnerwijzer.nl/hoofdstuk/#bronnen en http://voorbeeld.nl/#x=1&data=1.jkl!`;
    expect(linksInText(chat)).toEqual([
      'https://partnerwijzer.nl/instrumenten/q/#data=1.abc',
      'https://partnerwijzer.nl/instrumenten/q/#data=1.def',
      '#data=1.ghi',
      'http://voorbeeld.nl/#x=1&data=1.jkl',
    ]);
  });

  it('one link per line, the same link twice, and other fragment keys', () => {
    const lines = '#data=1.a\n#data=1.a\r\n  https://x.nl/#team=1.b  \n#deel=2';
    expect(linksInText(lines)).toEqual(['#data=1.a', '#data=1.a']);
    expect(linksInText(lines, ['team'])).toEqual(['https://x.nl/#team=1.b']);
  });

  it('ignores text without a result link', () => {
    expect(linksInText('Geen link hier, alleen #hashtag en https://x.nl/')).toEqual([]);
  });
});

describe('summarize', () => {
  const anna = { name: 'Anna', score: 1 };
  const bram = { name: 'Bram', score: 2 };
  const nobody = { name: '', score: 3 };

  it('counts added, present (by name) and unreadable, in one Dutch sentence', () => {
    const summary = summarize(
      {
        added: [anna],
        reports: [
          { status: 'added', kind: 'file', source: 'a.json', item: anna, warnings: [] },
          { status: 'duplicate', kind: 'file', source: 'b.json', item: bram },
          { status: 'duplicate', kind: 'link', source: 'link 1', item: nobody },
          { status: 'unreadable', kind: 'file', source: 'x.json', reason: 'Dit is geen JSON.' },
        ],
      },
      people.name,
      words,
    );
    expect(summary).toEqual({
      kind: 'warning',
      text: '1 resultaat toegevoegd, 2 stonden er al (Bram, anoniem), 1 bestand was niet te lezen (x.json): Dit is geen JSON.',
      details: [],
    });
  });

  it('says nothing was added, and lists the reasons of several failed links', () => {
    const summary = summarize(
      {
        added: [],
        reports: [
          { status: 'unreadable', kind: 'link', source: 'link 1', reason: 'Beschadigd.' },
          { status: 'unreadable', kind: 'link', source: 'link 2', reason: 'Ander instrument.' },
        ],
      },
      people.name,
      words,
    );
    expect(summary.kind).toBe('error');
    expect(summary.text).toBe('Er is niets toegevoegd, 2 links waren niet te lezen.');
    expect(summary.details).toEqual(['link 1: Beschadigd.', 'link 2: Ander instrument.']);
  });

  it('is plain information when everything was added; warnings go into the details', () => {
    const clean = summarize(
      {
        added: [anna, bram],
        reports: [
          { status: 'added', kind: 'file', source: 'a', item: anna, warnings: [] },
          { status: 'added', kind: 'file', source: 'b', item: bram, warnings: [] },
        ],
      },
      people.name,
      words,
    );
    expect(clean).toEqual({ kind: 'info', text: '2 resultaten toegevoegd.', details: [] });
    const warned = summarize(
      {
        added: [anna],
        reports: [
          { status: 'added', kind: 'file', source: 'a', item: anna, warnings: ['Ingekort.'] },
        ],
      },
      people.name,
      words,
    );
    expect(warned).toMatchObject({ kind: 'warning', details: ['a: Ingekort.'] });
  });

  it('names at most eight duplicates and says how many more', () => {
    const many = Array.from({ length: 11 }, (_, i) => ({ name: `P${i}`, score: i }));
    const summary = summarize(
      {
        added: [],
        reports: many.map((item) => ({
          status: 'duplicate' as const,
          kind: 'file' as const,
          source: 'f',
          item,
        })),
      },
      people.name,
      { ...words, limit: 40 },
    );
    expect(summary.text).toBe(
      'Er is niets toegevoegd, 11 stonden er al (P0, P1, P2, P3, P4, P5, P6, P7 en nog 3).',
    );
    expect(summary.kind).toBe('warning');
  });
});
