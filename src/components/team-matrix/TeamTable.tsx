import { formatDecimal } from '../../lib/instrument-kit/decimal';
import type { TeamChoice } from '../../lib/team-matrix/adopt';
import type { PartnerStat } from '../../lib/team-matrix/aggregate';
import type { TeamSession } from '../../lib/team-matrix/session';

const score = (value: number | undefined) => (value === undefined ? '–' : formatDecimal(value));

/**
 * Per partner: how many placed it, the median on both axes, the spread, and which point the
 * team takes over (the median, or one participant's point).
 */
export function TeamTable(props: {
  session: TeamSession;
  stats: PartnerStat[];
  choices: TeamChoice[];
  onChoose: (partnerId: string, resultId: string | null) => void;
}) {
  const { session, stats, choices } = props;
  const goals = new Map(session.goals.map((g) => [g.id, g.name]));
  const manyGoals = session.goals.length > 1;
  return (
    <div class="team-scroll">
      <table class="team-table">
        <caption>De groep per partner</caption>
        <thead>
          <tr>
            <th scope="col">Partner</th>
            {manyGoals && <th scope="col">Doel</th>}
            <th scope="col">Aantal</th>
            <th scope="col">Mediaan invloed</th>
            <th scope="col">Mediaan afhankelijkheid</th>
            <th scope="col">Spreiding</th>
            {session.askTarget && <th scope="col">Gewenste positie (mediaan)</th>}
            <th scope="col">Teampositie</th>
          </tr>
        </thead>
        <tbody>
          {stats.map((stat) => {
            const chosen = choices.find((c) => c.id === stat.partner.id)?.resultId ?? '';
            return (
              <tr key={stat.partner.id} data-partner={stat.partner.id}>
                <th scope="row">{stat.partner.name}</th>
                {manyGoals && <td>{goals.get(stat.partner.goalId)}</td>}
                <td data-cell="n">{stat.points.length}</td>
                <td data-cell="influence">{score(stat.median?.influence)}</td>
                <td data-cell="dependency">{score(stat.median?.dependency)}</td>
                <td data-cell="spread">{stat.points.length ? formatDecimal(stat.spread) : '–'}</td>
                {session.askTarget && (
                  <td data-cell="target">
                    {stat.medianTarget
                      ? `invloed ${score(stat.medianTarget.influence)}, afhankelijkheid ${score(stat.medianTarget.dependency)}`
                      : '–'}
                  </td>
                )}
                <td>
                  <select
                    aria-label={`Teampositie van ${stat.partner.name}`}
                    value={chosen}
                    disabled={!stat.points.length}
                    onChange={(e) => {
                      const value = (e.currentTarget as HTMLSelectElement).value;
                      props.onChoose(stat.partner.id, value || null);
                    }}
                  >
                    <option value="">De mediaan</option>
                    {stat.points.map((p) => (
                      <option key={p.resultId} value={p.resultId}>
                        {`${p.participant} (${formatDecimal(p.influence)} / ${formatDecimal(p.dependency)})`}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
