/**
 * The partnership check: the five criteria of a good partnership that partnership broker Wilma
 * Roozenboom names in the OneWorld interview (source 000), each with statements a partner
 * organisation rates, what the criterion means, and what the broker advises when it is weak.
 * The chapter /partnership-broker/ explains the criteria under the headings `anchor` points to;
 * the advice retells the chapter's "Waar partnerschappen vastlopen" and "Zo los je het op".
 * The statements are ours (the interview names the criteria, not questions about them).
 *
 * Ids are stable: they go into share links and saved answers. Change wording freely, never an id.
 * A statement whose meaning changes gets a new id; the old one moves to `retired`, so saved
 * answers to it are set aside (shown, not scored) instead of being read as answers to the new one.
 * Pure TypeScript: no Astro, no Preact, no DOM. All visible text is Dutch (B1).
 */

export interface CheckCriterion {
  id: string;
  name: string;
  /** What the criterion asks of a partnership, in a sentence or two. */
  meaning: string;
  /** What to do when partners score it low, after the broker chapter. */
  advice: string;
  /** Heading id of this criterion in the broker chapter. */
  anchor: string;
  statements: { id: string; text: string }[];
  /** Statements no longer asked, with the ones that took their place. */
  retired?: { id: string; text: string; replacedBy: string[] }[];
}

/** Where the criteria are explained, relative to the site's base path. */
export const brokerChapterPath = 'partnership-broker/';

