/**
 * What the chapters of the partner strategy explain about each part of the method: the
 * sentences that the instruments do not show. The parts themselves (ids, labels, arrows,
 * anchors) are in partner-strategy.ts; keeping this prose apart keeps it out of the scripts
 * of the partner matrix and the ambition-line check, which every reader of those pages loads.
 * Each text lives here once; the chapter components render it.
 *
 * Pure TypeScript: no Astro, no DOM. All visible text is Dutch (B1).
 */
import type { DirectionId, MaintenanceRoleId, QuadrantId, RelationForm } from './partner-strategy';

/** Step 1: what each form of relation means. */
export const relationFormExplanations: Record<RelationForm, string> = {
  subsidie: 'Je organisatie geeft de partner geld voor activiteiten die aan het doel bijdragen.',
  opdracht:
    'Je organisatie betaalt de partner om werk voor je te doen, bijvoorbeeld na een offerte-uitvraag of een aanbesteding.',
  'bestuurlijke-afspraken':
    'Bestuurders leggen samen afspraken vast, bijvoorbeeld in een convenant. Geld hoeft daarbij niet mee te spelen: een partner kan ook op eigen kosten meedoen.',
  vergunning:
    'Je organisatie heeft de partner een vergunning gegeven. Denk aan een fabriek met een milieuvergunning.',
  anders:
    'Een andere vorm, bijvoorbeeld losse contacten zonder geld of vaste afspraken. Schrijf in de opmerkingen welke vorm het is.',
};

/** Step 2: what each axis measures, and a question that helps you score a partner on it. */
export const axisGuide: Record<
  'influence' | 'dependency',
  { explanation: string; question: string }
> = {
  influence: {
    explanation:
      'Hoeveel de partner bijdraagt aan het maatschappelijke effect, de doelen en de resultaten die je wilt bereiken. Dit is de verticale as.',
    question: 'Hoeveel draagt deze partner nu bij aan het doel of resultaat waarvoor je hem inzet?',
  },
  dependency: {
    explanation:
      'Hoe moeilijk je deze partner kunt missen: is er een andere partij die het werk kan doen? Dit is de horizontale as.',
    question:
      'Stel dat deze partner wegvalt. Hoe makkelijk vind je dan een ander voor dit werk, of bouw je er een op?',
  },
};

/**
 * The four areas of the chart: where each lies, in words, and what it means. The sources draw
 * the chart but give its areas no names; the descriptions only combine what the sources say
 * about the axes and directions.
 */
export const quadrantGuide: Record<QuadrantId, { position: string; description: string }> = {
  strategisch: {
    position: 'Rechtsboven: veel invloed, geen alternatief',
    description:
      'Je hebt deze partner nodig en hij draagt veel bij. Zorg dat hij daar kan blijven, met afspraken voor meerdere jaren (plek Z).',
  },
  'afhankelijk-beperkt': {
    position: 'Rechtsonder: weinig invloed, geen alternatief',
    description:
      'Draagt een partner minder bij dan gemiddeld, dan is het riskant als je niet zonder hem kunt. Werk aan meer effect (omhoog) of aan alternatieven (naar links).',
  },
  'vervangbaar-sterk': {
    position: 'Linksboven: veel invloed, er zijn alternatieven',
    description:
      'De partner draagt veel bij en er zijn andere aanbieders. Die concurrentie houdt de prikkel voor kwaliteit en efficiëntie levend.',
  },
  'vervangbaar-beperkt': {
    position: 'Linksonder: weinig invloed, er zijn alternatieven',
    description:
      'De partner draagt weinig bij, maar je kunt hem missen. Hier past een zakelijke relatie. Je kunt ook kiezen om af te bouwen.',
  },
};

/** Step 3: what each direction means, when it fits, and ways to get there. */
export const directionGuide: Record<
  DirectionId,
  { summary: string; when: string; examples: readonly string[] }
> = {
  omhoog: {
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
  },
  omlaag: {
    summary: 'De samenwerking wordt kleiner of houdt op.',
    when: 'De bronnen noemen deze richting zonder uitgewerkt voorbeeld. Een voorbeeld: een partner die weinig bijdraagt en die je makkelijk kunt missen.',
    examples: ['de samenwerking afbouwen', 'de samenwerking beëindigen'],
  },
  links: {
    summary:
      'Je zorgt dat ook andere partijen het werk kunnen doen. Door die concurrentie is de kans groter dat de partner goed en efficiënt werkt.',
    when: 'Je bent tamelijk afhankelijk van een partner die maar matig bijdraagt (plek Y).',
    examples: [
      'andere aanbieders toelaten in het werkgebied',
      'een deel van het werk bij een andere aanbieder afnemen',
      'andere organisaties vragen om voorstellen voor nieuwe werkwijzen',
    ],
  },
  rechts: {
    summary: 'Je legt een structureel partnerschap voor meerdere jaren vast.',
    when: 'Je kunt niet om de partner heen, of je wilt hem niet kwijt omdat hij veel aan het doel bijdraagt (plek Z).',
    examples: [
      'een convenant voor meerdere jaren',
      'samen een doel formuleren',
      'bestuurlijke of contractuele afspraken',
    ],
  },
};

/** Step 5: when to choose each role, and what it involves. */
export const maintenanceRoleGuide: Record<
  MaintenanceRoleId,
  { whenToChoose: string; explanation: string }
> = {
  projectleider: {
    whenToChoose:
      'Bij een strategisch partnerschap. Bijvoorbeeld met een partner die als enige in de regio dit werk kan doen, zoals een bibliotheek of een schoolbestuur.',
    explanation:
      'De projectleider of beleidsmedewerker die bij het doel hoort, onderhoudt de relatie. Er komt dan geen accounthouder bij.',
  },
  accounthouder: {
    whenToChoose:
      'Als een partner opdrachten uitvoert voor verschillende doelen. Of als je een partner in concurrentie benadert, maar ook wilt investeren in kwaliteit en effect.',
    explanation:
      'Eén persoon houdt de hele relatie bij en werkt nauw samen met de projectleiders of beleidsmedewerkers van de doelen. Hij praat ook mee over de inhoud. Dat past als jouw organisatie van plan is om meerdere jaren met de partner door te gaan. Is één beleidsdoel het belangrijkst? Dan kan de projectleider of beleidsmedewerker van dat doel de accounthouder zijn.',
  },
  contractmanager: {
    whenToChoose:
      'Als een partner een opdracht in concurrentie uitvoert en niet van bijzonder strategisch belang is. Je bent dus niet erg van hem afhankelijk. Ook als je juist minder afhankelijk wilt worden.',
    explanation:
      'De relatie is zakelijk. Het gaat om het uitvoeren van het contract, niet om samen beleid maken.',
  },
};
