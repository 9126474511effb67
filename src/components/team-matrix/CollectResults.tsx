import { useState } from 'preact/hooks';
import { resultKey, type ParticipantResult } from '../../lib/team-matrix/result';
import type { TeamSession } from '../../lib/team-matrix/session';
import { findResultLinks } from '../../lib/team-matrix/team-links';
import { FormField } from '../instrument-kit/FormField';
import type { TeamKit } from './TeamMatrix';

export interface CollectSummary {
  kind: 'info' | 'warning' | 'error';
  text: string;
  details: string[];
}

/** A paste box for many result links at once (one per line, or a whole chat message). */
export function CollectResults(props: {
  kit: TeamKit;
  session: TeamSession;
  existing: readonly ParticipantResult[];
  onCollect: (added: ParticipantResult[], summary: CollectSummary) => void;
}) {
  const [pasted, setPasted] = useState('');
  const collect = () =>
    props.kit.files(async (f) => {
      const links = findResultLinks(pasted);
      const seen = new Set(props.existing.map(resultKey));
      const added: ParticipantResult[] = [];
      const details: string[] = [];
      let twice = 0;
      for (const [index, link] of links.entries()) {
        const read = await f.resultsFromInput({ kind: 'link', text: link }, props.session);
        if (!read.ok) {
          details.push(`Link ${index + 1}: ${read.message}`);
          continue;
        }
        for (const result of read.value) {
          if (seen.has(resultKey(result))) twice++;
          else {
            seen.add(resultKey(result));
            added.push(result);
          }
        }
      }
      const parts = [
        added.length
          ? `${added.length} ${added.length === 1 ? 'resultaat' : 'resultaten'} toegevoegd`
          : 'Er is niets toegevoegd',
        ...(twice ? [`${twice} ${twice === 1 ? 'stond' : 'stonden'} er al`] : []),
        ...(details.length ? [`${details.length} niet te lezen`] : []),
      ];
      if (!links.length) parts.push('er staat geen resultaatlink in de tekst');
      props.onCollect(added, {
        kind: added.length ? (twice || details.length ? 'warning' : 'info') : 'error',
        text: `${parts.join(', ')}.`,
        details,
      });
      if (added.length && !details.length) setPasted('');
    });
  return (
    <form
      class="team-collect"
      onSubmit={(event) => {
        event.preventDefault();
        collect();
      }}
    >
      <FormField
        id="team-plak"
        label="Plak links naar resultaten"
        hint="Eén link of veel tegelijk: één per regel, of een heel chatbericht met links erin."
      >
        {(control) => (
          <textarea
            {...control}
            rows={4}
            value={pasted}
            onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)}
          />
        )}
      </FormField>
      <button type="submit">Links toevoegen</button>
    </form>
  );
}