export const partnershipCheck: {
  id: 'partnerschapscheck';
  criteria: readonly CheckCriterion[];
} = {
  id: 'partnerschapscheck',
  criteria: [
    {
      id: 'gemeenschappelijk-doel',
      name: 'Een gemeenschappelijk doel',
      meaning:
        'De partners werken aan een doel dat ze echt met elkaar delen. Ieder weet ook wat hij zelf met de samenwerking wil bereiken.',
      advice:
        'Zet het gedeelde doel opnieuw op tafel. Laat elke partner zeggen wat hij zelf wil bereiken en zoek samen wat jullie allemaal willen. Vraag je ook af of de samenwerking nog zin heeft: samenwerken is een middel, geen doel op zich.',
      anchor: 'een-gemeenschappelijk-doel',
      statements: [
        {
          id: 'doel-1',
          text: 'Alle partners kunnen in een paar zinnen zeggen welk doel we samen nastreven.',
        },
        {
          id: 'doel-2',
          text: 'Mijn organisatie doet mee omdat de samenwerking meer oplevert dan we alleen kunnen bereiken, niet alleen voor een subsidie.',
        },
        {
          id: 'doel-3',
          text: 'Als er iets verandert, kijken we samen wat dat betekent voor ons gezamenlijke doel.',
        },
      ],
    },
    {
      id: 'rollen-verantwoordelijkheden',
      name: 'Heldere rollen en verantwoordelijkheden',
      meaning:
        'Er zijn duidelijke afspraken over wie welke rol heeft en wie waarvoor verantwoordelijk is, ook over wie namens het partnerschap spreekt.',
      advice:
        'Schrijf samen op wie wat doet en wie waarvoor verantwoordelijk is, en kijk die afspraken regelmatig na. Spreek ook af hoe jullie naar buiten treden: wie de woordvoering doet, hoe elke naam wordt vermeld en welke logo’s je gebruikt.',
      anchor: 'heldere-rollen-en-verantwoordelijkheden',
      statements: [
        {
          id: 'rollen-1',
          text: 'Het is duidelijk wie in het partnerschap welke rol heeft.',
        },
        {
          id: 'rollen-4',
          text: 'We weten van elkaar wie waarvoor verantwoordelijk is.',
        },
        {
          id: 'rollen-5',
          text: 'De partners doen wat ze over hun taken hebben afgesproken.',
        },
        {
          id: 'rollen-6',
          text: 'Er is afgesproken wie namens het partnerschap het woord voert tegenover de buitenwereld.',
        },
        {
          id: 'rollen-7',
          text: 'Er zijn afspraken over het gebruik van de namen en logo’s van de partners, bijvoorbeeld op een website.',
        },
      ],
      retired: [
        {
          id: 'rollen-2',
          text: 'We weten van elkaar wie waarvoor verantwoordelijk is, en we komen die afspraken na.',
          replacedBy: ['rollen-4', 'rollen-5'],
        },
        {
          id: 'rollen-3',
          text: 'We hebben afgesproken wie namens het partnerschap met de buitenwereld praat en hoe de namen en logo’s van de partners worden gebruikt.',
          replacedBy: ['rollen-6', 'rollen-7'],
        },
      ],
    },
    {
      id: 'mutual-benefits',
      name: 'Duidelijk wat ieder eraan heeft (mutual benefits)',
      meaning:
        'Elke partner weet wat het partnerschap hem en de anderen oplevert, en kent de agenda van de anderen.',
      advice:
        'Wees eerlijk over wat ieder aan het partnerschap heeft. Bespreek per partner: wat wil je zelf bereiken, wat is het doel dat jullie delen en wat voegt ieder toe? Let op sponsoring die als partnerschap wordt gebracht: dan zoekt één partij vooral geld.',
      anchor: 'duidelijkheid-over-mutual-benefits',
      statements: [
        {
          id: 'benefits-1',
          text: 'Ik weet wat het partnerschap elke partner oplevert, ook de andere partners.',
        },
        {
          id: 'benefits-2',
          text: 'Ik ken de agenda van de andere partners: wat ze zelf met de samenwerking willen bereiken.',
        },
        {
          id: 'benefits-3',
          text: 'Het is duidelijk wat elke partner aan de samenwerking toevoegt.',
        },
      ],
    },
    {
      id: 'openheid-transparantie',
      name: 'Openheid en transparantie',
      meaning:
        'Partners laten elkaar zien wat er speelt, ook hun eigen belang. Ze durven zich kwetsbaar op te stellen, zodat er vertrouwen groeit.',
      advice:
        'Op de vraag waar partnerschappen vastlopen, noemt de broker als eerste: gebrek aan openheid. Maak ruimte om het eigen belang van elke organisatie te noemen, ook de verborgen agenda. Wie zich kwetsbaar durft op te stellen, bouwt vertrouwen op. Vertel elkaar wat er speelt zodra het het gedeelde doel raakt.',
      anchor: 'openheid-en-transparantie',
      statements: [
        {
          id: 'openheid-1',
          text: 'De partners zijn open over het belang van hun eigen organisatie.',
        },
        {
          id: 'openheid-2',
          text: 'Als er bij een partner iets speelt dat ons gezamenlijke doel raakt, horen de anderen dat op tijd.',
        },
        {
          id: 'openheid-3',
          text: 'Ik vertrouw erop dat ik in dit partnerschap ook twijfels en zwakke punten kan noemen.',
        },
      ],
    },
    {
      id: 'verbindend-leiderschap',
      name: 'Leiderschap dat blijft verbinden',
      meaning:
        'Er is steeds iemand die de partners verbindt en de andere vier criteria in het oog houdt. Dat hoeft niet steeds dezelfde persoon te zijn, en ook niet iemand van buiten.',
      advice:
        'Spreek af wie de verbinding legt en de andere vier criteria bewaakt; dat mag ook om de beurt. Besteed aandacht aan hoe jullie samenwerken, niet alleen aan de activiteiten en resultaten van elke partner. Een partnership broker kan helpen als het vastloopt.',
      anchor: 'leiderschap-dat-blijft-verbinden',
      statements: [
        {
          id: 'leiderschap-1',
          text: 'Er is iemand die de partners steeds met elkaar verbindt.',
        },
        {
          id: 'leiderschap-4',
          text: 'Er is iemand die in de gaten houdt hoe het gaat met de andere vier criteria.',
        },
        {
          id: 'leiderschap-3',
          text: 'We praten niet alleen over activiteiten en resultaten, maar ook over hoe we samenwerken.',
        },
      ],
      retired: [
        {
          id: 'leiderschap-2',
          text: 'Iemand let erop dat het doel, de rollen, de mutual benefits en de openheid op orde blijven.',
          replacedBy: ['leiderschap-4'],
        },
      ],
    },
  ],
};
