import '../instrument-kit/kit.css';
import './questionnaire.css';
import '../instrument-kit/print.css';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { QDefinition } from '../../lib/questionnaire/definition';
import { emptyResponse, type Answer, type QResponse } from '../../lib/questionnaire/response';
import type { Collector } from '../../lib/instrument-kit/collect-results';
import { responseKey } from '../../lib/questionnaire/team';
import { MAX_RESPONDENTS, scanFormat, type ScanState } from '../../lib/questionnaire/scan-state';
import { ConfirmDialog } from '../instrument-kit/ConfirmDialog';
import { FileButton } from '../instrument-kit/FileButton';
import { HistoryButtons, InstrumentFrame } from '../instrument-kit/InstrumentFrame';
import { Toolbar } from '../instrument-kit/Messages';
import { useInstrument } from '../instrument-kit/use-instrument';
import { AnswerSteps } from './AnswerSteps';
import { AnswersReport, ReportTop } from './AnswersReport';
import type { QuestionnaireTexts } from './questionnaire-texts';
import { ScanResults } from './ScanResults';
import { TeamComparison, type TeamActions } from './TeamComparison';
import { ShareUrl } from '../instrument-kit/ShareUrl';

export type { QuestionnaireTexts } from './questionnaire-texts';

const loadFiles = () => import('./questionnaire-files');
type Files = Awaited<ReturnType<typeof loadFiles>>;

