/**
 * The glossary of Partnerwijzer: the terms the chapters use, in our own words (Dutch, B1).
 * The page /begrippen/ renders this list; every chapter links the first time it uses a term
 * to `/begrippen/#<id>`. Sorted alphabetically in Dutch collation (see tests/site/glossary.test.ts).
 *
 * Pure TypeScript: no Astro, no DOM.
 */

export interface GlossaryTerm {
  /** Anchor on /begrippen/: kebab-case, ASCII only. Courses link to it: never change it. */
  id: string;
  /** The term as the site writes it. */
  term: string;
  /** One to three short sentences (B1), in our own words. */
  definition: string;
  /**
   * Other words a reader may use for the term or look for it with (“Ook wel: …”). They stand
   * visibly on /begrippen/ and under the page that explains the term, so that search finds
   * that page by the reader's own word.
   */
  synonyms: readonly string[];
  /**
   * Where the site explains the term: a root-relative path with an optional #anchor, e.g.
   * '/partnerstrategie/invloed-en-afhankelijkheid/#de-ambitielijn'. Null when no page explains
   * it yet.
   */
  seeAlso: { label: string; href: string } | null;
}

export const glossary: readonly GlossaryTerm[] = [
  {
    id: 'aanbesteding',
    term: 'aanbesteding',
    definition:
      'Een vaste procedure waarin een overheid aanbieders uitnodigt om een offerte te doen voor een opdracht. Met een nieuwe aanbesteding kun je een deel van het werk bij een andere aanbieder neerleggen, en zo minder afhankelijk worden van één partner.',
    synonyms: ['tender'],
    seeAlso: {
      label: 'Stappenplan: stap 4, plan acties',
      href: '/partnerstrategie/stappenplan/#stap-4-plan-acties',
    },
  },
  {
    id: 'accounthouder',
    term: 'accounthouder',
    definition:
      'Eén vaste persoon die de hele relatie met een partner bijhoudt en ook over de inhoud meepraat. Past bij een partner die opdrachten voor verschillende doelen uitvoert, of die je in concurrentie benadert maar waarin je ook wilt investeren.',
    synonyms: ['accountmanager', 'relatiebeheerder', 'relatiemanager'],
    seeAlso: {
      label: 'Stappenplan: stap 5, het onderhoud van de relatie',
      href: '/partnerstrategie/stappenplan/#stap-5-regel-het-onderhoud-van-de-relatie',
    },
  },
  {
    id: 'afhankelijkheid',
    term: 'afhankelijkheid',
    definition:
      'Hoe moeilijk je een partner kunt missen. Ben je sterk afhankelijk, dan is er weinig of geen alternatief voor het werk van die partner. Het is een van de twee factoren van een partnerstrategie.',
    synonyms: ['vervangbaarheid', 'onmisbaarheid'],
    seeAlso: {
      label: 'Invloed en afhankelijkheid: waarom afhankelijkheid telt',
      href: '/partnerstrategie/invloed-en-afhankelijkheid/#waarom-afhankelijkheid-telt',
    },
  },
  {
    id: 'alliantie',
    term: 'alliantie',
    definition:
      'Een verbond van meerdere organisaties die samen optrekken, bijvoorbeeld om samen geld aan te vragen bij een ministerie.',
    synonyms: ['consortium', 'samenwerkingsverband'],
    seeAlso: {
      label: 'De partnership broker: de verborgen agenda op tafel',
      href: '/partnership-broker/#de-verborgen-agenda-op-tafel',
    },
  },
  {
    id: 'ambitielijn',
    term: 'ambitielijn',
    definition:
      'Een schuine lijn in het schema van invloed en afhankelijkheid. Staat een partner boven de lijn, dan draagt hij genoeg bij. Hoe afhankelijker je van een partner bent, hoe meer invloed hij moet hebben.',
    synonyms: ['ambitieniveau', 'grenslijn'],
    seeAlso: {
      label: 'Invloed en afhankelijkheid: de ambitielijn',
      href: '/partnerstrategie/invloed-en-afhankelijkheid/#de-ambitielijn',
    },
  },
  {
    id: 'automatische-piloot',
    term: 'automatische piloot',
    definition:
      'Ons brein legt snel en zonder nadenken uit wat het hoort, op basis van reflexen. Daardoor horen we niet goed wat een ander echt bedoelt.',
    synonyms: [],
    seeAlso: {
      label: 'Spraakverwarring: de automatische piloot',
      href: '/spraakverwarring/#de-automatische-piloot',
    },
  },
  {
    id: 'bestuurlijke-afspraken',
    term: 'bestuurlijke afspraken',
    definition:
      'Afspraken die bestuurders van organisaties samen vastleggen, bijvoorbeeld in een convenant. Het is een van de vormen die een relatie met een partner kan hebben.',
    synonyms: ['bestuursakkoord', 'bestuurlijk overleg'],
    seeAlso: {
      label: 'Stappenplan: stap 1, inventariseer je partners',
      href: '/partnerstrategie/stappenplan/#stap-1-inventariseer-je-partners',
    },
  },
  {
    id: 'contractbeheerder',
    term: 'contractbeheerder',
    definition:
      'Iemand die een zakelijke relatie met een partner onderhoudt. Het gaat om het uitvoeren van het contract, niet om samen beleid maken. Past bij een partner die een opdracht in concurrentie uitvoert.',
    synonyms: ['contractmanager', 'contractmanagement'],
    seeAlso: {
      label: 'Stappenplan: stap 5, het onderhoud van de relatie',
      href: '/partnerstrategie/stappenplan/#stap-5-regel-het-onderhoud-van-de-relatie',
    },
  },
  {
    id: 'convenant',
    term: 'convenant',
    definition:
      'Een schriftelijke afspraak tussen partners over wat ze samen willen bereiken en wie wat doet. Met een convenant voor meerdere jaren hoef je niet elk jaar opnieuw te onderhandelen.',
    synonyms: ['samenwerkingsovereenkomst', 'overeenkomst'],
    seeAlso: {
      label: 'Voorbeelden: bibliotheken en geletterdheid',
      href: '/partnerstrategie/voorbeelden/#bibliotheken-en-geletterdheid',
    },
  },
  {
    id: 'cross-sectoraal-partnerschap',
    term: 'cross-sectoraal partnerschap',
    definition:
      'Een partnerschap tussen partijen uit verschillende sectoren: een ngo, een bedrijf en/of een overheid. Als mensen over partnerschappen praten, bedoelen ze vaak deze vorm.',
    synonyms: ['multi-stakeholderpartnerschap', 'sectoroverstijgende samenwerking'],
    seeAlso: {
      label: 'De partnership broker: vier soorten partnerschappen',
      href: '/partnership-broker/#vier-soorten-partnerschappen',
    },
  },
  {
    id: 'dwangsom',
    term: 'dwangsom',
    definition:
      'Een bedrag dat een overheid een bedrijf laat betalen zolang het zich niet aan de regels houdt, bijvoorbeeld aan de eisen uit zijn vergunning. Zo kan de overheid een verandering afdwingen die een partner niet uit zichzelf maakt.',
    synonyms: ['last onder dwangsom', 'handhaving'],
    seeAlso: {
      label: 'Voorbeelden: industrie en een gezonde leefomgeving',
      href: '/partnerstrategie/voorbeelden/#industrie-en-een-gezonde-leefomgeving',
    },
  },
  {
    id: 'ecosysteemmodel',
    term: 'ecosysteemmodel',
    definition:
      'Een manier van werken waarin een organisatie met anderen samenwerkt aan opgaven en ambities die ze delen. Volgens Common Eye gaan steeds meer organisaties van het stakeholdermodel naar dit model.',
    synonyms: ['ecosysteem'],
    seeAlso: {
      label: 'Samenwerkingsvermogen: van stakeholdermodel naar ecosysteemmodel',
      href: '/samenwerkingsvermogen/#van-stakeholdermodel-naar-ecosysteemmodel',
    },
  },
  {
    id: 'gemeenschappelijk-doel',
    term: 'gemeenschappelijk doel',
    definition:
      'Een doel dat alle partners in een partnerschap delen. Het is het eerste van de vijf criteria voor een goed partnerschap.',
    synonyms: ['gedeeld doel', 'gezamenlijk doel'],
    seeAlso: {
      label: 'De partnership broker: een gemeenschappelijk doel',
      href: '/partnership-broker/#een-gemeenschappelijk-doel',
    },
  },
  {
    id: 'invloed',
    term: 'invloed',
    definition:
      'Hoeveel een partner nu bijdraagt aan het maatschappelijke effect, de doelen en de resultaten die je wilt bereiken. Het is een van de twee factoren van een partnerstrategie.',
    synonyms: ['impact', 'bijdrage'],
    seeAlso: {
      label: 'Invloed en afhankelijkheid: waarom invloed telt',
      href: '/partnerstrategie/invloed-en-afhankelijkheid/#waarom-invloed-telt',
    },
  },
  {
    id: 'kraljic-matrix',
    term: 'Kraljic-matrix',
    definition:
      'Een schema met twee assen uit de wereld van de inkoop. De handleiding voor een partnerstrategie noemt deze inkoopmatrix van Kraljic als inspiratie voor de twee factoren invloed en afhankelijkheid.',
    synonyms: ['inkoopmatrix', 'inkoopportfolio'],
    seeAlso: {
      label: 'Invloed en afhankelijkheid: de inkoopmatrix van Kraljic',
      href: '/partnerstrategie/invloed-en-afhankelijkheid/#de-inkoopmatrix-van-kraljic',
    },
  },
  {
    id: 'maatschappelijke-organisatie',
    term: 'maatschappelijke organisatie',
    definition:
      'Een organisatie die werkt aan een maatschappelijk doel en geen overheid of bedrijf is, zoals een ngo. In het Engels heet zo’n organisatie een civil society organisation (CSO).',
    synonyms: ['CSO', 'civil society', 'maatschappelijk middenveld'],
    seeAlso: { label: 'Vijf inzichten: het rapport', href: '/vijf-inzichten/#het-rapport' },
  },
  {
    id: 'mutual-benefits',
    term: 'mutual benefits',
    definition:
      'Engels voor wederzijdse voordelen: wat een partnerschap elke partij oplevert. Duidelijkheid hierover is een van de vijf criteria voor een goed partnerschap.',
    synonyms: ['wederzijds voordeel', 'win-win'],
    seeAlso: {
      label: 'De partnership broker: duidelijkheid over mutual benefits',
      href: '/partnership-broker/#duidelijkheid-over-mutual-benefits',
    },
  },
  {
    id: 'ngo',
    term: 'ngo',
    definition:
      'Niet-gouvernementele organisatie: een maatschappelijke organisatie die los staat van de overheid. Voorbeelden zijn organisaties voor ontwikkelingssamenwerking of voor kinderrechten.',
    synonyms: ['non-profitorganisatie', 'goed doel'],
    seeAlso: {
      label: 'De partnership broker: vier soorten partnerschappen',
      href: '/partnership-broker/#vier-soorten-partnerschappen',
    },
  },
  {
    id: 'offerte-uitvraag',
    term: 'offerte-uitvraag',
    definition:
      'Je vraagt een of meer organisaties om een voorstel met een prijs voor een opdracht. In een nieuwe uitvraag kun je bijvoorbeeld vragen dat partners samenwerken.',
    synonyms: ['uitvraag', 'offerteaanvraag'],
    seeAlso: {
      label: 'Stappenplan: kijk naar het hele beleidsterrein',
      href: '/partnerstrategie/stappenplan/#kijk-naar-het-hele-beleidsterrein',
    },
  },
  {
    id: 'ontwikkelrichting',
    term: 'ontwikkelrichting',
    definition:
      'De richting waarin je een relatie met een partner in het schema wilt laten bewegen: omhoog (meer effect), omlaag (afbouwen), naar links (minder afhankelijk) of naar rechts (partnerschap vastleggen).',
    synonyms: ['ontwikkelingsrichting', 'koers'],
    seeAlso: {
      label: 'Invloed en afhankelijkheid: vier ontwikkelrichtingen',
      href: '/partnerstrategie/invloed-en-afhankelijkheid/#vier-ontwikkelrichtingen',
    },
  },
  {
    id: 'opdracht',
    term: 'opdracht',
    definition:
      'Je betaalt een partner om werk voor je te doen. Het is een van de vormen die een relatie met een partner kan hebben, naast bijvoorbeeld een subsidie.',
    synonyms: ['inkoop', 'contract'],
    seeAlso: {
      label: 'Stappenplan: stap 1, inventariseer je partners',
      href: '/partnerstrategie/stappenplan/#stap-1-inventariseer-je-partners',
    },
  },
  {
    id: 'partnerschap',
    term: 'partnerschap',
    definition:
      'Een samenwerking waarin partijen elkaar nodig hebben en elkaar als gelijken zien, om samen een doel te bereiken. Een partnerschap is een middel, geen doel op zich.',
    synonyms: ['partnership', 'samenwerkingsrelatie'],
    seeAlso: {
      label: 'De partnership broker: samenwerken is een middel',
      href: '/partnership-broker/#samenwerken-is-een-middel',
    },
  },
  {
    id: 'partnership-broker',
    term: 'partnership broker',
    definition:
      'Een tussenpersoon die partijen helpt om een samenwerking op te bouwen die werkt. De broker begeleidt het proces: organiseren, verbinden, luisteren en afspraken bewaken.',
    synonyms: ['broker', 'makelaar', 'partnershipmakelaar', 'bemiddelaar', 'verbinder'],
    seeAlso: {
      label: 'De partnership broker: wat een partnership broker doet',
      href: '/partnership-broker/#wat-een-partnership-broker-doet',
    },
  },
  {
    id: 'partnership-capability-model',
    term: 'Partnership Capability Model',
    definition:
      'Een model van Common Eye over het samenwerkingsvermogen van een organisatie. Het heeft twaalf condities in vier domeinen: leiderschap en cultuur, partnershipambitie en -strategie, organisatie en sturing, en vaardigheden, tools en systemen.',
    synonyms: ['PCM'],
    seeAlso: {
      label: 'Samenwerkingsvermogen: het Partnership Capability Model',
      href: '/samenwerkingsvermogen/#het-partnership-capability-model',
    },
  },
  {
    id: 'partnerstrategie',
    term: 'partnerstrategie',
    definition:
      'Je kiest per partner bewust de vorm van samenwerking die het best bij je doel past. Zo maak je je denkwerk over je partners zichtbaar.',
    synonyms: ['partnerbeleid', 'relatiestrategie'],
    seeAlso: {
      label: 'Partnerstrategie: wat is een partnerstrategie?',
      href: '/partnerstrategie/#wat-is-een-partnerstrategie',
    },
  },
  {
    id: 'portfolio',
    term: 'portfolio',
    definition:
      'Alle samenwerkingen van een organisatie bij elkaar. Een goed portfolio helpt de organisatie echt om haar ambities en doelen te halen.',
    synonyms: ['portefeuille', 'partnerportfolio'],
    seeAlso: {
      label: 'Samenwerkingsvermogen: sturing op de portfolio',
      href: '/samenwerkingsvermogen/#sturing-portfolio',
    },
  },
  {
    id: 'procesbegeleiding',
    term: 'procesbegeleiding',
    definition:
      'Begeleiding van de weg die partners samen afleggen: belangen in het oog houden, besluiten organiseren, afstemmen en afspraken bewaken. Dit is de kern van het werk van een partnership broker.',
    synonyms: ['procesbegeleider', 'facilitator', 'facilitering'],
    seeAlso: {
      label: 'De partnership broker: wat een partnership broker doet',
      href: '/partnership-broker/#wat-een-partnership-broker-doet',
    },
  },
  {
    id: 'publiek-privaat-partnerschap',
    term: 'publiek-privaat partnerschap',
    definition:
      'Een partnerschap tussen de overheid en bedrijven. Het artikel over de vijf inzichten gebruikt de term ook voor samenwerking tussen ngo’s en bedrijven.',
    synonyms: ['pps', 'publiek-private samenwerking'],
    seeAlso: {
      label: 'De partnership broker: vier soorten partnerschappen',
      href: '/partnership-broker/#vier-soorten-partnerschappen',
    },
  },
  {
    id: 'samenwerkingsvermogen',
    term: 'samenwerkingsvermogen',
    definition:
      'Hoe goed een organisatie kan samenwerken. Het gaat om twee dingen: de samenwerkingen kiezen die echt bij je ambities passen, en goed werken binnen die samenwerkingen.',
    synonyms: ['partnership capability', 'samenwerkingskracht', 'partnering'],
    seeAlso: {
      label: 'Samenwerkingsvermogen: waarom het telt',
      href: '/samenwerkingsvermogen/#waarom-samenwerkingsvermogen-telt',
    },
  },
  {
    id: 'schema-van-invloed-en-afhankelijkheid',
    term: 'schema van invloed en afhankelijkheid',
    definition:
      'Een schema met twee assen waarin elke partner een plek krijgt. Van links naar rechts staat hoe afhankelijk je van hem bent, van onder naar boven hoeveel invloed hij heeft op je doel. Zo ontstaan vier gebieden. De ambitielijn loopt er schuin doorheen.',
    synonyms: ['matrix', 'kwadrant', 'kwadrantenmodel', 'assenkruis'],
    seeAlso: {
      label: 'Invloed en afhankelijkheid: het schema met vier gebieden',
      href: '/partnerstrategie/invloed-en-afhankelijkheid/#het-schema-met-vier-gebieden',
    },
  },
  {
    id: 'selectieve-waarneming',
    term: 'selectieve waarneming',
    definition:
      'We merken vooral op wat past bij wat we al denken. Nieuwe inzichten houdt ons brein liever buiten.',
    synonyms: ['selectieve perceptie'],
    seeAlso: {
      label: 'Spraakverwarring: selectieve waarneming',
      href: '/spraakverwarring/#selectieve-waarneming',
    },
  },
  {
    id: 'sponsoring',
    term: 'sponsoring',
    definition:
      'Een bedrijf geeft geld of middelen aan een organisatie, zonder dat ze samen aan een doel werken. Soms noemt een ngo iets samenwerking, terwijl ze eigenlijk sponsoring zoekt.',
    synonyms: ['sponsor'],
    seeAlso: {
      label: 'De partnership broker: waar partnerschappen vastlopen',
      href: '/partnership-broker/#waar-partnerschappen-vastlopen',
    },
  },
  {
    id: 'spraakverwarring',
    term: 'spraakverwarring',
    definition:
      'Partners gebruiken hetzelfde woord, maar bedoelen er iets anders mee. Daardoor praten ze langs elkaar heen, vaak zonder dat ze het merken.',
    synonyms: ['misverstand', 'miscommunicatie', 'langs elkaar heen praten'],
    seeAlso: {
      label: 'Spraakverwarring: algemene woorden zijn gevaarlijk',
      href: '/spraakverwarring/#algemene-woorden-zijn-gevaarlijk',
    },
  },
  {
    id: 'stakeholdermodel',
    term: 'stakeholdermodel',
    definition:
      'Een manier van werken waarin een organisatie zelf haar koers bepaalt. Ze weegt daarbij mee hoe belanghebbenden (stakeholders) erover denken en wat ze willen en nodig hebben.',
    synonyms: ['stakeholder', 'belanghebbende', 'stakeholdermanagement'],
    seeAlso: {
      label: 'Samenwerkingsvermogen: van stakeholdermodel naar ecosysteemmodel',
      href: '/samenwerkingsvermogen/#van-stakeholdermodel-naar-ecosysteemmodel',
    },
  },
  {
    id: 'strategisch-partnerschap',
    term: 'strategisch partnerschap',
    definition:
      'Een partnerschap voor lange tijd met een partner die veel bijdraagt aan je doel en waar je niet omheen kunt. Je legt het vast voor meerdere jaren.',
    synonyms: ['meerjarig partnerschap', 'langjarige samenwerking', 'meerjarenafspraak'],
    seeAlso: {
      label: 'Invloed en afhankelijkheid: naar rechts, partnerschap vastleggen',
      href: '/partnerstrategie/invloed-en-afhankelijkheid/#naar-rechts-partnerschap-vastleggen',
    },
  },
  {
    id: 'subsidie',
    term: 'subsidie',
    definition:
      'Geld dat je aan een partner geeft voor activiteiten die bijdragen aan je doel. Het is een van de vormen die een relatie met een partner kan hebben.',
    synonyms: ['subsidierelatie'],
    seeAlso: {
      label: 'Stappenplan: stap 1, inventariseer je partners',
      href: '/partnerstrategie/stappenplan/#stap-1-inventariseer-je-partners',
    },
  },
  {
    id: 'theory-of-change',
    term: 'theory of change',
    definition:
      'Het beeld dat een organisatie heeft van hoe verandering ontstaat, wat ze daarin wil bereiken en welke rol ze zelf speelt.',
    synonyms: ['veranderingstheorie', 'ToC'],
    seeAlso: {
      label: 'Vijf inzichten: Know your Theory of Change',
      href: '/vijf-inzichten/#know-your-theory-of-change',
    },
  },
  {
    id: 'transparantie',
    term: 'transparantie',
    definition:
      'Open zijn naar je partners over wat er speelt, ook over je eigen belang. Openheid en transparantie zijn samen een van de vijf criteria voor een goed partnerschap.',
    synonyms: ['openheid'],
    seeAlso: {
      label: 'De partnership broker: openheid en transparantie',
      href: '/partnership-broker/#openheid-en-transparantie',
    },
  },
  {
    id: 'tripartiet-partnerschap',
    term: 'tripartiet partnerschap',
    definition: 'Een partnerschap van drie soorten partijen: ngo’s, bedrijfsleven en overheid.',
    synonyms: ['driepartijenpartnerschap'],
    seeAlso: {
      label: 'De partnership broker: vier soorten partnerschappen',
      href: '/partnership-broker/#vier-soorten-partnerschappen',
    },
  },
  {
    id: 'verborgen-agenda',
    term: 'verborgen agenda',
    definition:
      'Een eigen belang of doel dat een partner niet uitspreekt. Het helpt als partners die agenda af en toe open op tafel leggen.',
    synonyms: ['dubbele agenda'],
    seeAlso: {
      label: 'De partnership broker: de verborgen agenda op tafel',
      href: '/partnership-broker/#de-verborgen-agenda-op-tafel',
    },
  },
  {
    id: 'vergunning',
    term: 'vergunning',
    definition:
      'Toestemming van de overheid om iets te doen, bijvoorbeeld een fabriek te laten draaien. Als je relatie met een partner een vergunning is, stuur je met toezicht en handhaving, zo nodig met een dwangsom.',
    synonyms: ['vergunninghouder', 'toezicht'],
    seeAlso: {
      label: 'Voorbeelden: industrie en een gezonde leefomgeving',
      href: '/partnerstrategie/voorbeelden/#industrie-en-een-gezonde-leefomgeving',
    },
  },
  {
    id: 'vitale-coalitie',
    term: 'vitale coalitie',
    definition:
      'Een krachtige samenwerking tussen een overheid en andere organisaties om samen een maatschappelijk doel te bereiken.',
    synonyms: ['coalitie'],
    seeAlso: {
      label: 'Partnerstrategie: samenwerken voor een maatschappelijk doel',
      href: '/partnerstrategie/#samenwerken-voor-een-maatschappelijk-doel',
    },
  },
  {
    id: 'x-y-en-z',
    term: 'X, Y en Z',
    definition:
      'Drie verzonnen partners waarmee de bronnen de ontwikkelrichtingen uitleggen. X moet omhoog, Y naar links en Z naar rechts.',
    synonyms: ['partner X', 'situatie Z', 'plek X'],
    seeAlso: { label: 'Voorbeelden: X, Y en Z', href: '/partnerstrategie/voorbeelden/#x-y-en-z' },
  },
];
