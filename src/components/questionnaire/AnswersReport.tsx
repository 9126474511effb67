import {
  answerSheet,
  answerText,
  hasScoredAnswer,
  type SheetGroup,
} from '../../lib/questionnaire/answer-sheet';
import type { QDefinition } from '../../lib/questionnaire/definition';
import { progress, type QResponse } from '../../lib/questionnaire/response';
import { ReportHeader } from '../instrument-kit/ReportHeader';
import { usePrinting } from '../instrument-kit/use-printing';
import { capitalised, type QuestionnaireTexts } from './questionnaire-texts';

/**
 * The top of the questionnaire on paper: the work's name, how far it is filled in and the date.
 * Without a scored answer there is no result yet: it says so, and print.css leaves out the
 * empty result (data-unanswered).
 */
export function ReportTop(props: {
  def: QDefinition;
  texts: QuestionnaireTexts;
  own: QResponse;
  title: string | undefined;
}) {
  const { def, texts, own } = props;
  const printing = usePrinting(props.title);
  const done = progress(def, own);
  const scored = hasScoredAnswer(def, own);
  return (
    <div class="print-report answers-report" data-unanswered={scored ? undefined : ''}>
      <ReportHeader title={props.title} printing={printing}>
        <p>
          {`${done.answered} van ${done.total} stellingen beantwoord`}
          {done.dontKnow > 0 ? ` (${done.dontKnow} keer “${texts.dontKnow}”).` : '.'}
        </p>
        {!scored && (
          <p>
            Er is nog geen resultaat: geen enkele stelling heeft een score. Vul eerst stellingen in
            en druk daarna af.
          </p>
        )}
      </ReportHeader>
    </div>
  );
}

function SheetTable(props: { sheet: SheetGroup; texts: QuestionnaireTexts; caption: string }) {
  const { sheet, texts } = props;
  return (
    <table class="answers-table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Stelling</th>
          <th scope="col">Antwoord</th>
        </tr>
      </thead>
      {sheet.items.map(({ item, ambition, statements }) => (
        <tbody key={item.id}>
          <tr class="group-row">
            <th scope="rowgroup" colSpan={2}>
              {texts.askAmbition
                ? `${item.name} (gewenst niveau: ${ambition ?? 'niet ingevuld'})`
                : item.name}
            </th>
          </tr>
          {statements.map(({ statement, answer }) => (
            <tr key={statement.id}>
              <td>{statement.text}</td>
              <td>{answerText(answer, texts.scale, texts.dontKnow)}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}

/** Every statement with the reader's answer, as text: the form itself stays on screen. */
export function AnswersReport(props: {
  def: QDefinition;
  texts: QuestionnaireTexts;
  own: QResponse;
}) {
  const { def, texts, own } = props;
  if (!hasScoredAnswer(def, own)) return null;
  const sheet = answerSheet(def, own);
  const label = own.respondent.trim();
  return (
    <section class="print-report answers-report__answers">
      <h2>{label ? `Antwoorden van ${label}` : 'Je antwoorden'}</h2>
      {sheet.map((group) => (
        <SheetTable
          key={group.group.id}
          sheet={group}
          texts={texts}
          caption={
            sheet.length > 1
              ? `${capitalised(texts.groupWord)}: ${group.group.name}`
              : group.group.name
          }
        />
      ))}
    </section>
  );
}
