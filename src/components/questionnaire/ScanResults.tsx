import { wantedLevelLabel } from '../../data/agreement-scale';
import { counted } from '../../lib/instrument-kit/counted';
import { formatDecimal } from '../../lib/instrument-kit/decimal';
import type { QDefinition } from '../../lib/questionnaire/definition';
import type { QResponse } from '../../lib/questionnaire/response';
import {
  priorities,
  roundScore,
  scoreResponse,
  scoringExplanation,
} from '../../lib/questionnaire/scoring';
import { capitalised, type QuestionnaireTexts } from './questionnaire-texts';
import { ScoreChart } from './ScoreChart';

export const fmt = (n: number | null) => (n === null ? '–' : formatDecimal(roundScore(n)));

/** The reader's result: how it is scored, what to work on first, chart and table. */
export function ScanResults(props: {
  def: QDefinition;
  texts: QuestionnaireTexts;
  own: QResponse;
  onResults: boolean;
}) {
  const { def, texts, own, onResults } = props;
  const scores = scoreResponse(def, own);
  const top = priorities(def, own);
  const itemName = (itemId: string) =>
    def.groups.flatMap((g) => g.items).find((i) => i.id === itemId)?.name ?? itemId;
  const ownLabel = own.respondent.trim() || 'Mijn antwoorden';
  return (
    <section
      class={`scan-results${onResults ? '' : ' print-only'}`}
      aria-labelledby={`${texts.tool}-resultaat`}
    >
      <h2 id={onResults ? `${texts.tool}-stap` : undefined} tabIndex={-1}>
        <span id={`${texts.tool}-resultaat`}>{`Resultaat: ${ownLabel}`}</span>
      </h2>
      <ul class="scan-explanation">
        {scoringExplanation(def, {
          item: texts.itemWord,
          items: texts.itemWords,
          group: texts.groupWord,
          ambition: texts.askAmbition,
        })
          .split('\n')
          .filter(Boolean)
          .map((line, index) => (
            <li key={index}>{line}</li>
          ))}
      </ul>
      <h3>{texts.prioritiesTitle}</h3>
      {top.length === 0 ? (
        <p>
          {scores.some((g) => g.items.some((i) => i.score !== null))
            ? Object.keys(own.ambitions).length
              ? `Er is niets om eerst aan te werken: geen van de ${texts.itemWords} ligt onder het gewenste niveau.`
              : `Er is niets om eerst aan te werken: alle ${texts.itemWords} met een score staan op het hoogste niveau.`
            : 'Beantwoord eerst een paar stellingen.'}
        </p>
      ) : (
        <ol class="scan-priorities">
          {top.map((item) => {
            const href = texts.itemHref(item.itemId);
            const { meaning, advice } = def.groups
              .flatMap((g) => g.items)
              .find((i) => i.id === item.itemId)!;
            return (
              <li key={item.itemId}>
                <strong>{itemName(item.itemId)}</strong>
                {` – score ${fmt(item.score)}`}
                {item.gap !== null && item.gap > 0
                  ? `, ${counted(roundScore(item.gap), 'punt', 'punten')} onder het gewenste niveau`
                  : ''}
                {meaning && <p>{meaning}</p>}
                {advice && (
                  <p>
                    <strong>Wat je kunt doen:</strong> {advice}
                  </p>
                )}
                {href && <a href={href}>{`Lees meer over “${itemName(item.itemId)}”`}</a>}
              </li>
            );
          })}
        </ol>
      )}
      <div class="scan-chart-and-table">
        <ScoreChart
          definition={def}
          scores={scores}
          title={`Scores per ${texts.itemWord}, gegroepeerd per ${texts.groupWord}. De tabel ernaast geeft dezelfde getallen.`}
        />
        <div class="table-scroll" tabIndex={0} role="region" aria-label="Tabel met de scores">
          <table>
            <caption>{`Scores per ${texts.itemWord} (schaal ${def.scale.min} tot ${def.scale.max})`}</caption>
            <thead>
              <tr>
                <th scope="col">{capitalised(texts.itemWord)}</th>
                <th scope="col">Score</th>
                <th scope="col">Beantwoord</th>
                <th scope="col">{texts.dontKnow}</th>
                {texts.askAmbition && <th scope="col">{wantedLevelLabel}</th>}
              </tr>
            </thead>
            {scores.map((groupScore) => {
              const g = def.groups.find((x) => x.id === groupScore.groupId)!;
              return (
                <tbody key={g.id}>
                  <tr class="group-row">
                    <th
                      scope="rowgroup"
                      colSpan={texts.askAmbition ? 5 : 4}
                    >{`${g.name}: ${fmt(groupScore.score)}`}</th>
                  </tr>
                  {groupScore.items.map((item) => (
                    <tr key={item.itemId}>
                      <th scope="row">{itemName(item.itemId)}</th>
                      <td>{fmt(item.score)}</td>
                      <td>{item.answered}</td>
                      <td>{item.dontKnow}</td>
                      {texts.askAmbition && <td>{item.ambition === null ? '–' : item.ambition}</td>}
                    </tr>
                  ))}
                </tbody>
              );
            })}
          </table>
        </div>
      </div>
    </section>
  );
}
