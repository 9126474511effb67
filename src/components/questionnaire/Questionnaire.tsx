import '../instrument-kit/kit.css';
import './questionnaire.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatDecimal } from '../../lib/instrument-kit/decimal';
import { createStore } from '../../lib/instrument-kit/storage';
import type { QDefinition } from '../../lib/questionnaire/definition';
import {
  emptyResponse,
  progress,
  type Answer,
  type QResponse,
} from '../../lib/questionnaire/response';
import {
  priorities,
  roundScore,
  scoreResponse,
  scoringExplanation,
} from '../../lib/questionnaire/scoring';
import { respondentLabels, teamStatistics } from '../../lib/questionnaire/team';
import { Messages, Toolbar, type KitMessage, type MessageKind } from '../instrument-kit/Messages';
import { emptyScan, MAX_RESPONDENTS, sanitizeScan, type ScanState } from './scan-state';
import { ScoreChart } from './ScoreChart';
import { TeamChart } from './TeamChart';

export interface QuestionnaireTexts {
  /** Used in file names and the storage key, e.g. "quickscan-samenwerkingsvermogen". */
  tool: string;
  /** "Samenwerkingsvermogen" */
  title: string;
  scale: readonly { value: number; label: string }[];
  dontKnow: string;
  /** What a group is called in running text: "domein", "criterium". */
  groupWord: string;
  /** What an item is called: "voorwaarde", and more than one: "voorwaarden". */
  itemWord: string;
  itemWords: string;
  /** Where an item is explained (a chapter heading), or null. */
  itemHref: (itemId: string) => string | null;
  /** Where disagreement is discussed (shown next to flagged items), or null. */
  conversationHref: string | null;
  /** Label of the name field: who answers ("Je naam", "Namens welke partnerorganisatie"). */
  respondentLabel: string;
  /** One who answers, and more than one: "respondent"/"respondenten", "partner"/"partners". */
  respondentWord: string;
  respondentWords: string;
  /** Whether each item asks for the level the respondent wants to reach. */
  askAmbition: boolean;
  /** Heading above the items to work on first. */
  prioritiesTitle: string;
  /** Heading and first paragraph of the comparison. */
  teamTitle: string;
  teamIntro: string;
}

let nextMessageId = 1;
const fmt = (n: number | null) => (n === null ? '–' : formatDecimal(roundScore(n)));
const loadFiles = () => import('./questionnaire-files');

