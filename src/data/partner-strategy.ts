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
}

export const relationForms: readonly RelationFormInfo[] = [
  {
    id: 'subsidie',
    label: 'Subsidie',
  },
  {
    id: 'opdracht',
    label: 'Opdracht',
  },
  {
    id: 'bestuurlijke-afspraken',
    label: 'Bestuurlijke afspraken',
  },
  {
    id: 'vergunning',
    label: 'Vergunning',
  },
  {
    id: 'anders',
    label: 'Anders',
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
}

export const axes: { influence: Axis; dependency: Axis } = {
  influence: {
    label: 'Invloed op het doel',
    low: 'Weinig invloed',
    high: 'Veel invloed',
  },
  dependency: {
    label: 'Afhankelijkheid',
    low: 'Er zijn alternatieven',
    high: 'Geen alternatief',
  },
};

export type QuadrantId =
  'vervangbaar-beperkt' | 'vervangbaar-sterk' | 'afhankelijk-beperkt' | 'strategisch';

export interface Quadrant {
  id: QuadrantId;
  label: string;
}

/**
 * The sources draw the chart but give its four areas no names; these names are ours.
 * The descriptions of the areas are in partner-strategy-guide.ts.
 */
export const quadrants: readonly Quadrant[] = [
  {
    id: 'strategisch',
    label: 'Strategische partner',
  },
  {
    id: 'afhankelijk-beperkt',
    label: 'Afhankelijk, weinig effect',
  },
  {
    id: 'vervangbaar-sterk',
    label: 'Sterk en vervangbaar',
  },
  {
    id: 'vervangbaar-beperkt',
    label: 'Beperkt en vervangbaar',
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
  /** Heading id on the page influenceAndDependency that explains this direction. */
  anchor: string;
}

export const directions: readonly Direction[] = [
  {
    id: 'omhoog',
    label: 'Investeren in effect',
    arrow: '↑',
    anchor: 'omhoog-meer-effect',
  },
  {
    id: 'omlaag',
    label: 'Afbouwen of stoppen',
    arrow: '↓',
    anchor: 'omlaag-afbouwen-of-stoppen',
  },
  {
    id: 'links',
    label: 'Minder afhankelijk worden',
    arrow: '←',
    anchor: 'naar-links-minder-afhankelijk',
  },
  {
    id: 'rechts',
    label: 'Partnerschap vastleggen',
    arrow: '→',
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
}

/** In the order the advice lists them when nothing else decides. */
export const actions: readonly Action[] = [
  { id: 'tijdelijk-extra-investeren', label: 'Tijdelijk extra investeren' },
  { id: 'innovatie-of-kwaliteitssubsidie', label: 'Subsidie voor innovatie of kwaliteit' },
  { id: 'handhaven', label: 'Handhaven' },
  { id: 'verbeteren-aantrekkelijk-maken', label: 'Verbeteren aantrekkelijk maken' },
  { id: 'uitvraag-aanpassen', label: 'Offerte-uitvraag of aanbesteding aanpassen' },
  { id: 'deel-elders-afnemen', label: 'Een deel elders afnemen' },
  { id: 'andere-aanbieders-toelaten', label: 'Andere aanbieders toelaten' },
  { id: 'voorstellen-uitnodigen', label: 'Voorstellen voor nieuwe werkwijzen vragen' },
  { id: 'samen-doel-en-afspraken', label: 'Samen een doel en afspraken vastleggen' },
  { id: 'meerjarige-afspraken', label: 'Afspraken voor meerdere jaren' },
  { id: 'ambassadeur', label: 'De partner als ambassadeur' },
  { id: 'afbouwen-of-beeindigen', label: 'Afbouwen of beëindigen' },
  { id: 'terug-naar-toezicht', label: 'Alleen nog vergunning en toezicht' },
];

/* ------------------------------------------------------------------------------------------
 * Step 5: who maintains the relation
 * ---------------------------------------------------------------------------------------- */

export type MaintenanceRoleId = 'projectleider' | 'accounthouder' | 'contractmanager';

export interface MaintenanceRole {
  id: MaintenanceRoleId;
  label: string;
}

export const maintenanceRoles: readonly MaintenanceRole[] = [
  {
    id: 'projectleider',
    label: 'Projectleider of beleidsmedewerker',
  },
  {
    id: 'accounthouder',
    label: 'Integraal accounthouder',
  },
  {
    id: 'contractmanager',
    label: 'Contractbeheerder',
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

/**
 * The heading id of each step on the page steps. Kept apart from the steps' texts, so the
 * instruments can link to a step without carrying those texts in their scripts.
 */
export const stepAnchors = [
  'stap-1-inventariseer-je-partners',
  'stap-2-bepaal-de-positie-van-elke-relatie',
  'stap-3-kies-de-ontwikkelrichting',
  'stap-4-plan-acties',
  'stap-5-regel-het-onderhoud-van-de-relatie',
] as const;

export const steps: readonly Step[] = [
  {
    number: 1,
    title: 'Inventariseer je partners',
    whatToDo:
      'Zet alle partnerorganisaties op een rij die een rol spelen bij je doelen. Noteer per partner aan welk doel of resultaat hij moet bijdragen en welke vorm de relatie heeft.',
    whatYouProduce:
      'Een lijst met per partner: het doel of resultaat en de vorm van de relatie. Praktische ervaringen noteer je apart.',
    anchor: stepAnchors[0],
  },
  {
    number: 2,
    title: 'Bepaal de positie van elke relatie',
    whatToDo:
      'Schat per partner in hoeveel invloed hij nu heeft op het doel en hoe afhankelijk je van hem bent.',
    whatYouProduce:
      'Een schema per doel of subdoel, met daarin de partners die aan dat doel werken.',
    anchor: stepAnchors[1],
  },
  {
    number: 3,
    title: 'Kies de ontwikkelrichting',
    whatToDo:
      'Vergelijk elke positie met de ambitielijn. Kies per relatie of die omhoog, omlaag, naar links of naar rechts moet.',
    whatYouProduce: 'Per relatie een gewenste richting, als pijl in het schema.',
    anchor: stepAnchors[2],
  },
  {
    number: 4,
    title: 'Plan acties',
    whatToDo:
      'Bedenk welke acties de gewenste beweging in gang zetten. Begin bij doelen waar meer effect dringend nodig is.',
    whatYouProduce: 'Een lijst met acties, in volgorde van prioriteit.',
    anchor: stepAnchors[3],
  },
  {
    number: 5,
    title: 'Regel het onderhoud van de relatie',
    whatToDo:
      'Spreek per partner af hoe je de relatie op lange termijn onderhoudt, en wie dat doet.',
    whatYouProduce:
      'Per partner een vaste contactpersoon: een projectleider of beleidsmedewerker, een accounthouder of een contractbeheerder.',
    anchor: stepAnchors[4],
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
