// A small session and results for the team matrix's unit tests.
import type { ParticipantResult } from './result';
import type { TeamSession } from './session';

export const session: TeamSession = {
  id: 'sessie-abc123',
  name: 'Training Utrecht',
  askTarget: true,
  goals: [{ id: 'doel-1', name: 'Meer mensen aan het werk' }],
  partners: [
    { id: 'p-bib', name: 'Bibliotheek', goalId: 'doel-1' },
    { id: 'p-wsb', name: 'Werkgeversservicepunt', goalId: 'doel-1' },
    { id: 'p-ngo', name: 'Stichting Samen', goalId: 'doel-1' },
  ],
};

/** A result placing each listed partner at [influence, dependency]. */
export function result(
  participant: string,
  scores: Record<string, [number, number]>,
  id = `r-${participant.toLowerCase()}`,
): ParticipantResult {
  return {
    id,
    sessionId: session.id,
    participant,
    placements: Object.entries(scores).map(([partnerId, [influence, dependency]]) => ({
      id: partnerId,
      influence,
      dependency,
      target: null,
    })),
  };
}
