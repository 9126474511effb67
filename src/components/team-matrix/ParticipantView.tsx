import { useEffect, useState } from 'preact/hooks';
import { axes, scoreScale } from '../../data/partner-strategy';
import { formatDecimal } from '../../lib/instrument-kit/decimal';
import { cleanTypedText } from '../../lib/instrument-kit/text-clean';
import { resultFilename } from '../../lib/team-matrix/result';
import type { TeamSession } from '../../lib/team-matrix/session';
import { draftResult, type Draft, type TeamMatrixState } from '../../lib/team-matrix/team-state';
import { createId } from '../../lib/instrument-kit/ids';
import { FormField } from '../instrument-kit/FormField';
import { Toolbar } from '../instrument-kit/Messages';
import type { TeamKit } from './TeamMatrix';
import { ShareUrl } from '../instrument-kit/ShareUrl';

type Field = Exclude<keyof Draft, 'id'>;

const SCORES: number[] = [];
for (let s = scoreScale.min; s <= scoreScale.max; s += scoreScale.step) SCORES.push(s);

const emptyDraft = (id: string): Draft => ({
  id,
  influence: null,
  dependency: null,
  targetInfluence: null,
  targetDependency: null,
});

/** A score from 0 to 10 in half points, or "–" for not scored yet. */
function ScoreSelect(props: {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
}) {
  return (
    <select
      aria-label={props.label}
      value={props.value === null ? '' : String(props.value)}
      onChange={(e) => {
        const text = (e.currentTarget as HTMLSelectElement).value;
        props.onChange(text === '' ? null : Number(text));
      }}
    >
      <option value="">–</option>
      {SCORES.map((s) => (
        <option key={s} value={String(s)}>
          {formatDecimal(s)}
        </option>
      ))}
    </select>
  );
}

/** A participant's side: their name, a score per partner, and sending the result back. */
export function ParticipantView(props: { kit: TeamKit; session: TeamSession }) {
  const { kit, session } = props;
  const { work, files, offerLink } = kit;
  const state = work.state;
  const [link, setLink] = useState<string | null>(null);
  // A link made earlier no longer tells what is on the screen.
  useEffect(() => setLink(null), [state.drafts, state.participant]);
  const drafts = new Map(state.drafts.map((d) => [d.id, d]));
  const columns: { field: Field; label: string }[] = [
    { field: 'influence', label: 'Invloed' },
    { field: 'dependency', label: 'Afhankelijkheid' },
    ...(session.askTarget
      ? ([
          { field: 'targetInfluence', label: 'Gewenste invloed' },
          { field: 'targetDependency', label: 'Gewenste afhankelijkheid' },
        ] as const)
      : []),
  ];
  const scored = state.drafts.filter((d) => d.influence !== null && d.dependency !== null).length;

  const setScore = (id: string, field: Field, value: number | null) =>
    work.change('score', (s: TeamMatrixState) => {
      const known = s.drafts.some((d) => d.id === id);
      const drafts = known ? s.drafts : [...s.drafts, emptyDraft(id)];
      return { ...s, drafts: drafts.map((d) => (d.id === id ? { ...d, [field]: value } : d)) };
    });

  const result = () => {
    const sent = draftResult(state);
    if (!sent)
      kit.say(
        'warning',
        'Geef eerst minstens één partner een score voor invloed en afhankelijkheid.',
      );
    return sent && { ...sent, id: createId('resultaat') };
  };
  const exportFile = () =>
    files((f) => {
      const sent = result();
      if (sent)
        f.downloadText(resultFilename(sent.participant), f.resultJson(sent), 'application/json');
    });

  return (
    <section class="team-participant" aria-labelledby="team-scoren">
      <h2 id="team-scoren">{`Scoor de partners voor “${session.name}”`}</h2>
      <p>
        Geef elke partner een score van 0 tot 10. <strong>{axes.influence.label}</strong>: hoeveel
        draagt de partner bij aan het doel? <strong>Afhankelijkheid</strong>: hoe moeilijk is de
        partner te vervangen? Je scores blijven in deze browser tot je ze terugstuurt.
      </p>
      <FormField id="team-naam" label="Je naam" hint="Zo herkent de trainer jouw resultaat.">
        {(control) => (
          <input
            {...control}
            type="text"
            maxLength={80}
            value={state.participant}
            onInput={(e) => {
              const name = cleanTypedText((e.currentTarget as HTMLInputElement).value);
              work.change('naam', (s) => ({ ...s, participant: name }), 'participant');
            }}
          />
        )}
      </FormField>
      {session.goals.map((goal) => (
        <div key={goal.id} class="team-scroll">
          <table class="team-scores">
            <caption>{goal.name}</caption>
            <thead>
              <tr>
                <th scope="col">Partner</th>
                {columns.map((c) => (
                  <th key={c.field} scope="col">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {session.partners
                .filter((p) => p.goalId === goal.id)
                .map((partner) => (
                  <tr key={partner.id} data-partner={partner.id}>
                    <th scope="row">{partner.name}</th>
                    {columns.map((c) => (
                      <td key={c.field}>
                        <ScoreSelect
                          label={`${c.label} van ${partner.name}`}
                          value={drafts.get(partner.id)?.[c.field] ?? null}
                          onChange={(value) => setScore(partner.id, c.field, value)}
                        />
                      </td>
                    ))}
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      ))}
      <p class="team-progress" aria-live="polite">
        {`Je hebt ${scored} van de ${session.partners.length} partners gescoord.`}
      </p>
      <Toolbar label="Resultaat terugsturen">
        <button
          type="button"
          onClick={() =>
            files(async (f) => {
              const sent = result();
              if (!sent) return;
              const url = f.shareUrl(await f.resultFragment(sent));
              setLink(await offerLink(url, 'Stuur hem naar je trainer.', exportFile));
            })
          }
        >
          Maak een link naar mijn resultaat
        </button>
        <button type="button" onClick={exportFile}>
          Exporteer mijn resultaat als bestand
        </button>
      </Toolbar>
      {link && <ShareUrl label={'Link naar je resultaat'} url={link} />}
    </section>
  );
}
