import { useEffect, useMemo, useState } from 'preact/hooks';
import { sitePath } from '../../lib/site/base-url';
import { teamPositions } from '../../lib/team-matrix/adopt';
import { aggregate, byDisagreement } from '../../lib/team-matrix/aggregate';
import type { CollectSummary, Collector } from '../../lib/instrument-kit/collect-results';
import { participantLabel, resultKey, type ParticipantResult } from '../../lib/team-matrix/result';
import { RESULT_KEY } from '../../lib/team-matrix/team-links';
import type { TeamSession } from '../../lib/team-matrix/session';
import { emptyTeamMatrix, MAX_RESULTS, withResults } from '../../lib/team-matrix/team-state';
import { counted } from '../../lib/instrument-kit/counted';
import { formatDecimal } from '../../lib/instrument-kit/decimal';
import { Toolbar } from '../instrument-kit/Messages';
import { ResultCollector } from '../instrument-kit/ResultCollector';
import type { TeamKit } from './TeamMatrix';
import { TeamPartnerChart } from './TeamPartnerChart';
import { TeamTable } from './TeamTable';
import { ShareUrl } from '../instrument-kit/ShareUrl';

const loadBeamer = () => import('./team-matrix-beamer');

const partnerMatrixPage = () => window.location.assign(sitePath('instrumenten/partnermatrix/'));

/**
 * The trainer's session: the participant link, collecting results, the group per partner
 * (chart, table, where the group disagrees most) and adopting the team's positions.
 */
