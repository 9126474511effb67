/**
 * Where each rule of relation-actions.ts comes from: per rule, per exclusion and per form of
 * relation the source text and the place in it, and the reason two actions do not go together.
 * The chapter shows these next to the rules. They live apart from the rules so that the script
 * of the partner matrix, which applies the rules, does not carry them (a test checks that every
 * rule has exactly one source here).
 *
 * Pure TypeScript: no Astro, no DOM. Visible text is Dutch (B1).
 */
import type { RelationForm } from './partner-strategy';
import type { ExclusionId } from './relation-actions';
import type { SourceId } from './sources';

/** Where a rule comes from: a source text and the place in it (Dutch, as a reader finds it). */
export interface SourceRef {
  source: SourceId;
  where: string;
}

const handleiding = (where: string): SourceRef => ({
  source: 'handleiding-partnerstrategie',
  where,
});
const artikel = (where: string): SourceRef => ({ source: 'vide-partnerstrategie', where });

/** Per rule, by ruleKey ("action direction"). */
export const ruleSources: Readonly<Record<string, SourceRef>> = {
  'tijdelijk-extra-investeren omhoog': handleiding('stap 4, de beweging van X'),
  'innovatie-of-kwaliteitssubsidie omhoog': handleiding(
    'stap 4, instrumenten voor een hele groep relaties',
  ),
  'handhaven omhoog': artikel('voorbeeld 4, industriële bedrijven'),
  'verbeteren-aantrekkelijk-maken omhoog': artikel('voorbeeld 4, industriële bedrijven'),
  'uitvraag-aanpassen omhoog': handleiding(
    'stap 3, drie organisaties in het jeugd- en jongerenwerk',
  ),
  'uitvraag-aanpassen links': handleiding('stap 4, andere offerte-uitvragen of aanbestedingen'),
  'deel-elders-afnemen links': handleiding('stap 4, de beweging van Y'),
  'andere-aanbieders-toelaten links': artikel('voorbeeld 2, een welzijnsinstelling'),
  'voorstellen-uitnodigen links': handleiding('stap 3, het voorbeeld welzijnswerk'),
  'voorstellen-uitnodigen omhoog': handleiding('stap 3, het voorbeeld welzijnswerk'),
  'samen-doel-en-afspraken rechts': handleiding('stap 4, de beweging van Z'),
  'meerjarige-afspraken rechts': artikel('voorbeeld 3, bibliotheken'),
  'meerjarige-afspraken omhoog': artikel('voorbeeld 1, een schoolbestuur'),
  'ambassadeur rechts': artikel('voorbeeld 4, een bedrijf op plek Z'),
  'afbouwen-of-beeindigen omlaag': handleiding('stap 3, de richting omlaag'),
  'terug-naar-toezicht omlaag': artikel('voorbeeld 4, sluiten alleen in uitzonderlijke gevallen'),
};

/** Why two groups of actions do not go together (Dutch, one sentence), and where that comes from. */
export const exclusionSources: Readonly<Record<ExclusionId, { reason: string; basis: SourceRef }>> =
  {
    'vastleggen-tegenover-concurrentie': {
      reason:
        'Wie een partner voor jaren zekerheid geeft, gaat niet tegelijk concurrenten voor hem zoeken.',
      basis: artikel('voorbeeld 3, bibliotheken: concurrentie bevorderen is daar niet slim'),
    },
    'afbouwen-tegenover-investeren': {
      reason: 'Een relatie die je afbouwt, geef je niet tegelijk extra geld of nieuwe afspraken.',
      basis: handleiding('stap 3, omhoog en omlaag als tegengestelde richtingen'),
    },
    'handhaven-tegenover-ambassadeur': {
      reason:
        'Een bedrijf dat je met dwangsommen tot verbetering dwingt, is nog geen voorbeeld voor anderen.',
      basis: artikel('voorbeeld 4, een bedrijf op plek X en een op plek Z'),
    },
  };

/** Where the advice on steering each form of relation comes from. */
export const relationAdviceSources: Readonly<Record<RelationForm, SourceRef>> = {
  subsidie: handleiding('doel partnerstrategie: partners inzetten met subsidies en opdrachten'),
  opdracht: handleiding('stap 3 en 4: offertes, aanbestedingen en prestatieafspraken'),
  'bestuurlijke-afspraken': artikel('vele vormen van samenwerking: meedoen zonder betaling'),
  vergunning: artikel('voorbeeld 4, industriële bedrijven'),
  anders: handleiding('stap 1: de vorm van de relatie noteren'),
};

/** Said once in the chapter, beside the table of rules. */
export const formsNote =
  'De bronnen noemen bij de meeste acties geen vorm van de relatie. Alleen bij handhaven zegt het artikel om welke partner het gaat: een bedrijf met een vergunning. Bij de andere acties is de vorm onze uitwerking van het voorbeeld waar de actie uit komt.';

/** How a rule's source reads in a sentence: "handleiding, stap 4, de beweging van X". */
export function basisText(ref: SourceRef): string {
  const name = ref.source === 'handleiding-partnerstrategie' ? 'handleiding' : 'artikel';
  return `${name}, ${ref.where}`;
}
