/**
 * The five-point agreement scale the questionnaires use (quick-scan, partnership check), the
 * label of the answer that is left out of the score, and the scale of the wanted level. Pure data.
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

/** The one name for the level a respondent wants to reach, in the screens and the CSV. */
export const wantedLevelLabel = 'Gewenst niveau';

/**
 * The wanted level sits on the score's 1–5 scale (a score is the mean of agreement answers), so
 * its labels describe how strong a condition is, not how much one agrees.
 */
export const wantedLevelScale: readonly { value: 1 | 2 | 3 | 4 | 5; label: string }[] = [
  { value: 1, label: 'heel zwak' },
  { value: 2, label: 'zwak' },
  { value: 3, label: 'gemiddeld' },
  { value: 4, label: 'sterk' },
  { value: 5, label: 'heel sterk' },
];
