/**
 * The partner-strategy method (Florian Bekkers, Vide advies: the article on partner strategy
 * for governments and the manual "Het ontwikkelen van een partnerstrategie", January 2019),
 * as typed data. The chapters under /partnerstrategie/ render their lists and tables from
 * here, and the partner matrix uses the same words, so a change in wording is made once.
 *
 * Pure TypeScript: no Astro, no Preact, no DOM. All visible text is Dutch (B1).
 */

/** Where a chapter of the method lives; anchors below are heading ids on these pages. */
export const chapterPaths = {
  overview: 'partnerstrategie/',
  influenceAndDependency: 'partnerstrategie/invloed-en-afhankelijkheid/',
  steps: 'partnerstrategie/stappenplan/',
  examples: 'partnerstrategie/voorbeelden/',
} as const;

/* ------------------------------------------------------------------------------------------
 * Scale and ambition line
 * ---------------------------------------------------------------------------------------- */

/** Both axes are scored from 0 to 10, in steps of a half. */
export const scoreScale = { min: 0, max: 10, step: 0.5 } as const;

export interface Ambition {
  /** Influence a partner needs when you do not depend on it at all (dependency 0). */
  atNoDependency: number;
  /** Influence a partner needs when there is no alternative at all (dependency 10). */
  atFullDependency: number;
}

/** The default ambition line: the diagonal from (0, 0) to (10, 10). */
export const defaultAmbition: Readonly<Ambition> = { atNoDependency: 0, atFullDependency: 10 };

/* ------------------------------------------------------------------------------------------
 * Step 1: the form of a relation
 * ---------------------------------------------------------------------------------------- */

export type RelationForm =
  'subsidie' | 'opdracht' | 'bestuurlijke-afspraken' | 'vergunning' | 'anders';

export interface RelationFormInfo {
  id: RelationForm;
  label: string;
  explanation: string;
}

export const relationForms: readonly RelationFormInfo[] = [
  {
    id: 'subsidie',
    label: 'Subsidie',
    explanation:
      'Je organisatie geeft de partner geld voor activiteiten die aan het doel bijdragen.',
  },
  {
    id: 'opdracht',
    label: 'Opdracht',
    explanation:
      'Je organisatie betaalt de partner om werk voor je te doen, bijvoorbeeld na een offerte-uitvraag of een aanbesteding.',
  },
  {
    id: 'bestuurlijke-afspraken',
    label: 'Bestuurlijke afspraken',
    explanation:
      'Bestuurders leggen samen afspraken vast, bijvoorbeeld in een convenant. Geld hoeft daarbij niet mee te spelen: een partner kan ook op eigen kosten meedoen.',
  },
  {
    id: 'vergunning',
    label: 'Vergunning',
    explanation:
      'Je organisatie heeft de partner een vergunning gegeven. Denk aan een fabriek met een milieuvergunning.',
  },
  {
    id: 'anders',
    label: 'Anders',
    explanation:
      'Een andere vorm, bijvoorbeeld losse contacten zonder geld of vaste afspraken. Schrijf in de opmerkingen welke vorm het is.',
  },
];

/* ------------------------------------------------------------------------------------------
 * Step 2: the two axes and the four areas of the chart
 * ---------------------------------------------------------------------------------------- */

export interface Axis {
  label: string;
  /** What the low end of the axis means. */
  low: string;
  /** What the high end of the axis means. */
  high: string;
  explanation: string;
  /** A question that helps you score a partner on this axis. */
  question: string;
}

export const axes: { influence: Axis; dependency: Axis } = {
  influence: {
    label: 'Invloed op het doel',
    low: 'Weinig invloed',
    high: 'Veel invloed',
    explanation:
      'Hoeveel de partner bijdraagt aan het maatschappelijke effect, de doelen en de resultaten die je wilt bereiken. Dit is de verticale as.',
    question: 'Hoeveel draagt deze partner nu bij aan het doel of resultaat waarvoor je hem inzet?',
  },
  dependency: {
    label: 'Afhankelijkheid',
    low: 'Er zijn alternatieven',
    high: 'Geen alternatief',
    explanation:
      'Hoe moeilijk je deze partner kunt missen: is er een andere partij die het werk kan doen? Dit is de horizontale as.',
    question:
      'Stel dat deze partner wegvalt. Hoe makkelijk vind je dan een ander voor dit werk, of bouw je er een op?',
  },
};

export type QuadrantId =
  'vervangbaar-beperkt' | 'vervangbaar-sterk' | 'afhankelijk-beperkt' | 'strategisch';

export interface Quadrant {
  id: QuadrantId;
  label: string;
  /** Where the area lies in the chart, in words. */
  position: string;
  description: string;
}

