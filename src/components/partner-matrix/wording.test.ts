import { describe, expect, it } from 'vitest';
import { gapText, goalCount, openedFrom, openedMessage, partnerCount } from './wording';

describe('wording', () => {
  it('counts in proper Dutch', () => {
    expect(gapText('boven', 1)).toBe('1 punt boven de ambitielijn');
    expect(gapText('onder', -2.5)).toBe('2,5 punten onder de ambitielijn');
    expect(gapText('op', 0)).toBe('op de ambitielijn');
    expect(partnerCount(1)).toBe('1 partner');
    expect(partnerCount(0)).toBe('0 partners');
    expect(partnerCount(3)).toBe('3 partners');
    expect(goalCount(1)).toBe('1 doel');
    expect(goalCount(2)).toBe('2 doelen');
    expect(gapText('onder', -1)).toBe('1 punt onder de ambitielijn');
  });

  it('names what was opened: an example, a partner from the ambition check or a shared link', () => {
    expect(openedFrom('example', 'X, Y en Z')).toEqual({
      title: 'Voorbeeld: X, Y en Z',
      what: 'Voorbeeld',
    });
    expect(openedFrom('ambition-check', 'Bibliotheek West')).toEqual({
      title: 'Ambitielijn-check: Bibliotheek West',
      what: 'Partner uit de ambitielijn-check',
    });
    expect(openedFrom('link')).toEqual({
      title: 'Gedeelde partnermatrix',
      what: 'Gedeelde partnermatrix',
    });
    expect(openedMessage('Voorbeeld', 'Voorbeeld: X, Y en Z', { partners: 3, goals: 1 })).toBe(
      'Voorbeeld geopend als nieuw werk “Voorbeeld: X, Y en Z”, met 3 partners bij 1 doel.',
    );
    expect(
      openedMessage(
        'Partner uit de ambitielijn-check',
        'Ambitielijn-check: Bieb',
        {
          partners: 1,
          goals: 2,
        },
        'Mijn partnermatrix',
      ),
    ).toBe(
      'Partner uit de ambitielijn-check geopend als nieuw werk “Ambitielijn-check: Bieb”, met 1 partner bij 2 doelen. Je eerdere werk “Mijn partnermatrix” staat ongewijzigd in Mijn werk.',
    );
  });
});
