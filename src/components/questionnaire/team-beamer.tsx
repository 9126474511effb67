// The team comparison on a beamer: first the link (and QR code) participants open to fill in
// the questionnaire, then the team's scores one domain or criterion at a time. Loaded when the
// trainer first asks for it (TeamComparison), so the page's start-up script does not carry it.
import type { QDefinition } from '../../lib/questionnaire/definition';
import type { QResponse } from '../../lib/questionnaire/response';
import { respondentLabels, teamStatistics } from '../../lib/questionnaire/team';
import { BEAMER_SCALE } from '../../lib/charts/beamer-fit';
import { openBeamer, type BeamerSlide } from '../beamer/Beamer';
import { JoinSlide } from '../beamer/JoinSlide';
import { shareUrl } from '../instrument-kit/browser-files';
import { capitalised, type QuestionnaireTexts } from './questionnaire-texts';
import { TeamChart } from './TeamChart';

export function openTeamBeamer(def: QDefinition, texts: QuestionnaireTexts, members: QResponse[]) {
  // The instrument page itself, without anything in the fragment: a fresh questionnaire.
  const url = shareUrl('');
  const join: BeamerSlide = {
    heading: 'Doe mee',
    render: (box) => (
      <JoinSlide
        url={url}
        box={box}
        intro="Scan de code met je telefoon of typ de link over. Vul de vragen in en stuur je resultaat daarna naar de trainer, als link of als bestand."
      />
    ),
  };
  const labels = respondentLabels(members);
  const team = members.length ? teamStatistics(def, members) : null;
  const groups: BeamerSlide[] = team
    ? def.groups.map((group) => ({
        heading: `${capitalised(texts.groupWord)}: ${group.name}`,
        render: () => (
          <TeamChart
            rows={group.items}
            scale={def.scale}
            items={team.items}
            names={labels}
            label={`Scores per ${texts.respondentWord} voor ${group.name}.`}
            size={BEAMER_SCALE}
          />
        ),
      }))
    : [];
  openBeamer({
    title: `${texts.title}: vergelijking van ${members.length} ${members.length === 1 ? texts.respondentWord : texts.respondentWords}`,
    // With results, the first domain; the link is one step back.
    start: groups.length ? 1 : 0,
    slides: [join, ...groups],
  });
}
