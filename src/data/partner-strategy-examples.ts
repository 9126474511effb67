/**
 * Prepared inventories for the partner matrix. A course or a chapter opens one with
 * /instrumenten/partnermatrix/#voorbeeld=<id>. Each follows an example from the sources
 * (the Vide article on partner strategy and the manual of January 2019). Where a source gives
 * no numbers, the scores are chosen to match what it says, and the summary says so.
 *
 * Positions are checked against the default ambition line (the diagonal: required influence
 * equals dependency): a partner the source puts below the line scores lower on influence than
 * on dependency, and its target moves in the direction the source gives.
 */
import { defaultAmbition, type RelationForm } from './partner-strategy';

export type Urgency = 'hoog' | 'middel' | 'laag';

export interface MatrixExample {
  /** URL-safe id, used in #voorbeeld=<id>. */
  id: string;
  title: string;
  summary: string;
  state: {
    v: 1;
    goals: { id: string; name: string; urgency: Urgency }[];
    partners: {
      id: string;
      name: string;
      goalId: string;
      relation: RelationForm;
      /** 0–10 */
      influence: number;
      /** 0–10 */
      dependency: number;
      target?: { influence: number; dependency: number };
      notes: string;
    }[];
    ambition: { atNoDependency: number; atFullDependency: number };
  };
}

/** A fresh copy per example, so that an instrument that edits one cannot change another. */
const diagonal = () => ({ ...defaultAmbition });

