/**
 * The Partnership Capability Model of Common Eye, as typed data. The chapter
 * /samenwerkingsvermogen/ renders its domains, conditions and statements from here, and the
 * quick scan uses the same ids and words, so a change in wording is made once.
 *
 * Common Eye's article names the four domains and says there are twelve conditions, but does not
 * name the conditions. The twelve below are derived by Partnerwijzer from Common Eye's description
 * of the domains (three per domain), and the statements are ours; the site says so
 * (`derivedNote`).
 *
 * Ids are stable: they go into share links and saved answers. Change wording freely, never an id.
 * A statement whose meaning changes gets a new id; the old one moves to `retired`, so saved
 * answers to it are set aside (shown, not scored) instead of being read as answers to the new one.
 * Pure TypeScript: no Astro, no Preact, no DOM. All visible text is Dutch (B1).
 */

/** A statement a respondent rates on the agreement scale; agreeing means a stronger capability. */
export interface Statement {
  id: string;
  text: string;
}

export interface Condition {
  id: string;
  name: string;
  /** What the condition means, in one or two sentences. */
  meaning: string;
  /** Heading id of this condition in the chapter. */
  anchor: string;
  /** Two statements, three where one question was split in two. */
  statements: readonly Statement[];
  /** Statements no longer asked, with the ones that took their place. */
  retired?: readonly (Statement & { replacedBy: readonly string[] })[];
}

export interface Domain {
  id: string;
  name: string;
  /** What the domain covers, in two or three sentences. */
  covers: string;
  /** Heading id of this domain in the chapter (the slug of its Markdown heading). */
  anchor: string;
  conditions: [Condition, Condition, Condition];
}

/** Where the chapter lives, relative to the site's base path. Anchors are heading ids there. */
export const capabilityChapterPath = 'samenwerkingsvermogen/';

