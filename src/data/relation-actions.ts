/**
 * Which actions of step 4 fit a relation: per direction of development and per form of the
 * relation (subsidie, opdracht, …), and which actions never belong in one plan. The partner
 * matrix gives its advice from these rules; the chapter Stappenplan shows them in a table.
 *
 * Each rule names where it comes from (`basis`). The sources rarely say which form a relation
 * has: the article names it once, for a company with a permit (its industry example), and the
 * manual says a partner strategy is about partners you pay with a subsidy or a contract. The
 * forms per rule are therefore our reading of the example the rule comes from; the chapter says
 * so (`formsNote`).
 *
 * Pure TypeScript: no Astro, no Preact, no DOM. Visible text is Dutch (B1).
 */
import {
  actions,
  relationForms,
  type ActionId,
  type DirectionId,
  type RelationForm,
} from './partner-strategy';
import type { SourceId } from './sources';

/** Where a rule comes from: a source text and the place in it (Dutch, as a reader finds it). */
export interface SourceRef {
  source: SourceId;
  where: string;
}

export interface ActionRule {
  action: ActionId;
  direction: DirectionId;
  /** The forms of relation this action fits when the relation moves in this direction. */
  forms: readonly RelationForm[];
  basis: SourceRef;
}

const allForms: readonly RelationForm[] = relationForms.map((form) => form.id);
/** Every form except the permit: you neither pay nor contract a company for holding one. */
const notPermit = allForms.filter((form) => form !== 'vergunning');

const handleiding = (where: string): SourceRef => ({
  source: 'handleiding-partnerstrategie',
  where,
});
const artikel = (where: string): SourceRef => ({ source: 'vide-partnerstrategie', where });

export const actionRules: readonly ActionRule[] = [
  {
    action: 'tijdelijk-extra-investeren',
    direction: 'omhoog',
    forms: ['subsidie', 'opdracht'],
    basis: handleiding('stap 4, de beweging van X'),
  },
  {
    action: 'innovatie-of-kwaliteitssubsidie',
    direction: 'omhoog',
    forms: ['subsidie', 'bestuurlijke-afspraken', 'anders'],
    basis: handleiding('stap 4, instrumenten voor een hele groep relaties'),
  },
  {
    action: 'handhaven',
    direction: 'omhoog',
    forms: ['vergunning'],
    basis: artikel('voorbeeld 4, industriële bedrijven'),
  },
  {
    action: 'verbeteren-aantrekkelijk-maken',
    direction: 'omhoog',
    forms: ['vergunning', 'bestuurlijke-afspraken', 'anders'],
    basis: artikel('voorbeeld 4, industriële bedrijven'),
  },
  {
    action: 'uitvraag-aanpassen',
    direction: 'omhoog',
    forms: ['opdracht'],
    basis: handleiding('stap 3, drie organisaties in het jeugd- en jongerenwerk'),
  },
  {
    action: 'uitvraag-aanpassen',
    direction: 'links',
    forms: ['opdracht'],
    basis: handleiding('stap 4, andere offerte-uitvragen of aanbestedingen'),
  },
  {
    action: 'deel-elders-afnemen',
    direction: 'links',
    forms: ['subsidie', 'opdracht'],
    basis: handleiding('stap 4, de beweging van Y'),
  },
  {
    action: 'andere-aanbieders-toelaten',
    direction: 'links',
    forms: ['subsidie', 'opdracht', 'bestuurlijke-afspraken', 'anders'],
    basis: artikel('voorbeeld 2, een welzijnsinstelling'),
  },
  {
    action: 'voorstellen-uitnodigen',
    direction: 'links',
    forms: allForms,
    basis: handleiding('stap 3, het voorbeeld welzijnswerk'),
  },
  {
    action: 'voorstellen-uitnodigen',
    direction: 'omhoog',
    forms: notPermit,
    basis: handleiding('stap 3, het voorbeeld welzijnswerk'),
  },
  {
    action: 'samen-doel-en-afspraken',
    direction: 'rechts',
    forms: allForms,
    basis: handleiding('stap 4, de beweging van Z'),
  },
  {
    action: 'meerjarige-afspraken',
    direction: 'rechts',
    forms: notPermit,
    basis: artikel('voorbeeld 3, bibliotheken'),
  },
  {
    action: 'meerjarige-afspraken',
    direction: 'omhoog',
    forms: ['subsidie', 'bestuurlijke-afspraken'],
    basis: artikel('voorbeeld 1, een schoolbestuur'),
  },
  {
    action: 'ambassadeur',
    direction: 'rechts',
    forms: ['vergunning', 'bestuurlijke-afspraken'],
    basis: artikel('voorbeeld 4, een bedrijf op plek Z'),
  },
  {
    action: 'afbouwen-of-beeindigen',
    direction: 'omlaag',
    forms: notPermit,
    basis: handleiding('stap 3, de richting omlaag'),
  },
  {
    action: 'terug-naar-toezicht',
    direction: 'omlaag',
    forms: ['vergunning'],
    basis: artikel('voorbeeld 4, sluiten alleen in uitzonderlijke gevallen'),
  },
];

/**
 * Two groups of actions that pull a relation opposite ways: no action of the one group stands in
 * one list with an action of the other. Which one stays is decided in the assessment.
 */
export interface ActionExclusion {
  id: string;
  one: readonly ActionId[];
  other: readonly ActionId[];
  /** Dutch, one sentence: why they do not go together. */
  reason: string;
  basis: SourceRef;
}

