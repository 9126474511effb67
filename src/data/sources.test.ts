import { describe, expect, it } from 'vitest';
import { citation, sources } from './sources';

const dated =
  /^(ongedateerd|(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}|\d{4})$/;

describe('source credits', () => {
  it.each(sources.map((source) => [source.id, source] as const))(
    '%s names title, author, organisation and a date (or "ongedateerd")',
    (_id, source) => {
      const { title, author, organisation, date } = source.credit;
      for (const part of [title, author, organisation]) expect(part.trim()).not.toBe('');
      expect(date).toMatch(dated);
      const line = citation(source);
      for (const part of [title, author, organisation, date]) expect(line).toContain(part);
    },
  );

  it('joins the parts into one line with single full stops', () => {
    const line = citation({
      credit: {
        author: 'Florian Bekkers',
        title: '“Het ontwikkelen van een partnerstrategie”',
        organisation: 'Vide advies',
        date: 'januari 2019',
        address: 'voorbeeld.nl/pad.',
      },
    });
    expect(line).toBe(
      'Florian Bekkers. “Het ontwikkelen van een partnerstrategie”. Vide advies, januari 2019. voorbeeld.nl/pad.',
    );
  });
});