/**
 * The sources draw the chart but give its four areas no names; these names are ours.
 * The descriptions only combine what the sources say about the axes and directions.
 */
export const quadrants: readonly Quadrant[] = [
  {
    id: 'strategisch',
    label: 'Strategische partner',
    position: 'Rechtsboven: veel invloed, geen alternatief',
    description:
      'Je hebt deze partner nodig en hij draagt veel bij. Zorg dat hij daar kan blijven, met afspraken voor meerdere jaren (plek Z).',
  },
  {
    id: 'afhankelijk-beperkt',
    label: 'Afhankelijk, weinig effect',
    position: 'Rechtsonder: weinig invloed, geen alternatief',
    description:
      'Draagt een partner minder bij dan gemiddeld, dan is het riskant als je niet zonder hem kunt. Werk aan meer effect (omhoog) of aan alternatieven (naar links).',
  },
  {
    id: 'vervangbaar-sterk',
    label: 'Sterk en vervangbaar',
    position: 'Linksboven: veel invloed, er zijn alternatieven',
    description:
      'De partner draagt veel bij en er zijn andere aanbieders. Die concurrentie houdt de prikkel voor kwaliteit en efficiëntie levend.',
  },
  {
    id: 'vervangbaar-beperkt',
    label: 'Beperkt en vervangbaar',
    position: 'Linksonder: weinig invloed, er zijn alternatieven',
    description:
      'De partner draagt weinig bij, maar je kunt hem missen. Hier past een zakelijke relatie. Je kunt ook kiezen om af te bouwen.',
  },
];

/* ------------------------------------------------------------------------------------------
 * Step 3: four directions of development
 * ---------------------------------------------------------------------------------------- */

export type DirectionId = 'omhoog' | 'omlaag' | 'links' | 'rechts';

export interface Direction {
  id: DirectionId;
  label: string;
  arrow: string;
  summary: string;
  when: string;
  examples: string[];
  /** Heading id on the page influenceAndDependency that explains this direction. */
  anchor: string;
}

export const directions: readonly Direction[] = [
  {
    id: 'omhoog',
    label: 'Investeren in effect',
    arrow: '↑',
    summary: 'Wat de partner doet, gaat meer opleveren voor het doel. Zijn invloed groeit.',
    when: 'Een partner draagt nu te weinig bij en staat onder de ambitielijn (plek X).',
    examples: [
      'innovatie',
      'betere kwaliteit',
      'professionalisering',
      'zakelijker sturen',
      'genoeg geld voor dit doel',
      'motivatie bij de partner voor het thema',
      'zekerheid over het geld voor meerdere jaren',
    ],
    anchor: 'omhoog-meer-effect',
  },
  {
    id: 'omlaag',
    label: 'Afbouwen of stoppen',
    arrow: '↓',
    summary: 'De samenwerking wordt kleiner of houdt op.',
    when: 'De bronnen noemen deze richting zonder uitgewerkt voorbeeld. Een voorbeeld: een partner die weinig bijdraagt en die je makkelijk kunt missen.',
    examples: ['de samenwerking afbouwen', 'de samenwerking beëindigen'],
    anchor: 'omlaag-afbouwen-of-stoppen',
  },
  {
    id: 'links',
    label: 'Minder afhankelijk worden',
    arrow: '←',
    summary:
      'Je zorgt dat ook andere partijen het werk kunnen doen. Door die concurrentie is de kans groter dat de partner goed en efficiënt werkt.',
    when: 'Je bent tamelijk afhankelijk van een partner die maar matig bijdraagt (plek Y).',
    examples: [
      'andere aanbieders toelaten in het werkgebied',
      'een deel van het werk bij een andere aanbieder afnemen',
      'andere organisaties vragen om voorstellen voor nieuwe werkwijzen',
    ],
    anchor: 'naar-links-minder-afhankelijk',
  },
  {
    id: 'rechts',
    label: 'Partnerschap vastleggen',
    arrow: '→',
    summary: 'Je legt een structureel partnerschap voor meerdere jaren vast.',
    when: 'Je kunt niet om de partner heen, of je wilt hem niet kwijt omdat hij veel aan het doel bijdraagt (plek Z).',
    examples: [
      'een convenant voor meerdere jaren',
      'samen een doel formuleren',
      'bestuurlijke of contractuele afspraken',
    ],
    anchor: 'naar-rechts-partnerschap-vastleggen',
  },
];

/* ------------------------------------------------------------------------------------------
 * Step 4: typical actions. Which direction and which form of relation each action fits, and
 * which actions never go together, is in relation-actions.ts (with a source per rule).
 * ---------------------------------------------------------------------------------------- */

