// The team comparison on a beamer: first the link (and QR code) participants open to fill in
// the questionnaire, then the team's scores one domain or criterion at a time. Loaded when the
// trainer first asks for it (TeamComparison), so the page's start-up script does not carry it.
import type { QDefinition } from '../../lib/questionnaire/definition';
import type { TeamGroupStat, TeamItemStat } from '../../lib/questionnaire/team';
import { BEAMER_SCALE } from '../../lib/charts/beamer-fit';
import { openBeamer, type BeamerSlide } from '../beamer/Beamer';
import { JoinSlide } from '../beamer/JoinSlide';
import { shareUrl } from '../instrument-kit/browser-files';
import { capitalised, type QuestionnaireTexts } from './questionnaire-texts';
import type { TeamChart } from './TeamChart';

/**
 * `labels` are the respondents' names in table order; `team` their statistics (null while
 * there are none), as the comparison on the page has them.
 */
export function openTeamBeamer(
  def: QDefinition,
  texts: QuestionnaireTexts,
  labels: readonly string[],
  team: { items: TeamItemStat[]; groups: TeamGroupStat[] } | null,
  /** The page's own chart: imported here, its code would be split off into a start-up chunk. */
  Chart: typeof TeamChart,
) {
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
  const groups: BeamerSlide[] = team
    ? def.groups.map((group) => ({
        heading: `${capitalised(texts.groupWord)}: ${group.name}`,
        render: () => (
          <Chart
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
    title: `${texts.title}: vergelijking van ${labels.length} ${labels.length === 1 ? texts.respondentWord : texts.respondentWords}`,
    // With results, the first domain; the link is one step back.
    start: groups.length ? 1 : 0,
    slides: [join, ...groups],
  });
}
