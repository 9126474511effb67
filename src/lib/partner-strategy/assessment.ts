/**
 * What the partner matrix tells about one partner: steps 2 to 5 of the method
 * (source 002, the article; source 004, the manual of January 2019).
 *
 * The rules, one sentence each. "High" means above 5 on the 0–10 scale, so 5 itself is low:
 * a partner with average influence (Y in the sources) does not yet contribute much.
 *
 * Position (step 2)
 *  P1 The ambition line decides: above it a partner contributes enough; within a quarter point
 *     it is on the line, which counts as just enough.
 *  P2 The four areas of the chart split both axes at 5.
 *
 * Suggested directions (step 3), from the position alone
 *  D1 Below the line → up: the partner must contribute more (X).
 *  D2 Below the line with high dependency → also left: alternatives give the partner a prompt
 *     to improve (Y). Where you cannot do without it (a school board), up alone remains; so
 *     too for a form of relation that leaves no real alternative (a company with a permit).
 *  D3 Below the line with low dependency and low influence → down as the alternative: a partner
 *     that adds little and is easy to miss may be phased out.
 *  D4 Above or on the line with high dependency → right: secure the partnership for several
 *     years, so it can stay where it is (Z).
 *  D5 Above or on the line with low dependency → no change: it contributes enough and the
 *     competition keeps the prompt for quality alive.
 *
 * Arrow and actions (step 4)
 *  A1 The arrow runs from the position to the chosen target; each axis that differs adds a
 *     direction (up/down first, then left/right).
 *  A2 Actions fit the form of the relation and serve the arrow's directions, or the suggested
 *     ones when there is no arrow; two actions that pull opposite ways never stand together
 *     (action-choice.ts).
 *
 * Maintenance of the relation (step 5); the first rule that fits decides. "Directions" are
 * the arrow's, or the suggested ones when there is no arrow.
 *  R1 Right among the directions, or high dependency without left → project leader or policy
 *     officer of the goal: a strategic partnership needs no separate account holder.
 *  R2 A contractor ('opdracht') whose name appears under two or more goals → one integral
 *     account holder for the whole relation.
 *  R3 In competition (low dependency, or left) and up among the directions → account holder:
 *     the manual gives this role to a partner that must compete and in which you also invest.
 *  R4 In competition with a contract or subsidy, or left or down among the directions →
 *     contract manager: a businesslike relation about carrying out the agreements.
 *  R5 Otherwise (replaceable, administrative agreements or another form, nothing to change) →
 *     project leader or policy officer of the goal: there is no contract to manage.
 */
import {
  directionById,
  scoreScale,
  type Action,
  type DirectionId,
  type MaintenanceRoleId,
  type QuadrantId,
} from '../../data/partner-strategy';
import { noAlternatives as noAlternativesOf } from '../../data/relation-actions';
import { chooseActions } from './action-choice';
import { gapToLine, sideOfLine, type LineSide } from './ambition-line';
import type { MatrixState, PartnerRow, Position } from './matrix-state';
import { nameKey } from './values';

export interface PartnerAssessment {
  side: LineSide;
  /** Influence above (+) or below (−) the ambition line, rounded to 0.5. */
  gap: number;
  quadrant: QuadrantId;
  suggestedDirections: DirectionId[];
  /** Dutch, 1–3 sentences: why these directions. */
  reasoning: string;
  arrowDirections: DirectionId[];
  actions: Action[];
  role: MaintenanceRoleId;
  roleReason: string;
}

const MIDDLE = (scoreScale.min + scoreScale.max) / 2;

/** "investeren in effect": a direction's label, to use inside a sentence. */
const named = (id: DirectionId) => directionById(id).label.toLowerCase();

/** Directions from one position to another (A1). */
function arrowBetween(from: Position, to: Position): DirectionId[] {
  const result: DirectionId[] = [];
  if (to.influence !== from.influence)
    result.push(to.influence > from.influence ? 'omhoog' : 'omlaag');
  if (to.dependency !== from.dependency)
    result.push(to.dependency < from.dependency ? 'links' : 'rechts');
  return result;
}

/** Per state, per partner name: the goals it appears under (R2). States are never mutated. */
const goalsByName = new WeakMap<MatrixState, Map<string, Set<string>>>();

function goalCount(state: MatrixState, name: string): number {
  let map = goalsByName.get(state);
  if (!map) {
    map = new Map();
    for (const row of state.partners) {
      const key = nameKey(row.name);
      map.set(key, (map.get(key) ?? new Set()).add(row.goalId));
    }
    goalsByName.set(state, map);
  }
  return map.get(nameKey(name))?.size ?? 0;
}