export const matrixExamples: readonly MatrixExample[] = [
  {
    id: 'xyz',
    title: 'X, Y en Z',
    summary:
      'Drie verzonnen partners uit de bronnen, elk met een eigen richting: X omhoog, Y naar links en dan omhoog, Z vastleggen. De scores en vormen zijn een voorbeeld.',
    state: {
      v: 1,
      goals: [{ id: 'doel', name: 'Een maatschappelijk doel', urgency: 'middel' }],
      partners: [
        {
          id: 'x',
          name: 'Partner X',
          goalId: 'doel',
          relation: 'opdracht',
          influence: 2.5,
          dependency: 4,
          target: { influence: 6, dependency: 4 },
          notes:
            'Draagt vrij weinig bij aan het doel en staat onder de ambitielijn. Richting: omhoog, door de inzet effectiever te maken. Actie: tijdelijk extra investeren, met scherpere prestatieafspraken.',
        },
        {
          id: 'y',
          name: 'Partner Y',
          goalId: 'doel',
          relation: 'subsidie',
          influence: 5,
          dependency: 8,
          target: { influence: 7, dependency: 5 },
          notes:
            'Je bent tamelijk afhankelijk van Y. Richting: naar links, minder afhankelijk worden. Dat geeft Y meer prikkels om de kwaliteit te verbeteren, dus daarna omhoog. Actie: een deel van het werk bij een andere aanbieder afnemen.',
        },
        {
          id: 'z',
          name: 'Partner Z',
          goalId: 'doel',
          relation: 'subsidie',
          influence: 9.5,
          dependency: 8.5,
          target: { influence: 9.5, dependency: 9 },
          notes:
            'Zonder Z gaat het niet, en een vervanger is er niet. Richting: naar rechts, met vaste afspraken die meerdere jaren gelden. Dan kan Z je niet elk jaar opnieuw ‘gijzelen’. Actie: spreek samen een doel af en leg in een bestuurlijke afspraak of een contract vast wie wat doet.',
        },
      ],
      ambition: diagonal(),
    },
  },
  {
    id: 'schoolbestuur',
    title: 'Schoolbestuur en gelijke kansen',
    summary:
      'Een schoolbestuur doet nog niet veel voor gelijke kansen van kinderen. De gemeente wil dat het recht omhoog beweegt. De scores zijn een voorbeeld.',
    state: {
      v: 1,
      goals: [{ id: 'gelijke-kansen', name: 'Gelijke kansen voor ieder kind', urgency: 'hoog' }],
      partners: [
        {
          id: 'schoolbestuur',
          name: 'Schoolbestuur',
          goalId: 'gelijke-kansen',
          relation: 'subsidie',
          influence: 3,
          dependency: 7.5,
          target: { influence: 8.5, dependency: 7.5 },
          notes:
            'Plek X: dit bestuur doet nog niet zo veel voor gelijke kansen. Voor goed onderwijs kun je niet om de bestaande scholen heen, dus de afhankelijkheid blijft. Richting: recht omhoog. Hoe je dat bereikt, hangt af van de situatie. Misschien heeft het bestuur meer geld voor dit doel nodig, of meer zin in het thema. Of de zekerheid dat het geld er de komende jaren ook nog is.',
        },
      ],
      ambition: diagonal(),
    },
  },
  {
    id: 'welzijn',
    title: 'Regionale welzijnsinstelling',
    summary:
      'Een gemeente is afhankelijk van een grote welzijnsinstelling die in de regio bijna geen concurrenten heeft. Ze kiest voor meer concurrentie: naar links. De scores zijn een voorbeeld.',
    state: {
      v: 1,
      goals: [{ id: 'welzijn', name: 'Welzijnswerk voor inwoners', urgency: 'middel' }],
      partners: [
        {
          id: 'welzijnsinstelling',
          name: 'Grote regionale welzijnsinstelling',
          goalId: 'welzijn',
          relation: 'subsidie',
          influence: 5,
          dependency: 8.5,
          target: { influence: 5, dependency: 4 },
          notes:
            'Plek Y. De instelling is in de regio zo goed als de enige aanbieder. De gemeente wil inwoners zo veel mogelijk continuïteit bieden. Toch kan wat concurrentie goed zijn. Dan hebben inwoners iets te kiezen, en blijft de instelling werken aan kwaliteit, vernieuwing en efficiëntie. Richting: naar links. Actie: geef bewust ruimte aan nieuwe aanbieders in de regio.',
        },
      ],
      ambition: diagonal(),
    },
  },
  {
    id: 'bibliotheken',
    title: 'Bibliotheken en geletterdheid',
    summary:
      'De bibliotheek heeft veel invloed en is niet te vervangen (plek Z). Zorg dat ze daar blijft, met een convenant voor meerdere jaren. De scores zijn een voorbeeld.',
    state: {
      v: 1,
      goals: [
        {
          id: 'geletterdheid',
          name: 'Geletterdheid en digitale vaardigheid',
          urgency: 'middel',
        },
      ],
      partners: [
        {
          id: 'bibliotheek',
          name: 'Bibliotheek',
          goalId: 'geletterdheid',
          relation: 'subsidie',
          influence: 9,
          dependency: 8,
          target: { influence: 9, dependency: 8.5 },
          notes:
            'Plek Z. Dankzij expertise, onafhankelijkheid en een lage drempel draagt de bibliotheek veel bij, zodat meer mensen kunnen meedoen. Concurrentie bevorderen is hier niet slim: de kracht zit in herkenbaarheid, onafhankelijkheid en de band met de gemeenschap in de buurt. Richting: naar rechts. Actie: een convenant voor meerdere jaren, naast genoeg middelen.',
        },
      ],
      ambition: diagonal(),
    },
  },
  {
    id: 'industrie',
    title: 'Industrie en een gezonde leefomgeving',
    summary:
      'Twee industriële bedrijven waar de overheid niet omheen kan: één op plek X die omhoog moet, één op plek Z die ambassadeur kan worden. De scores zijn een voorbeeld.',
    state: {
      v: 1,
      goals: [{ id: 'leefomgeving', name: 'Gezonde leefomgeving', urgency: 'hoog' }],
      partners: [
        {
          id: 'bedrijf-x',
          name: 'Industrieel bedrijf op plek X',
          goalId: 'leefomgeving',
          relation: 'vergunning',
          influence: 2,
          dependency: 8,
          target: { influence: 8.5, dependency: 8 },
          notes:
            'De vergunning geldt voor meerdere jaren. Het bedrijf stoot vervuilende stoffen uit. Je bent afhankelijk: het bedrijf heeft een vergunning, geeft werk, betaalt belasting en heeft in dure installaties geïnvesteerd. Richting: omhoog. Dat kan door te handhaven met dwangsommen, of door samen afspraken te maken die gezonder produceren aantrekkelijker maken.',
        },
        {
          id: 'bedrijf-z',
          name: 'Industrieel bedrijf op plek Z',
          goalId: 'leefomgeving',
          relation: 'vergunning',
          influence: 8.5,
          dependency: 8,
          notes:
            'De vergunning geldt voor meerdere jaren. Dit bedrijf hecht zelf ook aan een gezonde leefomgeving, of doet op zijn minst mee met wat de overheid onderneemt. Idee: spreek af dat het als ambassadeur optreedt voor bedrijven die minder gezond produceren.',
        },
      ],
      ambition: diagonal(),
    },
  },
  {
    id: 'jongerenwerk',
    title: 'Jeugd- en jongerenwerk met drie organisaties',
    summary:
      'Een gemeente doet het jeugd- en jongerenwerk met drie organisaties, elk voor andere activiteiten. Alle drie staan in één schema. De organisaties, activiteiten en scores zijn een voorbeeld.',
    state: {
      v: 1,
      goals: [{ id: 'jongerenwerk', name: 'Jeugd- en jongerenwerk', urgency: 'middel' }],
      partners: [
        {
          id: 'organisatie-a',
          name: 'Organisatie A (jongerencentrum)',
          goalId: 'jongerenwerk',
          relation: 'opdracht',
          influence: 7,
          dependency: 6,
          notes:
            'Boven de ambitielijn. Vraag: sluiten de activiteiten van A, B en C goed op elkaar aan?',
        },
        {
          id: 'organisatie-b',
          name: 'Organisatie B (jongerenwerk op straat)',
          goalId: 'jongerenwerk',
          relation: 'opdracht',
          influence: 4,
          dependency: 7,
          target: { influence: 6.5, dependency: 5 },
          notes:
            'Onder de ambitielijn. Richting: naar links en omhoog. Actie: vraag in nieuwe offertes om samenwerking, of vraag offertes voor alle activiteiten samen.',
        },
        {
          id: 'organisatie-c',
          name: 'Organisatie C (activiteiten voor kinderen)',
          goalId: 'jongerenwerk',
          relation: 'opdracht',
          influence: 3.5,
          dependency: 2.5,
          target: { influence: 5, dependency: 2.5 },
          notes:
            'Net boven de ambitielijn, goed te vervangen. Richting: omhoog, door betere aansluiting op het werk van A en B.',
        },
      ],
      ambition: diagonal(),
    },
  },
];

export function matrixExampleById(id: string): MatrixExample | undefined {
  return matrixExamples.find((example) => example.id === id);
}
