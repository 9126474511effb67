// What differs between the questionnaire instruments: their words, scale and links.
export interface QuestionnaireTexts {
  /** Used in file names and the storage key, e.g. "quickscan-samenwerkingsvermogen". */
  tool: string;
  /** "Samenwerkingsvermogen" */
  title: string;
  scale: readonly { value: number; label: string }[];
  dontKnow: string;
  /** What a group is called in running text: "domein", "criterium". */
  groupWord: string;
  /** What an item is called: "conditie", and more than one: "condities". */
  itemWord: string;
  itemWords: string;
  /** Where an item is explained (a chapter heading), or null. */
  itemHref: (itemId: string) => string | null;
  /** Where disagreement is discussed (shown next to flagged items), or null. */
  conversationHref: string | null;
  /** Label of the name field: who answers ("Je naam", "Namens welke partnerorganisatie"). */
  respondentLabel: string;
  /** One who answers, and more than one: "respondent"/"respondenten", "partner"/"partners". */
  respondentWord: string;
  respondentWords: string;
  /** Whether each item asks for the level the respondent wants to reach. */
  askAmbition: boolean;
  /** Heading above the items to work on first. */
  prioritiesTitle: string;
  /** Heading and first paragraph of the comparison. */
  teamTitle: string;
  teamIntro: string;
}

/** "Conditie" from "conditie". */
export const capitalised = (word: string) => word[0].toUpperCase() + word.slice(1);