export default function Questionnaire(props: {
  definition: QDefinition;
  texts: QuestionnaireTexts;
}) {
  const { definition: def, texts } = props;
  const format = useMemo(
    () => scanFormat(def, texts.tool, `Mijn ${texts.title.toLowerCase()}`),
    [def, texts.tool, texts.title],
  );
  const kit = useInstrument(format);
  const { work, say, withCode, offerLink } = kit;
  const scan = work.state;
  const { change } = work;
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const files = useCallback(
    (task: (f: Files) => Promise<void> | void) => withCode(loadFiles, task),
    [withCode],
  );
  const undoable = useCallback(
    (stepId: string | null) =>
      stepId ? { label: 'Ongedaan maken', run: () => work.undo(stepId) } : undefined,
    [work],
  );

  /**
   * Adds a respondent (`pick` reads the newest state) to the comparison, as one undoable step;
   * a result that is already there (same name, same answers) is not added again.
   */
  const addToTeam = useCallback(
    (pick: (s: ScanState) => QResponse, source: string, warnings: string[] = []) => {
      let refused: string | null = null;
      const stepId = change(`${source} toegevoegd`, (s) => {
        const member = pick(s);
        if (s.team.length >= MAX_RESPONDENTS) {
          refused = `De vergelijking heeft al ${MAX_RESPONDENTS} ${texts.respondentWords}. Er is niets toegevoegd.`;
        } else if (s.team.some((other) => responseKey(other) === responseKey(member))) {
          refused = `${source} staat al in de vergelijking, met dezelfde antwoorden. Er is niets toegevoegd.`;
        }
        return refused ? s : { ...s, team: [...s.team, member] };
      });
      if (refused) {
        say('warning', refused);
        return;
      }
      say(warnings.length ? 'warning' : 'info', `${source} is toegevoegd aan de vergelijking.`, {
        details: warnings,
        action: undoable(stepId),
      });
    },
    [change, say, texts.respondentWords, undoable],
  );

  // A shared result in the link joins the comparison once the reader's own work has loaded:
  // opening a colleague's link never replaces your own answers.
  useEffect(() => {
    if (!work.ready) return;
    const fromHash = async () => {
      if (!/[#&]data=/.test(window.location.hash)) return;
      const { responseFromLink } = await loadFiles();
      const result = await responseFromLink(def, window.location.href);
      history.replaceState(null, '', window.location.pathname + window.location.search);
      if (!result.ok) say('error', result.message);
      else
        addToTeam(
          () => result.value,
          `Het gedeelde resultaat${result.value.respondent ? ` van ${result.value.respondent}` : ''}`,
          result.warnings,
        );
    };
    const run = () =>
      void fromHash().catch(() =>
        say('error', 'Deze link kon niet worden gelezen. Je eigen antwoorden zijn niet aangepast.'),
      );
    run();
    window.addEventListener('hashchange', run);
    return () => window.removeEventListener('hashchange', run);
    // Reads the link once per arrival and per hash change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [work.ready]);

  const collector = useMemo<Collector<QResponse>>(
    () => ({
      parse: async (input) => (await loadFiles()).responsesFromInput(def, texts.tool, input),
      key: responseKey,
      name: (response) => response.respondent,
    }),
    [def, texts.tool],
  );

  const own = scan.own;
  const setOwn = (label: string, update: (own: QResponse) => QResponse, key?: string) =>
    change(label, (s) => ({ ...s, own: update(s.own) }), key);
  const goTo = (step: number) => {
    change('ander onderdeel', (s) => ({ ...s, step }), 'step');
    requestAnimationFrame(() => document.getElementById(`${texts.tool}-stap`)?.focus());
  };
  const exportJson = () =>
    files((f) =>
      f.downloadText(
        f.exportFilename(texts.tool, own.respondent, 'json'),
        f.scanJson(texts.tool, work.state),
        'application/json',
      ),
    );

  const team: TeamActions = {
    addOwn: () =>
      addToTeam((s) => structuredClone(s.own), own.respondent.trim() || 'Mijn antwoorden'),
    collector,
    collected: (added, summary) => {
      const stepId = added.length
        ? change(
            `${added.length} ${added.length === 1 ? 'resultaat' : 'resultaten'} toegevoegd`,
            (s) => ({
              ...s,
              team: [...s.team, ...added].slice(0, MAX_RESPONDENTS),
            }),
          )
        : null;
      say(summary.kind, summary.text, { details: summary.details, action: undoable(stepId) });
    },
    exportCsv: () =>
      files((f) =>
        f.downloadText(
          f.datedFilename(`${texts.tool}-team`, 'csv'),
          f.teamCsv(def, scan.team),
          'text/csv;charset=utf-8',
        ),
      ),
    remove: (index) => {
      const label = scan.team[index]?.respondent || `${texts.respondentWord} ${index + 1}`;
      const stepId = change(`${label} uit de vergelijking`, (s) => ({
        ...s,
        team: s.team.filter((_, i) => i !== index),
      }));
      say('info', `${label} is uit de vergelijking gehaald.`, { action: undoable(stepId) });
    },
  };

  /** Our own JSON export (or a colleague's) opens as a new piece of work: "mijn antwoorden". */
  const openOwnFile = (file: File) =>
    files(async (f) => {
      const result = f.scanFromFile(def, texts.tool, await f.readFileBytes(file));
      if (!result.ok) {
        say('error', `${result.message} Je eigen antwoorden zijn niet aangepast.`);
        return;
      }
      const before = work.doc;
      const title = result.value.own.respondent.trim()
        ? `Antwoorden van ${result.value.own.respondent.trim()}`
        : file.name.replace(/\.json$/i, '');
      const created = await work.library.create(result.value, title);
      if (!created) return;
      say(
        result.warnings.length ? 'warning' : 'info',
        `Bestand ${file.name} geopend als nieuw werk “${created.title}”.${before ? ` Je eerdere antwoorden in “${before.title}” staan ongewijzigd in Mijn werk.` : ''}`,
        {
          details: result.warnings,
          action: before
            ? {
                label: `Terug naar “${before.title}”`,
                run: () => void work.library.open(before.id),
              }
            : undefined,
        },
      );
    });

  return (
    <InstrumentFrame instrument={kit} format={format} class="questionnaire" idPrefix={texts.tool}>
      <Toolbar label="Bestand en delen">
        <button
          type="button"
          onClick={() =>
            files(async (f) =>
              setShareUrl(
                await offerLink(
                  await f.shareLink(own),
                  'Wie de link opent, ziet je antwoorden.',
                  exportJson,
                ),
              ),
            )
          }
        >
          Deel mijn resultaat
        </button>
        <button type="button" onClick={exportJson}>
          Exporteer als JSON
        </button>
        <button
          type="button"
          onClick={() =>
            files((f) =>
              f.downloadText(
                f.exportFilename(texts.tool, own.respondent, 'csv'),
                f.responseCsv(def, own),
                'text/csv;charset=utf-8',
              ),
            )
          }
        >
          Exporteer mijn antwoorden als CSV
        </button>
        <FileButton
          inputLabel="JSON-bestand om als mijn antwoorden te openen"
          accept=".json,application/json"
          onFile={openOwnFile}
        >
          Open een JSON-bestand als mijn antwoorden
        </FileButton>
        <button type="button" onClick={() => window.print()}>
          Afdrukken
        </button>
        <HistoryButtons instrument={kit} />
        <button type="button" onClick={() => setConfirmReset(true)}>
          Opnieuw beginnen
        </button>
      </Toolbar>
      <ConfirmDialog
        open={confirmReset}
        title="Je eigen antwoorden wissen?"
        confirmLabel="Ja, wis mijn antwoorden"
        onConfirm={() => {
          setConfirmReset(false);
          const stepId = change('antwoorden gewist', (s: ScanState) => ({
            ...s,
            own: emptyResponse(def),
            step: 0,
          }));
          say('info', 'Je antwoorden zijn gewist.', { action: undoable(stepId) });
        }}
        onCancel={() => setConfirmReset(false)}
      >
        <p>
          De vergelijking met anderen blijft staan. Met “Ongedaan maken” zet je je antwoorden terug,
          ook na herladen.
        </p>
      </ConfirmDialog>
      {shareUrl && <ShareUrl label={'Link naar je resultaat'} url={shareUrl} />}

      <ReportTop def={def} texts={texts} own={own} title={work.doc?.title} />
      <AnswerSteps
        def={def}
        texts={texts}
        own={own}
        step={scan.step}
        goTo={goTo}
        onName={(name) => setOwn('naam', (o) => ({ ...o, respondent: name }), 'respondent')}
        onAnswer={(statementId: string, value: Answer) =>
          setOwn('antwoord', (o) => ({ ...o, answers: { ...o.answers, [statementId]: value } }))
        }
        onDropSetAside={(statementId) => {
          const stepId = setOwn('oud antwoord weggehaald', (o) => {
            const setAside = { ...o.setAside };
            delete setAside[statementId];
            const { setAside: _old, ...rest } = o;
            return Object.keys(setAside).length ? { ...rest, setAside } : rest;
          });
          say('info', 'Het oude antwoord is weggehaald.', { action: undoable(stepId) });
        }}
        onAmbition={(itemId, value) =>
          setOwn('gewenst niveau', (o) => {
            const ambitions = { ...o.ambitions };
            if (value === null) delete ambitions[itemId];
            else ambitions[itemId] = value;
            return { ...o, ambitions };
          })
        }
      />
      <ScanResults def={def} texts={texts} own={own} onResults={scan.step >= def.groups.length} />
      <TeamComparison def={def} texts={texts} members={scan.team} actions={team} />
      <AnswersReport def={def} texts={texts} own={own} />
    </InstrumentFrame>
  );
}