export function assessPartner(partner: PartnerRow, state: MatrixState): PartnerAssessment {
  const position = { influence: partner.influence, dependency: partner.dependency };
  const side = sideOfLine(position, state.ambition);
  const gap =
    Math.round(gapToLine(position, state.ambition) / scoreScale.step) * scoreScale.step + 0;
  const dependent = partner.dependency > MIDDLE;
  const strong = partner.influence > MIDDLE;
  const quadrant: QuadrantId = strong
    ? dependent
      ? 'strategisch'
      : 'vervangbaar-sterk'
    : dependent
      ? 'afhankelijk-beperkt'
      : 'vervangbaar-beperkt';

  // Step 3: directions from the position (D1–D5).
  const where =
    side === 'onder'
      ? 'Deze partner staat onder de ambitielijn: hij draagt te weinig bij'
      : side === 'op'
        ? 'Deze partner staat op de ambitielijn: hij draagt net genoeg bij'
        : 'Deze partner staat boven de ambitielijn: hij draagt genoeg bij';
  let suggestedDirections: DirectionId[];
  let reasoning: string;
  const noAlternatives = noAlternativesOf[partner.relation];
  if (side === 'onder') {
    if (dependent && noAlternatives) {
      suggestedDirections = ['omhoog'];
      reasoning = `${where} voor hoe afhankelijk je van hem bent. Minder afhankelijk worden lukt hier bijna niet. ${noAlternatives} Kies daarom voor ${named('omhoog')}.`;
    } else if (dependent) {
      suggestedDirections = ['omhoog', 'links'];
      reasoning = `${where} voor hoe afhankelijk je van hem bent. Kies voor ${named('omhoog')}. Kun je ook andere aanbieders vinden, kies dan daarnaast voor ${named('links')}: concurrentie geeft een prikkel om beter te worden.`;
    } else if (strong) {
      suggestedDirections = ['omhoog'];
      reasoning = `${where} voor de ambitie die je hebt gekozen. Hij heeft wel al veel invloed, dus afbouwen ligt niet voor de hand. Kies voor ${named('omhoog')}.`;
    } else {
      suggestedDirections = ['omhoog', 'omlaag'];
      reasoning = `${where}, en je kunt hem missen. Kies voor ${named('omhoog')}. Lukt dat niet, dan kun je kiezen voor ${named('omlaag')}.`;
    }
  } else if (dependent) {
    suggestedDirections = ['rechts'];
    reasoning = `${where}, en je kunt niet goed zonder hem. Kies voor ${named('rechts')}: afspraken voor meerdere jaren, zodat hij daar kan blijven.`;
  } else {
    suggestedDirections = [];
    reasoning = `${where}, en er zijn alternatieven. Er is geen verandering nodig: de concurrentie houdt de prikkel voor kwaliteit levend.`;
  }

  // Step 4: the arrow and its actions (A1, A2).
  const arrowDirections = partner.target ? arrowBetween(position, partner.target) : [];
  const chosen = arrowDirections.length > 0 ? arrowDirections : suggestedDirections;
  const sortedActions = chooseActions({
    form: partner.relation,
    directions: chosen,
    dependent,
  });

  // Step 5: who maintains the relation (R1–R5).
  const has = (id: DirectionId) => chosen.includes(id);
  const goals = partner.relation === 'opdracht' ? goalCount(state, partner.name) : 0;
  let role: MaintenanceRoleId;
  let roleReason: string;
  // After R1 the partner is replaceable, or should become so.
  if (has('rechts') || (dependent && !has('links'))) {
    role = 'projectleider';
    roleReason = `${arrowDirections.includes('rechts') ? 'Je wilt het partnerschap vastleggen' : 'Je kunt niet goed zonder deze partner'}: dat is een strategisch partnerschap. De projectleider of beleidsmedewerker van dit doel onderhoudt de relatie, zonder aparte accounthouder.`;
  } else if (goals >= 2) {
    role = 'accounthouder';
    roleReason = `Deze partner voert opdrachten uit voor ${goals} doelen. Eén accounthouder houdt de hele relatie bij en werkt samen met de projectleiders van die doelen. Is één doel het belangrijkst, dan kan de projectleider van dat doel de accounthouder zijn.`;
  } else if (has('omhoog')) {
    role = 'accounthouder';
    roleReason = `${dependent ? 'Je wilt meer concurrentie voor deze partner' : 'Er zijn alternatieven voor deze partner'}, maar je wilt ook investeren in kwaliteit en effect. Dan past een accounthouder die ook over de inhoud meepraat.${has('omlaag') ? ' Kies je voor afbouwen, dan is een contractbeheerder genoeg.' : ''}`;
  } else if (
    has('links') ||
    has('omlaag') ||
    partner.relation === 'opdracht' ||
    partner.relation === 'subsidie'
  ) {
    role = 'contractmanager';
    roleReason = has('links')
      ? 'Je zoekt alternatieven voor deze partner, dus een zakelijke relatie is genoeg. Een contractbeheerder let erop dat de afspraken worden uitgevoerd.'
      : 'Je kunt deze partner missen en hij is niet van bijzonder strategisch belang. Een contractbeheerder houdt de relatie zakelijk en let op het uitvoeren van de afspraken.';
  } else {
    role = 'projectleider';
    roleReason =
      'Er is geen opdracht of subsidie om te beheren, en er hoeft niets te veranderen. De projectleider of beleidsmedewerker van dit doel houdt het contact.';
  }

  return {
    side,
    gap,
    quadrant,
    suggestedDirections,
    reasoning,
    arrowDirections,
    actions: sortedActions,
    role,
    roleReason,
  };
}
