/**
 * The four instruments. Each lives at /instrumenten/<slug>/ (a page in
 * src/content/docs/instrumenten/) and is embedded from /instrumenten/<slug>/insluiten/.
 * `height` is the suggested iframe height in pixels. `name`, `question` and `answer` tell a
 * reader which instrument fits their question (the home page renders them in this order).
 */
export interface Instrument {
  slug: 'partnermatrix' | 'ambitielijn' | 'quickscan-samenwerkingsvermogen' | 'partnerschapscheck';
  height: number;
  /** The instrument's name, as its page title writes it. */
  name: string;
  /** The reader's question the instrument answers (Dutch, B1, one sentence). */
  question: string;
  /** What the reader does and gets (Dutch, B1, one or two short sentences). */
  answer: string;
}

export const instruments: readonly Instrument[] = [
  {
    slug: 'partnerschapscheck',
    height: 1000,
    name: 'Partnerschapscheck',
    question: 'Werkt ons partnerschap goed?',
    answer:
      'Alle partners beoordelen één lopend partnerschap op de vijf criteria. Je ziet waar jullie het anders zien.',
  },
  {
    slug: 'quickscan-samenwerkingsvermogen',
    height: 1000,
    name: 'Quickscan samenwerkingsvermogen',
    question: 'Kan mijn organisatie goed samenwerken?',
    answer:
      'Scoor je eigen organisatie op de twaalf condities, alleen of met je team. Je vergelijkt de antwoorden in je team.',
  },
  {
    slug: 'partnermatrix',
    height: 1100,
    name: 'Partnermatrix',
    question: 'Welke relatie past bij elke partner?',
    answer:
      'Zet al je partners per doel in het schema. Je krijgt per partner een richting, acties en wie de relatie onderhoudt.',
  },
  {
    slug: 'ambitielijn',
    height: 900,
    name: 'Ambitielijn-check',
    question: 'Draagt deze ene partner genoeg bij?',
    answer: 'Schuif met twee scores en zie meteen of de partner boven de ambitielijn staat.',
  },
];
