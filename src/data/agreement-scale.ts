/**
 * The five-point agreement scale the questionnaires use (quick-scan, partnership check), and the
 * label of the answer that is left out of the score. Pure data.
 */
/** The five points a respondent chooses from; "Weet ik niet" is a separate answer. */
export const agreementScale: readonly { value: 1 | 2 | 3 | 4 | 5; label: string }[] = [
  { value: 1, label: 'Helemaal oneens' },
  { value: 2, label: 'Oneens' },
  { value: 3, label: 'Niet eens, niet oneens' },
  { value: 4, label: 'Eens' },
  { value: 5, label: 'Helemaal eens' },
];

export const dontKnowLabel = 'Weet ik niet';
