import { wantedLevelLabel, wantedLevelScale } from '../../data/agreement-scale';
import type { QDefinition, QItem } from '../../lib/questionnaire/definition';
import {
  progress,
  setAsideOf,
  type Answer,
  type QResponse,
} from '../../lib/questionnaire/response';
import { cleanTypedText } from '../../lib/instrument-kit/text-clean';
import { FormField } from '../instrument-kit/FormField';
import type { QuestionnaireTexts } from './questionnaire-texts';

/** The reader's own answers: name, progress, the parts of the scan and the current part. */
export function AnswerSteps(props: {
  def: QDefinition;
  texts: QuestionnaireTexts;
  own: QResponse;
  step: number;
  onName: (name: string) => void;
  onAnswer: (statementId: string, value: Answer) => void;
  onAmbition: (itemId: string, value: number | null) => void;
  onDropSetAside: (statementId: string) => void;
  goTo: (step: number) => void;
}) {
  const { def, texts, own, step, goTo } = props;
  const done = progress(def, own);
  const onResults = step >= def.groups.length;
  const group = def.groups[Math.min(step, def.groups.length - 1)];
  return (
    <>
      <FormField
        id={`${texts.tool}-naam`}
        class="respondent-name"
        label={`${texts.respondentLabel} (mag leeg blijven)`}
        hint="Dit staat boven je resultaat en in de vergelijking."
      >
        {(control) => (
          <input
            {...control}
            type="text"
            maxLength={80}
            value={own.respondent}
            onInput={(e) => {
              // Direction controls are removed as they are typed, not at the next reload.
              const input = e.currentTarget as HTMLInputElement;
              const clean = cleanTypedText(input.value);
              if (clean !== input.value) input.value = clean;
              props.onName(clean);
            }}
          />
        )}
      </FormField>

      <div class="scan-progress">
        <label for={`${texts.tool}-voortgang`}>
          {`${done.answered} van ${done.total} stellingen beantwoord`}
          {done.dontKnow > 0 ? ` (${done.dontKnow} keer “${texts.dontKnow}”)` : ''}
        </label>
        <progress id={`${texts.tool}-voortgang`} max={done.total} value={done.answered} />
      </div>

      <nav class="scan-steps" aria-label={`Onderdelen van de scan`}>
        <ol>
          {def.groups.map((g, index) => (
            <li key={g.id}>
              <button
                type="button"
                aria-current={step === index ? 'step' : undefined}
                onClick={() => goTo(index)}
              >
                {`${index + 1}. ${g.name}`}
              </button>
            </li>
          ))}
          <li>
            <button
              type="button"
              aria-current={onResults ? 'step' : undefined}
              onClick={() => goTo(def.groups.length)}
            >
              Resultaat
            </button>
          </li>
        </ol>
      </nav>

      {!onResults && (
        <section class="scan-step" aria-labelledby={`${texts.tool}-stap`}>
          <h2 id={`${texts.tool}-stap`} tabIndex={-1}>
            {def.groups.length > 1
              ? `${group.name} (${step + 1} van ${def.groups.length})`
              : group.name}
          </h2>
          {group.items.map((item) => (
            <div class="scan-item" key={item.id}>
              <h3>{item.name}</h3>
              {item.meaning && <p class="hint">{item.meaning}</p>}
              {item.statements.map((statement) => (
                <fieldset class="scan-statement" key={statement.id}>
                  <legend>{statement.text}</legend>
                  <div class="scan-options">
                    {texts.scale.map((option) => (
                      <label key={option.value}>
                        <input
                          type="radio"
                          name={`${texts.tool}-${statement.id}`}
                          value={option.value}
                          checked={own.answers[statement.id] === option.value}
                          onChange={() => props.onAnswer(statement.id, option.value)}
                        />
                        {option.label}
                      </label>
                    ))}
                    <label>
                      <input
                        type="radio"
                        name={`${texts.tool}-${statement.id}`}
                        value="weet-niet"
                        checked={own.answers[statement.id] === 'weet-niet'}
                        onChange={() => props.onAnswer(statement.id, 'weet-niet')}
                      />
                      {texts.dontKnow}
                    </label>
                  </div>
                </fieldset>
              ))}
              <SetAside item={item} own={own} texts={texts} onDrop={props.onDropSetAside} />
              {texts.askAmbition && (
                <label class="kit-field scan-ambition">
                  <span>{`${wantedLevelLabel} voor “${item.name}” (mag leeg blijven)`}</span>
                  <select
                    value={own.ambitions[item.id] ?? ''}
                    onChange={(e) => {
                      const value = (e.currentTarget as HTMLSelectElement).value;
                      props.onAmbition(item.id, value === '' ? null : Number(value));
                    }}
                  >
                    <option value="">geen</option>
                    {wantedLevelScale.map((option) => (
                      <option key={option.value} value={option.value}>
                        {`${option.value} – ${option.label}`}
                      </option>
                    ))}
                  </select>
                </label>
              )}
            </div>
          ))}
          <p class="scan-nav">
            <button type="button" disabled={step === 0} onClick={() => goTo(step - 1)}>
              Vorig onderdeel
            </button>{' '}
            <button type="button" onClick={() => goTo(step + 1)}>
              {step === def.groups.length - 1 ? 'Naar het resultaat' : 'Volgend onderdeel'}
            </button>
          </p>
        </section>
      )}
    </>
  );
}

/**
 * Answers to statements that were split or rephrased: shown beside the new statements so the
 * respondent can answer those with the old answer in view; not scored. The reader may remove them.
 */
function SetAside(props: {
  item: QItem;
  own: QResponse;
  texts: QuestionnaireTexts;
  onDrop: (statementId: string) => void;
}) {
  const { item, own, texts } = props;
  const kept = (item.retired ?? []).flatMap((statement) => {
    const answer = setAsideOf(own, statement.id);
    return answer === undefined ? [] : [{ statement, answer }];
  });
  if (kept.length === 0) return null;
  const label = (answer: Answer) =>
    answer === 'weet-niet'
      ? texts.dontKnow
      : `${answer} – ${texts.scale.find((o) => o.value === answer)?.label ?? ''}`;
  return (
    <div class="scan-set-aside hint" role="note">
      <p>
        {kept.length === 1
          ? 'Je gaf eerder een antwoord op een stelling die twee dingen tegelijk vroeg. Daarvoor staan nu nieuwe stellingen hierboven. Het oude antwoord telt niet mee in de score:'
          : 'Je gaf eerder antwoorden op stellingen die twee dingen tegelijk vroegen. Daarvoor staan nu nieuwe stellingen hierboven. De oude antwoorden tellen niet mee in de score:'}
      </p>
      <ul>
        {kept.map(({ statement, answer }) => (
          <li key={statement.id}>
            {`“${statement.text}”: ${label(answer)} `}
            <button
              type="button"
              aria-label={`Oud antwoord weghalen: ${statement.text}`}
              onClick={() => props.onDrop(statement.id)}
            >
              Weghalen
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