export function TrainerSession(props: { kit: TeamKit; session: TeamSession }) {
  const { kit, session } = props;
  const { work, say, files } = kit;
  const state = work.state;
  const [invite, setInvite] = useState<string | null>(null);
  useEffect(
    () => files(async (f) => setInvite(f.shareUrl(await f.inviteFragment(session)))),
    [files, session],
  );
  const stats = useMemo(
    () => aggregate(session, state.results, participantLabel),
    [session, state.results],
  );
  const ordered = useMemo(() => byDisagreement(stats), [stats]);
  const collector = useMemo<Collector<ParticipantResult>>(
    () => ({
      parse: async (input) => (await import('./team-files')).resultsFromInput(input, session),
      key: resultKey,
      name: (result) => result.participant,
    }),
    [session],
  );
  const undoable = (stepId: string | null) =>
    stepId ? { label: 'Ongedaan maken', run: () => work.undo(stepId) } : undefined;

  const collected = (incoming: ParticipantResult[], summary: CollectSummary) => {
    const stepId = incoming.length
      ? work.change(
          `${incoming.length} ${incoming.length === 1 ? 'resultaat' : 'resultaten'} toegevoegd`,
          (s) => withResults(s, incoming).state,
        )
      : null;
    say(summary.kind, summary.text, { details: summary.details, action: undoable(stepId) });
  };

  const remove = (result: ParticipantResult, index: number) => {
    const name = participantLabel(result, index);
    const stepId = work.change(`${name} weggehaald`, (s) => ({
      ...s,
      results: s.results.filter((r) => r.id !== result.id),
      choices: s.choices.filter((c) => c.resultId !== result.id),
    }));
    say('info', `Het resultaat van ${name} is weggehaald.`, { action: undoable(stepId) });
  };

  const adopt = () =>
    files(async (f) => {
      const positions = teamPositions(stats, state.choices, session.askTarget);
      if (!positions.size) {
        say('warning', 'Er zijn nog geen resultaten om over te nemen.');
        return;
      }
      const done = await f.adoptTeam(
        session,
        state.source?.docId ?? null,
        state.teamDocId,
        positions,
      );
      if (done.kind === 'created')
        work.change('partnermatrix van het team gemaakt', (s) => ({ ...s, teamDocId: done.docId }));
      const skipped = done.missing
        ? ` Niet meer in die matrix, dus overgeslagen: ${counted(done.missing, 'partner', 'partners')}.`
        : '';
      const own = state.source
        ? ` Je eigen partnermatrix “${state.source.title}” is niet veranderd.`
        : '';
      say(
        'info',
        done.kind === 'created'
          ? `De teamposities staan in een nieuwe partnermatrix: “${done.title}”.${own}${skipped}`
          : done.changed
            ? `De teampositie is bijgewerkt in “${done.title}” bij ${counted(done.changed, 'partner', 'partners')}. Met “Ongedaan maken” in de partnermatrix zet je ze terug.${skipped}`
            : `De teamposities in “${done.title}” waren al zo. Er is niets veranderd.${skipped}`,
        { action: { label: `Open “${done.title}”`, run: partnerMatrixPage } },
      );
    });

  const discuss = ordered.filter((s) => s.points.length > 1 && s.spread > 0);
  return (
    <>
      <section aria-labelledby="team-link-kop">
        <h2 id="team-link-kop">Deelnemerslink</h2>
        <p>
          Stuur deze link naar je deelnemers. Ieder scoort de partners op het eigen apparaat en
          stuurt een link of bestand terug.
          {session.askTarget ? ' Ze geven ook de gewenste positie.' : ''}
        </p>
        <ShareUrl
          label={`Deelnemerslink voor “${session.name}”`}
          url={invite ?? ''}
          data-invite={invite ? '' : undefined}
        />
        <Toolbar label="Teamsessie">
          <button
            type="button"
            disabled={!invite}
            onClick={() =>
              invite && void kit.offerLink(invite, 'Stuur hem naar je groep.', () => {})
            }
          >
            Kopieer de deelnemerslink
          </button>
          <button
            type="button"
            onClick={() =>
              void loadBeamer().then((b) =>
                b.openTeamMatrixBeamer(session.name, invite, ordered, TeamPartnerChart),
              )
            }
          >
            Op de beamer tonen
          </button>
          <button
            type="button"
            onClick={() =>
              void work.library.create(
                emptyTeamMatrix(),
                'Mijn teammatrix',
                'Een nieuwe teamsessie. De vorige staat ongewijzigd in Mijn werk.',
              )
            }
          >
            Nieuwe teamsessie
          </button>
        </Toolbar>
      </section>

      <section aria-labelledby="team-verzamelen">
        <h2 id="team-verzamelen">Resultaten verzamelen</h2>
        <ResultCollector
          id="team-resultaten"
          fileLabel="Resultaatbestanden om toe te voegen"
          accept=".json,application/json"
          collector={collector}
          fragmentKeys={[RESULT_KEY]}
          existing={state.results}
          limit={MAX_RESULTS}
          words={{ one: 'resultaat', many: 'resultaten', limit: MAX_RESULTS }}
          onCollect={collected}
        />
        <details class="team-participants">
          <summary>{`${state.results.length} ${state.results.length === 1 ? 'resultaat' : 'resultaten'}`}</summary>
          <ul>
            {state.results.map((result, index) => (
              <li key={result.id}>
                {participantLabel(result, index)}{' '}
                <button type="button" class="link-button" onClick={() => remove(result, index)}>
                  {`Haal ${participantLabel(result, index)} weg`}
                </button>
              </li>
            ))}
          </ul>
        </details>
      </section>

      <section aria-labelledby="team-verschillen">
        <h2 id="team-verschillen">Waar verschillen jullie het meest?</h2>
        <p id="team-spreiding-uitleg" class="hint">
          Spreiding: hoe ver de punten gemiddeld van de mediaan liggen, in punten op de schaal van 0
          tot 10. Hoe hoger, hoe meer de groep verschilt. De mediaan is het middelste punt per as,
          afgerond op halve punten.
        </p>
        {discuss.length ? (
          <ol class="team-discuss">
            {discuss.map((stat) => (
              <li key={stat.partner.id} data-partner={stat.partner.id}>
                <a href={`#team-partner-${stat.partner.id}`}>{stat.partner.name}</a>
                {`: spreiding ${formatDecimal(stat.spread)}`}
              </li>
            ))}
          </ol>
        ) : (
          <p>
            {state.results.length
              ? 'De groep is het over elke partner eens.'
              : 'Nog geen resultaten. Ze verschijnen hier zodra je ze toevoegt.'}
          </p>
        )}
        <div class="team-charts">
          {ordered.map((stat) => (
            <figure key={stat.partner.id} id={`team-partner-${stat.partner.id}`}>
              <figcaption>{stat.partner.name}</figcaption>
              <TeamPartnerChart stat={stat} describedBy="team-spreiding-uitleg" />
            </figure>
          ))}
        </div>
        <p class="hint">
          Een blauwe stip is een deelnemer; een getal in de stip zegt hoeveel deelnemers precies
          daar scoorden. De open ruit is de mediaan.
        </p>
        <TeamTable
          session={session}
          stats={stats}
          choices={state.choices}
          onChoose={(partnerId, resultId) =>
            work.change('teampositie gekozen', (s) => ({
              ...s,
              choices: [
                ...s.choices.filter((c) => c.id !== partnerId),
                ...(resultId ? [{ id: partnerId, resultId }] : []),
              ],
            }))
          }
        />
        <Toolbar label="Teamposities overnemen">
          <button type="button" onClick={adopt} disabled={!state.results.length}>
            {state.teamDocId
              ? 'Werk de teamposities bij in de partnermatrix van het team'
              : 'Neem de teamposities over in een partnermatrix'}
          </button>
        </Toolbar>
        <p class="hint">
          De eerste keer komt er een nieuwe partnermatrix bij in Mijn werk, met je eigen
          partnermatrix als basis. Je eigen matrix blijft zoals hij is.
        </p>
      </section>
    </>
  );
}
