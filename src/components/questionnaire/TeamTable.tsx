import type { QDefinition } from '../../lib/questionnaire/definition';
import type { TeamGroupStat, TeamItemStat } from '../../lib/questionnaire/team';
import { capitalised, type QuestionnaireTexts } from './questionnaire-texts';
import { fmt } from './ScanResults';

function StatRow(props: { name: string; stat: TeamItemStat | TeamGroupStat; group?: boolean }) {
  const { stat } = props;
  const flag = props.group ? 'ja' : '⚑ ja';
  return (
    <tr class={props.group ? 'group-row' : stat.flagged ? 'is-flagged' : undefined}>
      <th scope="row">{props.name}</th>
      {stat.scores.map((s, i) => (
        <td key={i}>{fmt(s)}</td>
      ))}
      <td>{fmt(stat.mean)}</td>
      <td>{fmt(stat.spread)}</td>
      <td>{stat.flagged ? flag : ''}</td>
    </tr>
  );
}

/**
 * The numbers of the team chart: per item and per group every respondent's score, the mean
 * and the spread. With `order`, the items come first in that order (most disagreement first)
 * and the groups after them; otherwise each group is followed by its items.
 */
export function TeamTable(props: {
  def: QDefinition;
  texts: QuestionnaireTexts;
  team: { items: TeamItemStat[]; groups: TeamGroupStat[] };
  labels: readonly string[];
  order: readonly { id: string; name: string }[] | null;
}) {
  const { def, texts, team } = props;
  const itemRow = (item: { id: string; name: string }) => (
    <StatRow key={item.id} name={item.name} stat={team.items.find((s) => s.itemId === item.id)!} />
  );
  const groupRow = (stat: TeamGroupStat) => (
    <StatRow
      key={stat.groupId}
      name={def.groups.find((g) => g.id === stat.groupId)!.name}
      stat={stat}
      group
    />
  );
  return (
    <div
      class="table-scroll"
      tabIndex={0}
      role="region"
      aria-label={`Vergelijking van ${texts.respondentWords}`}
    >
      <table class="team-table">
        <caption>{`Scores per ${texts.respondentWord}, gemiddelde en spreiding`}</caption>
        <thead>
          <tr>
            <th scope="col">{capitalised(texts.itemWord)}</th>
            {props.labels.map((label, index) => (
              <th scope="col" key={index}>
                {`${index + 1}. ${label}`}
              </th>
            ))}
            <th scope="col">Gemiddeld</th>
            <th scope="col">Spreiding</th>
            <th scope="col">Bespreken?</th>
          </tr>
        </thead>
        <tbody>
          {props.order
            ? [...props.order.map(itemRow), ...team.groups.map(groupRow)]
            : team.groups.flatMap((stat) => [
                groupRow(stat),
                ...def.groups.find((g) => g.id === stat.groupId)!.items.map(itemRow),
              ])}
        </tbody>
      </table>
    </div>
  );
}
