/**
 * Which actions of step 4 fit a relation: per direction of development and per form of the
 * relation (subsidie, opdracht, …), and which actions never belong in one plan. The partner
 * matrix gives its advice from these rules; the chapter Stappenplan shows them in a table.
 *
 * Where each rule, exclusion and piece of advice comes from (source and place) is in
 * relation-action-sources.ts, under the same key. The sources rarely say which form a relation
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

export interface ActionRule {
  action: ActionId;
  direction: DirectionId;
  /** The forms of relation this action fits when the relation moves in this direction. */
  forms: readonly RelationForm[];
}

const allForms: readonly RelationForm[] = relationForms.map((form) => form.id);
/** Every form except the permit: you neither pay nor contract a company for holding one. */
const notPermit = allForms.filter((form) => form !== 'vergunning');

export const actionRules: readonly ActionRule[] = [
  {
    action: 'tijdelijk-extra-investeren',
    direction: 'omhoog',
    forms: ['subsidie', 'opdracht'],
  },
  {
    action: 'innovatie-of-kwaliteitssubsidie',
    direction: 'omhoog',
    forms: ['subsidie', 'bestuurlijke-afspraken', 'anders'],
  },
  {
    action: 'handhaven',
    direction: 'omhoog',
    forms: ['vergunning'],
  },
  {
    action: 'verbeteren-aantrekkelijk-maken',
    direction: 'omhoog',
    forms: ['vergunning', 'bestuurlijke-afspraken', 'anders'],
  },
  {
    action: 'uitvraag-aanpassen',
    direction: 'omhoog',
    forms: ['opdracht'],
  },
  {
    action: 'uitvraag-aanpassen',
    direction: 'links',
    forms: ['opdracht'],
  },
  {
    action: 'deel-elders-afnemen',
    direction: 'links',
    forms: ['subsidie', 'opdracht'],
  },
  {
    action: 'andere-aanbieders-toelaten',
    direction: 'links',
    forms: ['subsidie', 'opdracht', 'bestuurlijke-afspraken', 'anders'],
  },
  {
    action: 'voorstellen-uitnodigen',
    direction: 'links',
    forms: allForms,
  },
  {
    action: 'voorstellen-uitnodigen',
    direction: 'omhoog',
    forms: notPermit,
  },
  {
    action: 'samen-doel-en-afspraken',
    direction: 'rechts',
    forms: allForms,
  },
  {
    action: 'meerjarige-afspraken',
    direction: 'rechts',
    forms: notPermit,
  },
  {
    action: 'meerjarige-afspraken',
    direction: 'omhoog',
    forms: ['subsidie', 'bestuurlijke-afspraken'],
  },
  {
    action: 'ambassadeur',
    direction: 'rechts',
    forms: ['vergunning', 'bestuurlijke-afspraken'],
  },
  {
    action: 'afbouwen-of-beeindigen',
    direction: 'omlaag',
    forms: notPermit,
  },
  {
    action: 'terug-naar-toezicht',
    direction: 'omlaag',
    forms: ['vergunning'],
  },
];

export type ExclusionId =
  | 'vastleggen-tegenover-concurrentie'
  | 'afbouwen-tegenover-investeren'
  | 'handhaven-tegenover-ambassadeur';

/**
 * Two groups of actions that pull a relation opposite ways: no action of the one group stands in
 * one list with an action of the other. Which one stays is decided in action-choice.ts.
 */
export interface ActionExclusion {
  id: ExclusionId;
  one: readonly ActionId[];
  other: readonly ActionId[];
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
  },
  {
    id: 'handhaven-tegenover-ambassadeur',
    one: ['handhaven'],
    other: ['ambassadeur'],
  },
];

/**
 * Where you can hardly make yourself less dependent of a partner of this form: why (Dutch, one
 * sentence). The matrix then does not suggest "minder afhankelijk worden" on its own. How you
 * steer each form is in relation-steering.ts (only the advice view and the chapter show it).
 */
export const noAlternatives: Readonly<Partial<Record<RelationForm, string>>> = {
  vergunning:
    'Een bedrijf met een vergunning kun je alleen in uitzonderlijke gevallen laten sluiten.',
};

/* ------------------------------------------------------------------------------------------
 * Look-ups
 * ---------------------------------------------------------------------------------------- */

/** "tijdelijk-extra-investeren omhoog": names a rule, e.g. for its source. */
export function ruleKey(rule: Pick<ActionRule, 'action' | 'direction'>): string {
  return `${rule.action} ${rule.direction}`;
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