export type ActionId =
  | 'tijdelijk-extra-investeren'
  | 'innovatie-of-kwaliteitssubsidie'
  | 'handhaven'
  | 'verbeteren-aantrekkelijk-maken'
  | 'uitvraag-aanpassen'
  | 'deel-elders-afnemen'
  | 'andere-aanbieders-toelaten'
  | 'voorstellen-uitnodigen'
  | 'samen-doel-en-afspraken'
  | 'meerjarige-afspraken'
  | 'ambassadeur'
  | 'afbouwen-of-beeindigen'
  | 'terug-naar-toezicht';

export interface Action {
  id: ActionId;
  label: string;
  explanation: string;
}

/** In the order the advice lists them when nothing else decides. */
export const actions: readonly Action[] = [
  {
    id: 'tijdelijk-extra-investeren',
    label: 'Tijdelijk extra investeren',
    explanation:
      'Investeer een tijd extra in de partner. Maak daarbij scherpere afspraken over de prestaties.',
  },
  {
    id: 'innovatie-of-kwaliteitssubsidie',
    label: 'Subsidie voor innovatie of kwaliteit',
    explanation:
      'Een subsidie die partners helpt om te vernieuwen of beter werk te leveren. Zo pak je meteen een hele groep relaties aan.',
  },
  {
    id: 'handhaven',
    label: 'Handhaven',
    explanation:
      'Houd toezicht op de regels van de vergunning en dwing verbetering af, zo nodig met dwangsommen.',
  },
  {
    id: 'verbeteren-aantrekkelijk-maken',
    label: 'Verbeteren aantrekkelijk maken',
    explanation:
      'Maak samen afspraken waardoor het voor de partner zelf ook lonend wordt om beter bij te dragen aan het doel.',
  },
  {
    id: 'uitvraag-aanpassen',
    label: 'Offerte-uitvraag of aanbesteding aanpassen',
    explanation:
      'Vraag in nieuwe offertes om samenwerking tussen partners. Of vraag offertes voor alle activiteiten samen; partners kunnen dan samen een offerte doen.',
  },
  {
    id: 'deel-elders-afnemen',
    label: 'Een deel elders afnemen',
    explanation:
      'Laat een deel van het werk doen door een andere aanbieder, via een nieuwe offerte-uitvraag of een aanbesteding.',
  },
  {
    id: 'andere-aanbieders-toelaten',
    label: 'Andere aanbieders toelaten',
    explanation:
      'Geef nieuwe aanbieders bewust een plek in je gemeente of regio. Inwoners kunnen dan kiezen, en de partner heeft een reden om beter te worden.',
  },
  {
    id: 'voorstellen-uitnodigen',
    label: 'Voorstellen voor nieuwe werkwijzen vragen',
    explanation:
      'Nodig ook andere organisaties uit om met nieuwe werkwijzen te komen. Misschien neemt het effect op het doel daardoor toe.',
  },
  {
    id: 'samen-doel-en-afspraken',
    label: 'Samen een doel en afspraken vastleggen',
    explanation:
      'Formuleer met de partner een gezamenlijk doel. Leg bestuurlijk of in een contract vast wie wat doet.',
  },
  {
    id: 'meerjarige-afspraken',
    label: 'Afspraken voor meerdere jaren',
    explanation:
      'Maak programma-afspraken of sluit een convenant voor meerdere jaren. Dan hoef je niet elk jaar opnieuw te onderhandelen en geeft het zekerheid over het geld.',
  },
  {
    id: 'ambassadeur',
    label: 'De partner als ambassadeur',
    explanation:
      'Spreek af dat een partner die het goed doet, anderen meekrijgt: organisaties die nog minder goed presteren.',
  },
  {
    id: 'afbouwen-of-beeindigen',
    label: 'Afbouwen of beëindigen',
    explanation: 'Maak de samenwerking kleiner of zet er een punt achter.',
  },
  {
    id: 'terug-naar-toezicht',
    label: 'Alleen nog vergunning en toezicht',
    explanation:
      'Stop met gezamenlijke plannen en houd de relatie bij wat de vergunning vraagt en het toezicht daarop. Een bedrijf dwingen te sluiten kan alleen in uitzonderlijke gevallen.',
  },
];

/* ------------------------------------------------------------------------------------------
 * Step 5: who maintains the relation
 * ---------------------------------------------------------------------------------------- */

export type MaintenanceRoleId = 'projectleider' | 'accounthouder' | 'contractmanager';

export interface MaintenanceRole {
  id: MaintenanceRoleId;
  label: string;
  whenToChoose: string;
  explanation: string;
}

