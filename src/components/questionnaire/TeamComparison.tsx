import type { CollectSummary, Collector } from '../../lib/instrument-kit/collect-results';
import { MAX_RESPONDENTS } from '../../lib/questionnaire/scan-state';
import { ResultCollector } from '../instrument-kit/ResultCollector';
import type { QDefinition } from '../../lib/questionnaire/definition';
import type { QResponse } from '../../lib/questionnaire/response';
import { respondentLabels, teamStatistics } from '../../lib/questionnaire/team';
import { capitalised, type QuestionnaireTexts } from './questionnaire-texts';
import { fmt } from './ScanResults';
import { TeamChart } from './TeamChart';

export interface TeamActions {
  addOwn: () => void;
  /** Reads results from links and files, for the ResultCollector. */
  collector: Collector<QResponse>;
  /** After every collecting move: append `added` and show the summary. */
  collected: (added: QResponse[], summary: CollectSummary) => void;
  exportCsv: () => void;
  remove: (index: number) => void;
}

/** Comparing the answers of several respondents, collected by link or file. */
export function TeamComparison(props: {
  def: QDefinition;
  texts: QuestionnaireTexts;
  members: QResponse[];
  actions: TeamActions;
}) {
  const { def, texts, actions } = props;
  const labels = respondentLabels(props.members);
  const team = props.members.length ? teamStatistics(def, props.members) : null;
  return (
    <section class="scan-team" aria-labelledby={`${texts.tool}-team`}>
      <h2 id={`${texts.tool}-team`}>{texts.teamTitle}</h2>
      <p>{texts.teamIntro}</p>
      <ResultCollector
        id={`${texts.tool}-verzamel`}
        fileLabel="JSON-bestanden om toe te voegen"
        accept=".json,application/json"
        collector={actions.collector}
        existing={props.members}
        limit={MAX_RESPONDENTS}
        words={{ one: 'resultaat', many: 'resultaten', limit: MAX_RESPONDENTS }}
        onCollect={actions.collected}
      />
      <p class="team-add">
        <button type="button" onClick={actions.addOwn}>
          Mijn antwoorden toevoegen
        </button>
      </p>
      {team && (
        <>
          <p>
            {`Een ${texts.itemWord} is gemarkeerd als gespreksonderwerp als de scores 2 punten of meer uit elkaar liggen.`}
            {texts.conversationHref && (
              <>
                {' '}
                <a href={texts.conversationHref}>Waarom dat ertoe doet</a>
              </>
            )}
          </p>
          <TeamChart
            definition={def}
            items={team.items}
            label={`Scores per ${texts.respondentWord}. De tabel eronder geeft dezelfde getallen.`}
          />
          <p class="hint">
            {`Elk bolletje is een ${texts.respondentWord}: het cijfer is het nummer in de tabel. De rode streep is het gemiddelde. ⚑ = bespreken.`}
          </p>
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
                  {labels.map((label, index) => (
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
                {team.groups.map((groupStat) => {
                  const g = def.groups.find((x) => x.id === groupStat.groupId)!;
                  return [
                    <tr key={g.id} class="group-row">
                      <th scope="row">{g.name}</th>
                      {groupStat.scores.map((s, i) => (
                        <td key={i}>{fmt(s)}</td>
                      ))}
                      <td>{fmt(groupStat.mean)}</td>
                      <td>{fmt(groupStat.spread)}</td>
                      <td>{groupStat.flagged ? 'ja' : ''}</td>
                    </tr>,
                    ...g.items.map((item) => {
                      const stat = team.items.find((s) => s.itemId === item.id)!;
                      return (
                        <tr key={item.id} class={stat.flagged ? 'is-flagged' : undefined}>
                          <th scope="row">{item.name}</th>
                          {stat.scores.map((s, i) => (
                            <td key={i}>{fmt(s)}</td>
                          ))}
                          <td>{fmt(stat.mean)}</td>
                          <td>{fmt(stat.spread)}</td>
                          <td>{stat.flagged ? '⚑ ja' : ''}</td>
                        </tr>
                      );
                    }),
                  ];
                })}
              </tbody>
            </table>
          </div>
          <p class="team-buttons">
            <button type="button" onClick={actions.exportCsv}>
              Exporteer de vergelijking als CSV
            </button>{' '}
            {props.members.map((_, index) => (
              <button type="button" key={index} onClick={() => actions.remove(index)}>
                {`${labels[index]} verwijderen`}
              </button>
            ))}
          </p>
        </>
      )}
    </section>
  );
}
