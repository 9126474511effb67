/**
 * What each typical action of step 4 means, in a sentence or two. Apart from the actions' ids
 * and labels (partner-strategy.ts), so that only the views that show these sentences (the
 * chapter's table and the advice for one partner) carry them.
 */
import type { ActionId } from './partner-strategy';

export const actionExplanations: Record<ActionId, string> = {
  'tijdelijk-extra-investeren':
    'Investeer een tijd extra in de partner. Maak daarbij scherpere afspraken over de prestaties.',
  'innovatie-of-kwaliteitssubsidie':
    'Een subsidie die partners helpt om te vernieuwen of beter werk te leveren. Zo pak je meteen een hele groep relaties aan.',
  handhaven:
    'Houd toezicht op de regels van de vergunning en dwing verbetering af, zo nodig met dwangsommen.',
  'verbeteren-aantrekkelijk-maken':
    'Maak samen afspraken waardoor het voor de partner zelf ook lonend wordt om beter bij te dragen aan het doel.',
  'uitvraag-aanpassen':
    'Vraag in nieuwe offertes om samenwerking tussen partners. Of vraag offertes voor alle activiteiten samen; partners kunnen dan samen een offerte doen.',
  'deel-elders-afnemen':
    'Laat een deel van het werk doen door een andere aanbieder, via een nieuwe offerte-uitvraag of een aanbesteding.',
  'andere-aanbieders-toelaten':
    'Geef nieuwe aanbieders bewust een plek in je gemeente of regio. Inwoners kunnen dan kiezen, en de partner heeft een reden om beter te worden.',
  'voorstellen-uitnodigen':
    'Nodig ook andere organisaties uit om met nieuwe werkwijzen te komen. Misschien neemt het effect op het doel daardoor toe.',
  'samen-doel-en-afspraken':
    'Formuleer met de partner een gezamenlijk doel. Leg bestuurlijk of in een contract vast wie wat doet.',
  'meerjarige-afspraken':
    'Maak programma-afspraken of sluit een convenant voor meerdere jaren. Dan hoef je niet elk jaar opnieuw te onderhandelen en geeft het zekerheid over het geld.',
  ambassadeur:
    'Spreek af dat een partner die het goed doet, anderen meekrijgt: organisaties die nog minder goed presteren.',
  'afbouwen-of-beeindigen': 'Maak de samenwerking kleiner of zet er een punt achter.',
  'terug-naar-toezicht':
    'Stop met gezamenlijke plannen en houd de relatie bij wat de vergunning vraagt en het toezicht daarop. Een bedrijf dwingen te sluiten kan alleen in uitzonderlijke gevallen.',
};