export const maintenanceRoles: readonly MaintenanceRole[] = [
  {
    id: 'projectleider',
    label: 'Projectleider of beleidsmedewerker',
    whenToChoose:
      'Bij een strategisch partnerschap. Bijvoorbeeld met een partner die als enige in de regio dit werk kan doen, zoals een bibliotheek of een schoolbestuur.',
    explanation:
      'De projectleider of beleidsmedewerker die bij het doel hoort, onderhoudt de relatie. Er komt dan geen accounthouder bij.',
  },
  {
    id: 'accounthouder',
    label: 'Integraal accounthouder',
    whenToChoose:
      'Als een partner opdrachten uitvoert voor verschillende doelen. Of als je een partner in concurrentie benadert, maar ook wilt investeren in kwaliteit en effect.',
    explanation:
      'Eén persoon houdt de hele relatie bij en werkt nauw samen met de projectleiders of beleidsmedewerkers van de doelen. Hij praat ook mee over de inhoud. Dat past als jouw organisatie van plan is om meerdere jaren met de partner door te gaan. Is één beleidsdoel het belangrijkst? Dan kan de projectleider of beleidsmedewerker van dat doel de accounthouder zijn.',
  },
  {
    id: 'contractmanager',
    label: 'Contractbeheerder',
    whenToChoose:
      'Als een partner een opdracht in concurrentie uitvoert en niet van bijzonder strategisch belang is. Je bent dus niet erg van hem afhankelijk. Ook als je juist minder afhankelijk wilt worden.',
    explanation:
      'De relatie is zakelijk. Het gaat om het uitvoeren van het contract, niet om samen beleid maken.',
  },
];

/* ------------------------------------------------------------------------------------------
 * The five steps (manual, January 2019)
 * ---------------------------------------------------------------------------------------- */

export interface Step {
  number: number;
  title: string;
  whatToDo: string;
  whatYouProduce: string;
  /** Heading id on the page steps. */
  anchor: string;
}

export const steps: readonly Step[] = [
  {
    number: 1,
    title: 'Inventariseer je partners',
    whatToDo:
      'Zet alle partnerorganisaties op een rij die een rol spelen bij je doelen. Noteer per partner aan welk doel of resultaat hij moet bijdragen en welke vorm de relatie heeft.',
    whatYouProduce:
      'Een lijst met per partner: het doel of resultaat en de vorm van de relatie. Praktische ervaringen noteer je apart.',
    anchor: 'stap-1-inventariseer-je-partners',
  },
  {
    number: 2,
    title: 'Bepaal de positie van elke relatie',
    whatToDo:
      'Schat per partner in hoeveel invloed hij nu heeft op het doel en hoe afhankelijk je van hem bent.',
    whatYouProduce:
      'Een schema per doel of subdoel, met daarin de partners die aan dat doel werken.',
    anchor: 'stap-2-bepaal-de-positie-van-elke-relatie',
  },
  {
    number: 3,
    title: 'Kies de ontwikkelrichting',
    whatToDo:
      'Vergelijk elke positie met de ambitielijn. Kies per relatie of die omhoog, omlaag, naar links of naar rechts moet.',
    whatYouProduce: 'Per relatie een gewenste richting, als pijl in het schema.',
    anchor: 'stap-3-kies-de-ontwikkelrichting',
  },
  {
    number: 4,
    title: 'Plan acties',
    whatToDo:
      'Bedenk welke acties de gewenste beweging in gang zetten. Begin bij doelen waar meer effect dringend nodig is.',
    whatYouProduce: 'Een lijst met acties, in volgorde van prioriteit.',
    anchor: 'stap-4-plan-acties',
  },
  {
    number: 5,
    title: 'Regel het onderhoud van de relatie',
    whatToDo:
      'Spreek per partner af hoe je de relatie op lange termijn onderhoudt, en wie dat doet.',
    whatYouProduce:
      'Per partner een vaste contactpersoon: een projectleider of beleidsmedewerker, een accounthouder of een contractbeheerder.',
    anchor: 'stap-5-regel-het-onderhoud-van-de-relatie',
  },
];

/* ------------------------------------------------------------------------------------------
 * Look-ups
 * ---------------------------------------------------------------------------------------- */

export function directionById(id: DirectionId): Direction {
  const found = directions.find((direction) => direction.id === id);
  if (!found) throw new Error(`Unknown direction id: ${id}`);
  return found;
}

export function relationFormById(id: RelationForm): RelationFormInfo {
  const found = relationForms.find((form) => form.id === id);
  if (!found) throw new Error(`Unknown relation form: ${id}`);
  return found;
}

export function actionById(id: ActionId): Action {
  const found = actions.find((action) => action.id === id);
  if (!found) throw new Error(`Unknown action id: ${id}`);
  return found;
}
