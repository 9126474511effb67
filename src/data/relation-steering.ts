// How you steer a relation of each form, in one or two Dutch sentences: shown in the partner
// matrix's advice view (loaded when a partner is chosen) and in the chapter. Kept apart from
// relation-actions.ts so the matrix does not load these texts at start.
import type { RelationForm } from './partner-strategy';

export const relationSteering: Readonly<Record<RelationForm, string>> = {
  subsidie:
    'Je stuurt met het geld en met de voorwaarden en prestatieafspraken bij de subsidie. Afdwingen met dwangsommen hoort daar niet bij.',
  opdracht:
    'Je stuurt met de offerte-uitvraag of de aanbesteding en met de afspraken in het contract.',
  'bestuurlijke-afspraken':
    'De partner doet vaak op eigen kosten mee. Je stuurt met afspraken die het voor de partner de moeite waard maken.',
  vergunning:
    'Je betaalt de partner niet. Je kunt toezicht houden en handhaven, of samen afspraken maken die beter werken aantrekkelijk maken. Sluiten kan alleen in uitzonderlijke gevallen, dus je blijft meestal afhankelijk.',
  anders:
    'Het advies in de partnermatrix noemt dan alleen acties die niet afhangen van geld, een contract of een vergunning. Past een van de andere vormen, kies die dan: dan krijg je ook de acties die daarbij horen.',
};
