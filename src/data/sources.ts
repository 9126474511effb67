/**
 * The five source texts that Partnerwijzer's guidance is built on. Pages name the ones
 * they draw on by id in their frontmatter (`sources`); every credit is rendered from here.
 */
export interface Source {
  id: string;
  /** Short name used in the line under each page. */
  short: string;
  /** Full credit, as the original publication gives it. */
  citation: string;
  /** What the text is, in one line of our own. */
  about: string;
}

export const sources = [
  {
    id: 'partnership-broker',
    short: 'Interview met Wilma Roozenboom (OneWorld)',
    citation:
      'OneWorld, “Banen van de toekomst: De Partnership Broker”, interview met partnership broker Wilma Roozenboom.',
    about:
      'Wat een partnership broker doet, vier soorten partnerschappen, vijf criteria voor een goed partnerschap en waar het vastloopt.',
  },
  {
    id: 'vijf-inzichten',
    short: 'Vijf inzichten voor bedrijven en ngo’s',
    citation:
      'Artikel “Vijf inzichten voor goede samenwerking bedrijven en ngo’s”, over het onderzoeksrapport “CSOs and Business: joint agents for change” (2011) van Herman Brouwer, Annemarie Groot Kormelinck, Mayke Harding, Nelleke van der Vleuten, Marieke de Wal en Bram Posthumus (PSO, ICCO, Wageningen UR Centre for Development Innovation en het Partnerships Resource Centre van de Erasmus Universiteit).',
    about: 'Vijf inzichten over samenwerking tussen bedrijven en maatschappelijke organisaties.',
  },
  {
    id: 'vide-partnerstrategie',
    short: 'Florian Bekkers (Vide advies), artikel over partnerstrategie',
    citation:
      'Florian Bekkers, Vide advies, artikel voor overheden over het kiezen van de juiste vorm van samenwerking.',
    about:
      'De twee factoren invloed en afhankelijkheid, de ambitielijn, ontwikkelrichtingen en vier uitgewerkte voorbeelden.',
  },
  {
    id: 'common-eye',
    short: 'Common Eye, Partnership Capability Model',
    citation:
      'Common Eye, artikel over samenwerkingsvermogen en het Partnership Capability Model, met een column van Nikki Willems over spraakverwarring.',
    about:
      'Van stakeholdermodel naar ecosysteemmodel, het Partnership Capability Model en spraakverwarring tussen partners.',
  },
  {
    id: 'handleiding-partnerstrategie',
    short: 'Handleiding “Het ontwikkelen van een partnerstrategie”',
    citation:
      'Florian Bekkers, Vide advies, “Het ontwikkelen van een partnerstrategie”, handleiding, januari 2019.',
    about: 'Het doel van een partnerstrategie en de vijf stappen om er een te maken.',
  },
] as const satisfies readonly Source[];

export type SourceId = (typeof sources)[number]['id'];

export const sourceIds = sources.map((source) => source.id) as [SourceId, ...SourceId[]];

export function sourceById(id: SourceId): Source {
  const found = sources.find((source) => source.id === id);
  if (!found) throw new Error(`Unknown source id: ${id}`);
  return found;
}
