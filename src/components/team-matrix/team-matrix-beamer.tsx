// The team matrix on a beamer: first the participant link (and its QR code), then the group's
// points one partner at a time, where the group disagrees most first. Loaded when the trainer
// first asks for it (TrainerSession).
import type { PartnerStat } from '../../lib/team-matrix/aggregate';
import { BEAMER_SCALE } from '../../lib/charts/beamer-fit';
import { openBeamer, type BeamerSlide } from '../beamer/Beamer';
import { JoinSlide } from '../beamer/JoinSlide';
import type { TeamPartnerChart } from './TeamPartnerChart';

/**
 * `ordered` as the page shows the partners (most disagreement first); `Chart` is the page's own
 * chart, passed in so that its code stays in the page's chunk; `invite` is null while the
 * participant link is being made.
 */
export function openTeamMatrixBeamer(
  sessionName: string,
  invite: string | null,
  ordered: readonly PartnerStat[],
  Chart: typeof TeamPartnerChart,
) {
  const join: BeamerSlide[] = invite
    ? [
        {
          heading: 'Doe mee',
          render: (box) => (
            <JoinSlide
              url={invite}
              box={box}
              intro="Scan de code met je telefoon of typ de link over. Scoor de partners en stuur je resultaat daarna naar de trainer, als link of als bestand."
            />
          ),
        },
      ]
    : [];
  const partners = ordered.map((stat): BeamerSlide => ({
    heading: `Partner: ${stat.partner.name}`,
    render: () => <Chart stat={stat} size={BEAMER_SCALE} />,
    aside: () => (
      <p>
        {stat.points.length
          ? `${stat.points.length} ${stat.points.length === 1 ? 'deelnemer' : 'deelnemers'}. Een getal in een stip: zoveel deelnemers scoorden daar. De open ruit is de mediaan.`
          : 'Nog geen scores.'}
      </p>
    ),
  }));
  const scored = ordered.some((stat) => stat.points.length > 0);
  openBeamer({
    title: `Teammatrix: ${sessionName}`,
    // With results, the partner the group disagrees on most; the link is one step back.
    start: scored && join.length ? 1 : 0,
    slides: [...join, ...partners],
  });
}
