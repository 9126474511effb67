import { agreementScale, dontKnowLabel } from '../../data/agreement-scale';
import { capabilityChapterPath, capabilityModel } from '../../data/capability-model';
import { capabilityDefinition } from '../../lib/capability-scan/definition';
import { sitePath } from '../../lib/site/base-url';
import Questionnaire from './Questionnaire';

const anchors = new Map(
  capabilityModel.domains.flatMap((d) => d.conditions.map((c) => [c.id, c.anchor] as const)),
);

export default function QuickScan() {
  return (
    <Questionnaire
      definition={capabilityDefinition}
      texts={{
        tool: 'quickscan-samenwerkingsvermogen',
        title: 'Samenwerkingsvermogen',
        scale: agreementScale,
        dontKnow: dontKnowLabel,
        groupWord: 'domein',
        itemWord: 'conditie',
        itemWords: 'condities',
        itemHref: (id) =>
          anchors.has(id) ? sitePath(`${capabilityChapterPath}#${anchors.get(id)}`) : null,
        conversationHref: sitePath('spraakverwarring/'),
        respondentLabel: 'Je naam',
        respondentWord: 'respondent',
        respondentWords: 'respondenten',
        askAmbition: true,
        prioritiesTitle: 'Eerst aan werken',
        teamTitle: 'Vergelijken in een team',
        teamIntro:
          'Laat iedereen de scan zelf invullen en zijn resultaat delen met een link of een JSON-bestand. Voeg de resultaten hier toe. Alles blijft in deze browser.',
      }}
    />
  );
}