export default function Questionnaire(props: {
  definition: QDefinition;
  texts: QuestionnaireTexts;
}) {
  const { definition: def, texts } = props;
  const [scan, setScan] = useState<ScanState>(() => emptyScan(def));
  const [messages, setMessages] = useState<KitMessage[]>([]);
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');
  const [confirmReset, setConfirmReset] = useState(false);
  const [ready, setReady] = useState(false);
  const fileInput = useRef<HTMLInputElement | null>(null);
  const storageWarned = useRef(false);
  const store = useMemo(
    () =>
      createStore<ScanState>(() => window.localStorage, {
        key: `partnerwijzer:${texts.tool}`,
        version: 1,
        migrations: {},
        sanitize: (value) => sanitizeScan(def, value),
      }),
    [],
  );

  const say = useCallback((kind: MessageKind, text: string, extra: Partial<KitMessage> = {}) => {
    setMessages((current) => [...current.slice(-4), { id: nextMessageId++, kind, text, ...extra }]);
  }, []);
  const dismiss = (id: number) => setMessages((current) => current.filter((m) => m.id !== id));

  const withFiles = (
    run: (files: Awaited<ReturnType<typeof loadFiles>>) => Promise<void> | void,
  ) => {
    void loadFiles()
      .then(run)
      .catch((error: unknown) =>
        say(
          'error',
          `Dat lukte niet: ${(error as Error)?.message ?? error}. Je gegevens zijn niet aangepast.`,
        ),
      );
  };

  const addToTeam = (response: QResponse, source: string, warnings: string[] = []) => {
    setScan((current) => {
      if (current.team.length >= MAX_RESPONDENTS) {
        say(
          'warning',
          `De vergelijking heeft al ${MAX_RESPONDENTS} ${texts.respondentWords}. Er is niets toegevoegd.`,
        );
        return current;
      }
      say(warnings.length ? 'warning' : 'info', `${source} is toegevoegd aan de vergelijking.`, {
        details: warnings,
      });
      return { ...current, team: [...current.team, response] };
    });
  };

  // Arrival: saved work first; a shared result in the link joins the comparison, so that
  // opening a colleague's link never replaces your own answers.
  useEffect(() => {
    const saved = store.load();
    if (!saved.ok) say('warning', saved.message);
    else if (saved.value) {
      setScan(saved.value);
      if (saved.warnings.length)
        say('warning', 'Je opgeslagen antwoorden zijn hersteld, met een paar aanpassingen.', {
          details: saved.warnings,
        });
    }
    const fromHash = async () => {
      if (!/[#&]data=/.test(window.location.hash)) return;
      const { responseFromLink } = await loadFiles();
      const result = await responseFromLink(def, window.location.href);
      history.replaceState(null, '', window.location.pathname + window.location.search);
      if (!result.ok) say('error', result.message);
      else
        addToTeam(
          result.value,
          `Het gedeelde resultaat${result.value.respondent ? ` van ${result.value.respondent}` : ''}`,
          result.warnings,
        );
    };
    void fromHash()
      .catch(() =>
        say('error', 'Deze link kon niet worden gelezen. Je eigen antwoorden zijn niet aangepast.'),
      )
      .finally(() => setReady(true));
    const onHash = () => void fromHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(() => {
      const saved = store.save(scan);
      if (!saved.ok && !storageWarned.current) {
        storageWarned.current = true;
        say('warning', saved.message);
      }
      if (saved.ok) storageWarned.current = false;
    }, 300);
    return () => clearTimeout(timer);
  }, [scan, ready]);

  const own = scan.own;
  const setOwn = (patch: Partial<QResponse>) =>
    setScan((s) => ({ ...s, own: { ...s.own, ...patch } }));
  const answer = (statementId: string, value: Answer) =>
    setOwn({ answers: { ...own.answers, [statementId]: value } });
  const setAmbition = (itemId: string, value: number | null) => {
    const ambitions = { ...own.ambitions };
    if (value === null) delete ambitions[itemId];
    else ambitions[itemId] = value;
    setOwn({ ambitions });
  };
  const goTo = (step: number) => {
    setScan((s) => ({ ...s, step }));
    requestAnimationFrame(() => document.getElementById(`${texts.tool}-stap`)?.focus());
  };

  const done = progress(def, own);
  const scores = useMemo(() => scoreResponse(def, own), [own]);
  const top = useMemo(() => priorities(def, own), [own]);
  const labels = respondentLabels(scan.team);
  const team = useMemo(
    () => (scan.team.length ? teamStatistics(def, scan.team) : null),
    [scan.team],
  );
  const onResults = scan.step >= def.groups.length;
  const group = def.groups[Math.min(scan.step, def.groups.length - 1)];
  const itemName = (itemId: string) =>
    def.groups.flatMap((g) => g.items).find((i) => i.id === itemId)?.name ?? itemId;
  const ownLabel = own.respondent.trim() || 'Mijn antwoorden';

  return (
    <div class="questionnaire instrument" data-ready={ready ? '' : undefined}>
      <Messages messages={messages} onDismiss={dismiss} />
      <Toolbar label="Bestand en delen">
        <button
          type="button"
          onClick={() =>
            withFiles(async (f) => {
              const url = await f.shareLink(own);
              setShareUrl(url);
              try {
                await navigator.clipboard.writeText(url);
                say(
                  'info',
                  'De link naar je resultaat staat op je klembord. Wie de link opent, ziet je antwoorden.',
                );
              } catch {
                say('info', 'Kopieer de link hieronder. Wie de link opent, ziet je antwoorden.');
              }
            })
          }
        >
          Deel mijn resultaat
        </button>
        <button
          type="button"
          onClick={() =>
            withFiles((f) =>
              f.downloadText(
                f.datedFilename(texts.tool, 'json'),
                f.scanJson(texts.tool, scan),
                'application/json',
              ),
            )
          }
        >
          Exporteer als JSON
        </button>
        <button
          type="button"
          onClick={() =>
            withFiles((f) =>
              f.downloadText(
                f.datedFilename(texts.tool, 'csv'),
                f.responseCsv(def, own),
                'text/csv;charset=utf-8',
              ),
            )
          }
        >
          Exporteer mijn antwoorden als CSV
        </button>
        <button type="button" onClick={() => window.print()}>
          Afdrukken
        </button>
        <button type="button" onClick={() => setConfirmReset(true)}>
          Opnieuw beginnen
        </button>
      </Toolbar>
      {confirmReset && (
        <div class="kit-confirm" role="alertdialog" aria-labelledby={`${texts.tool}-reset`}>
          <p id={`${texts.tool}-reset`}>
            Je eigen antwoorden wissen? De vergelijking met anderen blijft staan.
          </p>
          <button
            type="button"
            onClick={() => {
              const before = scan;
              setConfirmReset(false);
              setScan((s) => ({ ...s, own: emptyResponse(def), step: 0 }));
              say('info', 'Je antwoorden zijn gewist.', {
                action: { label: 'Ongedaan maken', run: () => setScan(before) },
              });
            }}
          >
            Ja, wis mijn antwoorden
          </button>
          <button type="button" onClick={() => setConfirmReset(false)}>
            Annuleren
          </button>
        </div>
      )}
      {shareUrl && (
        <p class="share-url">
          <label>
            Link naar je resultaat{' '}
            <input
              type="text"
              readOnly
              value={shareUrl}
              onFocus={(e) => (e.currentTarget as HTMLInputElement).select()}
            />
          </label>
        </p>
      )}

      <div class="kit-field respondent-name">
        <label for={`${texts.tool}-naam`}>{`${texts.respondentLabel} (mag leeg blijven)`}</label>
        <input
          id={`${texts.tool}-naam`}
          type="text"
          maxLength={80}
          value={own.respondent}
          onInput={(e) => setOwn({ respondent: (e.currentTarget as HTMLInputElement).value })}
        />
      </div>

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
                aria-current={scan.step === index ? 'step' : undefined}
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
              ? `${group.name} (${scan.step + 1} van ${def.groups.length})`
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
                          onChange={() => answer(statement.id, option.value)}
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
                        onChange={() => answer(statement.id, 'weet-niet')}
                      />
                      {texts.dontKnow}
                    </label>
                  </div>
                </fieldset>
              ))}
              {texts.askAmbition && (
                <label class="kit-field scan-ambition">
                  <span>{`Gewenst niveau voor “${item.name}” (mag leeg blijven)`}</span>
                  <select
                    value={own.ambitions[item.id] ?? ''}
                    onChange={(e) => {
                      const value = (e.currentTarget as HTMLSelectElement).value;
                      setAmbition(item.id, value === '' ? null : Number(value));
                    }}
                  >
                    <option value="">geen</option>
                    {texts.scale.map((option) => (
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
            <button type="button" disabled={scan.step === 0} onClick={() => goTo(scan.step - 1)}>
              Vorig onderdeel
            </button>{' '}
            <button type="button" onClick={() => goTo(scan.step + 1)}>
              {scan.step === def.groups.length - 1 ? 'Naar het resultaat' : 'Volgend onderdeel'}
            </button>
          </p>
        </section>
      )}

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
                    ? `, ${fmt(item.gap)} onder het gewenste niveau`
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
                  <th scope="col">{texts.itemWord[0].toUpperCase() + texts.itemWord.slice(1)}</th>
                  <th scope="col">Score</th>
                  <th scope="col">Beantwoord</th>
                  <th scope="col">{texts.dontKnow}</th>
                  {texts.askAmbition && <th scope="col">Gewenst</th>}
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
                        {texts.askAmbition && (
                          <td>{item.ambition === null ? '–' : item.ambition}</td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                );
              })}
            </table>
          </div>
        </div>
      </section>

      <section class="scan-team" aria-labelledby={`${texts.tool}-team`}>
        <h2 id={`${texts.tool}-team`}>{texts.teamTitle}</h2>
        <p>{texts.teamIntro}</p>
        <div class="team-add">
          <button type="button" onClick={() => addToTeam(structuredClone(own), ownLabel)}>
            Mijn antwoorden toevoegen
          </button>
          <form
            class="kit-field"
            onSubmit={(e) => {
              e.preventDefault();
              const text = pasted.trim();
              if (!text) return;
              withFiles(async (f) => {
                const result = await f.responseFromLink(def, text);
                if (!result.ok) say('error', result.message);
                else {
                  addToTeam(
                    result.value,
                    result.value.respondent || 'Een gedeeld resultaat',
                    result.warnings,
                  );
                  setPasted('');
                }
              });
            }}
          >
            <label for={`${texts.tool}-plak`}>Plak een gedeelde link</label>
            <span>
              <input
                id={`${texts.tool}-plak`}
                type="text"
                value={pasted}
                onInput={(e) => setPasted((e.currentTarget as HTMLInputElement).value)}
              />{' '}
              <button type="submit">Link toevoegen</button>
            </span>
          </form>
          <button type="button" onClick={() => fileInput.current?.click()}>
            JSON-bestand toevoegen
          </button>
          <input
            ref={fileInput}
            type="file"
            class="sr-only"
            tabIndex={-1}
            aria-label="JSON-bestand om toe te voegen"
            accept=".json,application/json"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              if (!file) return;
              withFiles(async (f) => {
                const result = f.responsesFromFile(def, texts.tool, await f.readFileBytes(file));
                if (!result.ok) say('error', `${result.message} Er is niets toegevoegd.`);
                else
                  for (const response of result.value)
                    addToTeam(
                      response,
                      `${file.name}: ${response.respondent || 'anoniem'}`,
                      result.warnings,
                    );
              });
            }}
          />
        </div>
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
                    <th scope="col">{texts.itemWord[0].toUpperCase() + texts.itemWord.slice(1)}</th>
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
              <button
                type="button"
                onClick={() =>
                  withFiles((f) =>
                    f.downloadText(
                      f.datedFilename(`${texts.tool}-team`, 'csv'),
                      f.teamCsv(def, scan.team),
                      'text/csv;charset=utf-8',
                    ),
                  )
                }
              >
                Exporteer de vergelijking als CSV
              </button>{' '}
              {scan.team.map((_, index) => (
                <button
                  type="button"
                  key={index}
                  onClick={() => {
                    const before = scan;
                    setScan((s) => ({ ...s, team: s.team.filter((_, i) => i !== index) }));
                    say('info', `${labels[index]} is uit de vergelijking gehaald.`, {
                      action: { label: 'Ongedaan maken', run: () => setScan(before) },
                    });
                  }}
                >
                  {`${labels[index]} verwijderen`}
                </button>
              ))}
            </p>
          </>
        )}
      </section>
    </div>
  );
}
