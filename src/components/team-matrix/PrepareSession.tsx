import { useEffect, useState } from 'preact/hooks';
import { sessionFromMatrix } from '../../lib/team-matrix/session';
import { sitePath } from '../../lib/site/base-url';
import { FormField } from '../instrument-kit/FormField';
import type { MatrixChoice } from './team-files';
import type { TeamKit } from './TeamMatrix';

/**
 * The trainer's first step: which partners the group scores (one of their partner matrices, or
 * a pasted share link), the session's name, and whether participants also give a target.
 */
export function PrepareSession(props: { kit: TeamKit }) {
  const { work, say, files } = props.kit;
  const [matrices, setMatrices] = useState<MatrixChoice[] | null>(null);
  const [from, setFrom] = useState<'doc' | 'link'>('doc');
  const [docId, setDocId] = useState('');
  const [link, setLink] = useState('');
  const [name, setName] = useState('');
  const [askTarget, setAskTarget] = useState(false);

  useEffect(
    () =>
      files(async (f) => {
        const list = await f.listMatrices();
        setMatrices(list);
        setDocId((id) => id || list[0]?.id || '');
        if (!list.length) setFrom('link');
      }),
    [files],
  );

  const prepare = () =>
    files(async (f) => {
      const chosen = matrices?.find((m) => m.id === docId);
      const read = from === 'doc' ? await f.readMatrix(docId) : await f.matrixFromLink(link);
      if (!read.ok) return void say('error', read.message);
      if (read.value.partners.length === 0)
        return void say(
          'error',
          'In deze partnermatrix staan nog geen partners. Voeg ze eerst toe.',
        );
      const title = name.trim() || chosen?.title || 'Teamsessie';
      const session = sessionFromMatrix(read.value, title, askTarget);
      const source = from === 'doc' && chosen ? { docId: chosen.id, title: chosen.title } : null;
      work.change('teamsessie voorbereid', (s) => ({ ...s, role: 'trainer', session, source }));
      if (work.doc) await work.library.rename(work.doc.id, `Teamsessie: ${session.name}`);
      say(
        'info',
        `De teamsessie “${session.name}” staat klaar met ${session.partners.length} partners. Stuur de deelnemerslink naar je groep.`,
      );
    });

  return (
    <section class="team-prepare" aria-labelledby="team-voorbereiden">
      <h2 id="team-voorbereiden">Een teamsessie voorbereiden</h2>
      <p>
        Kies de partners die je groep gaat scoren. Ieder krijgt een link, scoort op het eigen
        apparaat en stuurt het resultaat terug. Je eigen partnermatrix verandert daardoor niet.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          prepare();
        }}
      >
        <fieldset>
          <legend>Welke partners scoren de deelnemers?</legend>
          <label class="team-choice">
            <input
              type="radio"
              name="team-bron"
              checked={from === 'doc'}
              disabled={!matrices?.length}
              onChange={() => setFrom('doc')}
            />{' '}
            Een partnermatrix uit Mijn werk
          </label>
          {matrices?.length ? (
            <FormField id="team-matrix-keuze" label="Partnermatrix">
              {(control) => (
                <select
                  {...control}
                  value={docId}
                  disabled={from !== 'doc'}
                  onChange={(e) => setDocId((e.currentTarget as HTMLSelectElement).value)}
                >
                  {matrices.map((m) => (
                    <option key={m.id} value={m.id}>
                      {`${m.title} (${m.partners} ${m.partners === 1 ? 'partner' : 'partners'})`}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          ) : (
            <p class="hint">
              {matrices
                ? 'Er staat nog geen partnermatrix met partners in deze browser. '
                : 'Je partnermatrices worden opgezocht… '}
              <a href={sitePath('instrumenten/partnermatrix/')}>Maak een partnermatrix</a> of plak
              een deellink.
            </p>
          )}
          <label class="team-choice">
            <input
              type="radio"
              name="team-bron"
              checked={from === 'link'}
              onChange={() => setFrom('link')}
            />{' '}
            Een deellink van een partnermatrix
          </label>
          <FormField
            id="team-deellink"
            label="Deellink"
            hint="De link die je in de partnermatrix maakt met “Deellink maken”."
          >
            {(control) => (
              <input
                {...control}
                type="text"
                value={link}
                disabled={from !== 'link'}
                onInput={(e) => setLink((e.currentTarget as HTMLInputElement).value)}
              />
            )}
          </FormField>
        </fieldset>
        <FormField
          id="team-sessienaam"
          label="Naam van de sessie"
          hint="De deelnemers zien deze naam. Leeg: de naam van de partnermatrix."
        >
          {(control) => (
            <input
              {...control}
              type="text"
              maxLength={80}
              value={name}
              onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
            />
          )}
        </FormField>
        <label class="team-choice">
          <input
            type="checkbox"
            checked={askTarget}
            onChange={(e) => setAskTarget((e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          Deelnemers geven ook aan waar ze de partner willen hebben (gewenste positie)
        </label>
        <p>
          <button type="submit">Maak de deelnemerslink</button>
        </p>
      </form>
    </section>
  );
}