export const capabilityModel: {
  id: 'samenwerkingsvermogen';
  title: string;
  derivedNote: string;
  domains: readonly Domain[];
} = {
  id: 'samenwerkingsvermogen',
  title: 'Partnership Capability Model',
  derivedNote:
    'Het artikel van Common Eye spreekt van twaalf condities, maar noemt hun namen niet. De namen en de uitleg van de twaalf condities zijn daarom van Partnerwijzer: we hebben ze afgeleid uit de manier waarop Common Eye de vier domeinen beschrijft, drie per domein. Ook de stellingen bij elke conditie zijn van ons.',
  domains: [
    {
      id: 'leiderschap-cultuur',
      name: 'Leiderschap en cultuur',
      covers:
        'De leiding en de cultuur bepalen het klimaat waarin partnerships moeten ontstaan. Leiders beslissen over geld, visie, strategie en de inrichting van de organisatie, en ze zijn het gezicht naar buiten. De cultuur bepaalt of een samenwerking de tijd, de ruimte en het vertrouwen krijgt om te groeien.',
      anchor: 'leiderschap-en-cultuur',
      conditions: [
        {
          id: 'commitment-leiding',
          name: 'Commitment van de leiding',
          meaning:
            'De formele leiding staat achter partnerships en maakt er echt werk van. Ze houdt er rekening mee als ze beslist over investeringen, visie, strategie en de inrichting en sturing van de organisatie.',
          anchor: 'commitment-leiding',
          statements: [
            {
              id: 'commitment-leiding-3',
              text: 'De leiding van mijn organisatie trekt geld uit voor partnerships.',
            },
            {
              id: 'commitment-leiding-4',
              text: 'De leiding van mijn organisatie geeft mensen de tijd om aan partnerships te werken.',
            },
            {
              id: 'commitment-leiding-2',
              text: 'Bij keuzes over visie, strategie en inrichting van de organisatie houdt de leiding rekening met partnerships.',
            },
          ],
          retired: [
            {
              id: 'commitment-leiding-1',
              text: 'De leiding van mijn organisatie maakt geld en tijd vrij voor partnerships.',
              replacedBy: ['commitment-leiding-3', 'commitment-leiding-4'],
            },
          ],
        },
        {
          id: 'voorbeeldrol-leiding',
          name: 'Leiders als boegbeeld',
          meaning:
            'Leiders laten zichtbaar merken dat samenwerken met partners ertoe doet. Met wat ze zeggen en doen, geven ze partnerships ook een symbolisch gewicht.',
          anchor: 'voorbeeldrol-leiding',
          statements: [
            {
              id: 'voorbeeldrol-leiding-1',
              text: 'De leiders in mijn organisatie laten binnen en buiten merken dat partnerships belangrijk zijn.',
            },
            {
              id: 'voorbeeldrol-leiding-2',
              text: 'De leiders in mijn organisatie geven zelf het goede voorbeeld in de omgang met partners.',
            },
          ],
        },
        {
          id: 'samenwerkingscultuur',
          name: 'Een cultuur die samenwerken draagt',
          meaning:
            'De cultuur geeft ruimte aan gelijkwaardigheid, vertrouwen, geduld, een duidelijk doel en experiment. Mensen zeggen wat hun belangen zijn en gaan een lastig gesprek niet uit de weg.',
          anchor: 'samenwerkingscultuur',
          statements: [
            {
              id: 'samenwerkingscultuur-1',
              text: 'In mijn organisatie krijgt een partnership de tijd om te groeien, ook als het nog niet direct iets oplevert.',
            },
            {
              id: 'samenwerkingscultuur-3',
              text: 'Mensen in mijn organisatie werken met partners vanuit vertrouwen, niet vanuit controle.',
            },
            {
              id: 'samenwerkingscultuur-4',
              text: 'Mensen in mijn organisatie zeggen tegen partners eerlijk wat hun eigen belangen zijn.',
            },
          ],
          retired: [
            {
              id: 'samenwerkingscultuur-2',
              text: 'Mensen in mijn organisatie werken met partners vanuit vertrouwen en zijn open over hun belangen.',
              replacedBy: ['samenwerkingscultuur-3', 'samenwerkingscultuur-4'],
            },
          ],
        },
      ],
    },
    {
      id: 'ambitie-strategie',
      name: 'Partnershipambitie en -strategie',
      covers:
        'Of je organisatie weet wat ze met partnerships wil bereiken, en daar bewust naar kiest. Veel samenwerkingen ontstaan min of meer bij toeval. Een doordachte strategie zegt waarover en onder welke voorwaarden je partners zoekt, wanneer je het alleen doet en hoe je een aantrekkelijke partner bent.',
      anchor: 'partnershipambitie-en-strategie',
      conditions: [
        {
          id: 'heldere-ambitie',
          name: 'Een heldere ambitie',
          meaning:
            'Je organisatie weet wat ze met partnerships wil bereiken. Ze weet ook hoe die partnerships bijdragen aan haar eigen ambities en doelen.',
          anchor: 'heldere-ambitie',
          statements: [
            {
              id: 'heldere-ambitie-1',
              text: 'Mijn organisatie weet wat ze met partnerships wil bereiken.',
            },
            {
              id: 'heldere-ambitie-2',
              text: 'Van elk partnership van mijn organisatie is duidelijk aan welk doel het bijdraagt.',
            },
          ],
        },
        {
          id: 'bewuste-keuzes',
          name: 'Bewuste keuzes',
          meaning:
            'Je organisatie kiest met zorg op welke onderwerpen en onder welke voorwaarden ze partners zoekt. Ze weegt af of de afhankelijkheid en de investering het waard zijn, of dat ze het beter alleen doet.',
          anchor: 'bewuste-keuzes',
          statements: [
            {
              id: 'bewuste-keuzes-1',
              text: 'Mijn organisatie kiest bewust op welke onderwerpen ze wel en niet met partners werkt.',
            },
            {
              id: 'bewuste-keuzes-2',
              text: 'Voordat mijn organisatie een partnership aangaat, weegt ze af of de investering en de afhankelijkheid het waard zijn.',
            },
          ],
        },
        {
          id: 'aantrekkelijke-partner',
          name: 'Een aantrekkelijke partner zijn',
          meaning:
            'Je organisatie weet hoe ze zich neerzet als een partij waarmee anderen graag samenwerken.',
          anchor: 'aantrekkelijke-partner',
          statements: [
            {
              id: 'aantrekkelijke-partner-1',
              text: 'Mijn organisatie weet wat ze partners te bieden heeft.',
            },
            {
              id: 'aantrekkelijke-partner-2',
              text: 'Andere organisaties werken graag met mijn organisatie samen.',
            },
          ],
        },
      ],
    },
    {
      id: 'organisatie-sturing',
      name: 'Organisatie en sturing',
      covers:
        'Hoe je organisatie als geheel stuurt op al haar partnerships, in plaats van dat het afhangt van losse personen. Daarbij horen heldere processen, criteria die iedereen deelt en een duidelijke manier van besluiten. Ook leert de organisatie van ervaringen en werkt ze zo aan haar eigen samenwerkingsvermogen.',
      anchor: 'organisatie-en-sturing',
      conditions: [
        {
          id: 'sturing-portfolio',
          name: 'Sturing op de portfolio',
          meaning:
            'De organisatie houdt samen zicht op hoe al haar partnerships zich ontwikkelen en waar blinde vlekken zitten. Heldere processen, gedeelde criteria en een duidelijke manier van besluiten helpen daarbij.',
          anchor: 'sturing-portfolio',
          statements: [
            {
              id: 'sturing-portfolio-1',
              text: 'Mijn organisatie heeft overzicht over hoe al haar partnerships zich ontwikkelen.',
            },
            {
              id: 'sturing-portfolio-2',
              text: 'Mijn organisatie besluit over partnerships volgens heldere processen en criteria die iedereen deelt.',
            },
          ],
        },
        {
          id: 'interne-afstemming',
          name: 'Interne afstemming',
          meaning:
            'Collega’s die met dezelfde partner te maken hebben, stemmen goed met elkaar af. Wie aan partnerships werkt, weet de anderen in de organisatie te vinden.',
          anchor: 'interne-afstemming',
          statements: [
            {
              id: 'interne-afstemming-1',
              text: 'Collega’s die met dezelfde partner werken, stemmen hun aanpak goed met elkaar af.',
            },
            {
              id: 'interne-afstemming-2',
              text: 'Mensen die in mijn organisatie aan partnerships werken, weten elkaar goed te vinden.',
            },
          ],
        },
        {
          id: 'leren-van-ervaring',
          name: 'Leren van ervaring',
          meaning:
            'De organisatie leert van eigen ervaringen en die van collega’s, en bouwt samen kennis over samenwerken op. Zo kijkt ze geregeld of haar samenwerkingsvermogen beter kan.',
          anchor: 'leren-van-ervaring',
          statements: [
            {
              id: 'leren-van-ervaring-1',
              text: 'Mensen in mijn organisatie leren van hun eigen ervaringen met partnerships en van die van collega’s.',
            },
            {
              id: 'leren-van-ervaring-2',
              text: 'Kennis over samenwerken wordt in mijn organisatie vastgelegd en gedeeld.',
            },
          ],
        },
      ],
    },
    {
      id: 'vaardigheden-tools-systemen',
      name: 'Vaardigheden, tools en systemen',
      covers:
        'Of de mensen die in partnerships werken daarvoor goed zijn toegerust. Samenwerken is een vaardigheid die je kunt leren, geen aangeboren gave. Blijvende aandacht voor training en opleiding en handige tools helpen daarbij.',
      anchor: 'vaardigheden-tools-en-systemen',
      conditions: [
        {
          id: 'toegeruste-mensen',
          name: 'Toegeruste mensen',
          meaning:
            'De mensen die namens de organisatie in partnerships werken, hebben de vaardigheden die daarvoor nodig zijn. De organisatie ziet samenwerken als een vaardigheid van strategisch belang.',
          anchor: 'toegeruste-mensen',
          statements: [
            {
              id: 'toegeruste-mensen-1',
              text: 'De mensen die namens mijn organisatie in partnerships werken, hebben daarvoor de juiste vaardigheden.',
            },
            {
              id: 'toegeruste-mensen-2',
              text: 'Mijn organisatie ziet goed kunnen samenwerken als een vaardigheid van strategisch belang.',
            },
          ],
        },
        {
          id: 'training-opleiding',
          name: 'Structureel leren samenwerken',
          meaning:
            'Samenwerken is iets wat je ontwikkelt, geen talent dat je bij je geboorte meekrijgt. Daarom is er blijvend aandacht voor training en opleiding.',
          anchor: 'training-opleiding',
          statements: [
            {
              id: 'training-opleiding-1',
              text: 'Mijn organisatie biedt blijvend training of opleiding in samenwerken met partners.',
            },
            {
              id: 'training-opleiding-2',
              text: 'In mijn organisatie geldt samenwerken als iets wat je kunt leren, niet als een aangeboren talent.',
            },
          ],
        },
        {
          id: 'tools-systemen',
          name: 'Behulpzame tools en systemen',
          meaning:
            'Mensen hebben tools en systemen die het werk in partnerships makkelijker maken.',
          anchor: 'tools-systemen',
          statements: [
            {
              id: 'tools-systemen-1',
              text: 'Mensen in mijn organisatie hebben handige tools voor hun werk in partnerships.',
            },
            {
              id: 'tools-systemen-2',
              text: 'De systemen van mijn organisatie ondersteunen het werk met partners.',
            },
          ],
        },
      ],
    },
  ],
};

export function domainById(id: string): Domain {
  const found = capabilityModel.domains.find((domain) => domain.id === id);
  if (!found) throw new Error(`Unknown capability domain id: ${id}`);
  return found;
}
