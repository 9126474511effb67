import type { CollectSummary, Collector } from '../../lib/instrument-kit/collect-results';
import { MAX_RESPONDENTS } from '../../lib/questionnaire/scan-state';
import { ResultCollector } from '../instrument-kit/ResultCollector';
import type { QDefinition } from '../../lib/questionnaire/definition';
import type { QResponse } from '../../lib/questionnaire/response';
import { useState } from 'preact/hooks';
import { byDisagreement, respondentLabels, teamStatistics } from '../../lib/questionnaire/team';
import type { QuestionnaireTexts } from './questionnaire-texts';
import { TeamChart } from './TeamChart';
import { TeamTable } from './TeamTable';

const loadBeamer = () => import('./team-beamer');

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
  const [sorted, setSorted] = useState(false);
  const items = def.groups.flatMap((g) => g.items);
  const rows =
    sorted && team
      ? byDisagreement(team.items).map((stat) => items.find((i) => i.id === stat.itemId)!)
      : items;
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
        </button>{' '}
        <button
          type="button"
          onClick={() =>
            void loadBeamer().then((b) => b.openTeamBeamer(def, texts, labels, team, TeamChart))
          }
        >
          Op de beamer tonen
        </button>
      </p>
      <p class="hint">
        Op de beamer staat ook de link naar deze vragenlijst, met een QR-code om te scannen.
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
          <label class="team-sort">
            <input
              type="checkbox"
              checked={sorted}
              onChange={(e) => setSorted((e.currentTarget as HTMLInputElement).checked)}
            />{' '}
            {`Zet de ${texts.itemWords} met de meeste onenigheid bovenaan`}
          </label>
          <TeamChart
            rows={rows}
            scale={def.scale}
            items={team.items}
            names={labels}
            label={`Scores per ${texts.respondentWord}. De tabel eronder geeft dezelfde getallen.`}
          />
          <p class="hint">
            {`Een bolletje met een cijfer is één ${texts.respondentWord}: het cijfer is het nummer in de tabel. Een groter bolletje met bijvoorbeeld 3× staat voor drie ${texts.respondentWords} met dezelfde score. De rode streep is het gemiddelde. ⚑ = bespreken. Spreiding = de hoogste min de laagste score.`}
          </p>
          <TeamTable
            def={def}
            texts={texts}
            team={team}
            labels={labels}
            order={sorted ? rows : null}
          />
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