export const actionExclusions: readonly ActionExclusion[] = [
  {
    id: 'vastleggen-tegenover-concurrentie',
    one: ['meerjarige-afspraken'],
    other: [
      'andere-aanbieders-toelaten',
      'deel-elders-afnemen',
      'uitvraag-aanpassen',
      'voorstellen-uitnodigen',
    ],
    reason:
      'Wie een partner voor jaren zekerheid geeft, gaat niet tegelijk concurrenten voor hem zoeken.',
    basis: artikel('voorbeeld 3, bibliotheken: concurrentie bevorderen is daar niet slim'),
  },
  {
    id: 'afbouwen-tegenover-investeren',
    one: ['afbouwen-of-beeindigen', 'terug-naar-toezicht'],
    other: [
      'tijdelijk-extra-investeren',
      'innovatie-of-kwaliteitssubsidie',
      'verbeteren-aantrekkelijk-maken',
      'samen-doel-en-afspraken',
      'meerjarige-afspraken',
      'ambassadeur',
    ],
    reason: 'Een relatie die je afbouwt, geef je niet tegelijk extra geld of nieuwe afspraken.',
    basis: handleiding('stap 3, omhoog en omlaag als tegengestelde richtingen'),
  },
  {
    id: 'handhaven-tegenover-ambassadeur',
    one: ['handhaven'],
    other: ['ambassadeur'],
    reason:
      'Een bedrijf dat je met dwangsommen tot verbetering dwingt, is nog geen voorbeeld voor anderen.',
    basis: artikel('voorbeeld 4, een bedrijf op plek X en een op plek Z'),
  },
];

/** What a form of relation means for the advice. */
export interface RelationAdvice {
  form: RelationForm;
  /** Dutch, one or two sentences: how you steer a relation of this form. */
  steering: string;
  /**
   * Only where you can hardly make yourself less dependent of such a partner: why (Dutch, one
   * sentence). The matrix then does not suggest "minder afhankelijk worden" on its own.
   */
  noAlternatives?: string;
  basis: SourceRef;
}

export const relationAdvice: readonly RelationAdvice[] = [
  {
    form: 'subsidie',
    steering:
      'Je stuurt met het geld en met de voorwaarden en prestatieafspraken bij de subsidie. Afdwingen met dwangsommen hoort daar niet bij.',
    basis: handleiding('doel partnerstrategie: partners inzetten met subsidies en opdrachten'),
  },
  {
    form: 'opdracht',
    steering:
      'Je stuurt met de offerte-uitvraag of de aanbesteding en met de afspraken in het contract.',
    basis: handleiding('stap 3 en 4: offertes, aanbestedingen en prestatieafspraken'),
  },
  {
    form: 'bestuurlijke-afspraken',
    steering:
      'De partner doet vaak op eigen kosten mee. Je stuurt met afspraken die het voor de partner de moeite waard maken.',
    basis: artikel('vele vormen van samenwerking: meedoen zonder betaling'),
  },
  {
    form: 'vergunning',
    steering:
      'Je betaalt de partner niet. Je kunt toezicht houden en handhaven, of samen afspraken maken die beter werken aantrekkelijk maken. Sluiten kan alleen in uitzonderlijke gevallen, dus je blijft meestal afhankelijk.',
    noAlternatives:
      'Een bedrijf met een vergunning kun je alleen in uitzonderlijke gevallen laten sluiten.',
    basis: artikel('voorbeeld 4, industriële bedrijven'),
  },
  {
    form: 'anders',
    steering:
      'Het advies in de partnermatrix noemt dan alleen acties die niet afhangen van geld, een contract of een vergunning. Past een van de andere vormen, kies die dan: dan krijg je ook de acties die daarbij horen.',
    basis: handleiding('stap 1: de vorm van de relatie noteren'),
  },
];

/** Said once in the chapter, beside the table of rules. */
export const formsNote =
  'De bronnen noemen bij de meeste acties geen vorm van de relatie. Alleen bij handhaven zegt het artikel om welke partner het gaat: een bedrijf met een vergunning. Bij de andere acties is de vorm onze uitwerking van het voorbeeld waar de actie uit komt.';

/* ------------------------------------------------------------------------------------------
 * Look-ups
 * ---------------------------------------------------------------------------------------- */

export function relationAdviceFor(form: RelationForm): RelationAdvice {
  const found = relationAdvice.find((advice) => advice.form === form);
  if (!found) throw new Error(`No advice for relation form: ${form}`);
  return found;
}

/** How a rule's source reads in a sentence: "handleiding, stap 4, de beweging van X". */
export function basisText(ref: SourceRef): string {
  const name = ref.source === 'handleiding-partnerstrategie' ? 'handleiding' : 'artikel';
  return `${name}, ${ref.where}`;
}

/** The rules of one action, in data order. */
export function rulesForAction(id: ActionId): ActionRule[] {
  return actionRules.filter((rule) => rule.action === id);
}

/** Every direction an action serves, for any form: the way it pulls a relation. */
export function directionsOfAction(id: ActionId): DirectionId[] {
  return [...new Set(rulesForAction(id).map((rule) => rule.direction))];
}

/** The directions (of those given) in which this action fits a relation of this form. */
export function directionsServed(
  id: ActionId,
  form: RelationForm,
  among: readonly DirectionId[],
): DirectionId[] {
  return among.filter((direction) =>
    actionRules.some(
      (rule) => rule.action === id && rule.direction === direction && rule.forms.includes(form),
    ),
  );
}

/** The actions that fit a direction for a form, in data order. */
export function actionsFor(direction: DirectionId, form: RelationForm): ActionId[] {
  return actions
    .map((action) => action.id)
    .filter((id) => directionsServed(id, form, [direction]).length > 0);
}

/** True when these two actions never belong in one list. */
export function excludes(a: ActionId, b: ActionId): boolean {
  return actionExclusions.some(
    (exclusion) =>
      (exclusion.one.includes(a) && exclusion.other.includes(b)) ||
      (exclusion.one.includes(b) && exclusion.other.includes(a)),
  );
}
