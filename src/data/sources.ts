/**
 * The five source texts that Partnerwijzer's guidance is built on. Pages name the ones
 * they draw on by id in their frontmatter (`sources`); every credit is rendered from here.
 */
/** A full credit, with each part as the source text gives it. */
export interface Credit {
  /** The title in quotes, or a description when the text we have carries none. */
  title: string;
  /** Who wrote it or who speaks in it. */
  author: string;
  /** Who published it. */
  organisation: string;
  /** Date of publication, or "ongedateerd". */
  date: string;
  /** Web address as the source text gives it, if it gives one. */
  address?: string;
  /** Anything else a reader needs to find or weigh the text (e.g. the report it summarises). */
  note?: string;
}

export interface Source {
  id: string;
  /** Short name used in the line under each page. */
  short: string;
  credit: Credit;
  /** What the text is, in one line of our own. */
  about: string;
}

/** The credit in one line: author, title, organisation, date, address, note. */
export function citation({ credit }: Pick<Source, 'credit'>): string {
  const parts = [credit.author, credit.title, `${credit.organisation}, ${credit.date}`];
  if (credit.address) parts.push(credit.address);
  if (credit.note) parts.push(credit.note);
  return parts.map((part) => part.replace(/\.$/, '')).join('. ') + '.';
}

export const sources = [
  {
    id: 'partnership-broker',
    short: 'Interview met Wilma Roozenboom (OneWorld)',
    credit: {
      author:
        'Interview met partnership broker Wilma Roozenboom (de interviewer wordt niet genoemd)',
      title: '“Banen van de toekomst: De Partnership Broker”',
      organisation: 'OneWorld',
      date: 'ongedateerd',
      address: 'oneworld.nl',
    },
    about:
      'Wat een partnership broker doet, vier soorten partnerschappen, vijf criteria voor een goed partnerschap en waar het vastloopt.',
  },
  {
    id: 'vijf-inzichten',
    short: 'Vijf inzichten voor bedrijven en ngo’s',
    credit: {
      author: 'Artikel zonder auteursnaam, met uitleg van Mayke Harding (PSO)',
      title: '“Vijf inzichten voor goede samenwerking bedrijven en ngo’s”',
      organisation: 'Uitgever niet genoemd in de tekst',
      date: 'ongedateerd',
      note: 'Het artikel bespreekt “CSOs and Business: joint agents for change”, een rapport uit 2011 van Herman Brouwer, Annemarie Groot Kormelinck, Mayke Harding, Nelleke van der Vleuten, Marieke de Wal en Bram Posthumus, uitgegeven door PSO, ICCO, Wageningen UR Centre for Development Innovation en het Partnerships Resource Centre van de Erasmus Universiteit',
    },
    about:
      'Lessen uit een rapport uit 2011 over partnerschappen tussen ngo’s en bedrijven, in vijf inzichten.',
  },
  {
    id: 'vide-partnerstrategie',
    short: 'Florian Bekkers (Vide advies), artikel over partnerstrategie',
    credit: {
      author: 'Florian Bekkers',
      title:
        'Artikel voor overheden over partnerstrategie (de tekst die wij hebben, draagt geen titel)',
      organisation: 'Vide advies',
      date: 'ongedateerd',
    },
    about:
      'De twee factoren invloed en afhankelijkheid, de ambitielijn, ontwikkelrichtingen en vier uitgewerkte voorbeelden.',
  },
  {
    id: 'common-eye',
    short: 'Common Eye, Partnership Capability Model',
    credit: {
      author: 'Artikel zonder auteursnaam; de column is van Nikki Willems',
      title:
        '“Samenwerkingsvermogen: bouwsteen voor de toekomst”, met de column “Spraakverwarring bij samenwerken: (niet) te voorkomen”',
      organisation: 'Common Eye',
      date: 'ongedateerd',
    },
    about:
      'Van stakeholdermodel naar ecosysteemmodel, het Partnership Capability Model en spraakverwarring tussen partners.',
  },
  {
    id: 'handleiding-partnerstrategie',
    short: '“Het ontwikkelen van een partnerstrategie” (handleiding)',
    credit: {
      author: 'Florian Bekkers',
      title: '“Het ontwikkelen van een partnerstrategie” (handleiding)',
      organisation: 'Vide advies',
      date: 'januari 2019',
    },
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
