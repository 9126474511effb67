import { agreementScale, dontKnowLabel } from '../../data/agreement-scale';
import { brokerChapterPath, partnershipCheck } from '../../data/partnership-check';
import { partnershipCheckDefinition } from '../../lib/partnership-check/definition';
import { sitePath } from '../../lib/site/base-url';
import Questionnaire from './Questionnaire';

const anchors = new Map(partnershipCheck.criteria.map((c) => [c.id, c.anchor] as const));

export default function PartnershipCheck() {
  return (
    <Questionnaire
      definition={partnershipCheckDefinition}
      texts={{
        tool: 'partnerschapscheck',
        title: 'Partnerschapscheck',
        scale: agreementScale,
        dontKnow: dontKnowLabel,
        groupWord: 'onderdeel',
        itemWord: 'criterium',
        itemWords: 'criteria',
        itemHref: (id) =>
          anchors.has(id) ? sitePath(`${brokerChapterPath}#${anchors.get(id)}`) : null,
        conversationHref: sitePath('spraakverwarring/'),
        respondentLabel: 'Namens welke partnerorganisatie vul je in?',
        respondentWord: 'partner',
        respondentWords: 'partners',
        askAmbition: false,
        prioritiesTitle: 'De zwakste criteria',
        teamTitle: 'Partners vergelijken',
        teamIntro:
          'Laat elke partnerorganisatie de check zelf invullen en het resultaat delen met een link of een JSON-bestand. Of vul hier na elkaar in per partner: voeg de antwoorden toe aan de vergelijking en begin opnieuw voor de volgende partner. Alles blijft in deze browser.',
      }}
    />
  );
}
