// A partner matrix that is hard to draw, as in issue 13: eight partners with long names close
// together on one goal, one of them with a desired position. For the chart tests.

export const CROWDED_NAMES = [
  'Studiemaatje BV (huiswerkbegeleiding)',
  'Bibliotheek Rivierenland',
  'Stichting Welzijn Regio',
  'Schoolbestuur Primair Onderwijs Oost',
  'Buurtsportcoaches gemeente',
  'Jeugdfonds Sport & Cultuur',
  'Taalhuis',
  'GGD',
];

export const CROWDED_GOAL = 'Gelijke kansen voor elk kind';

/** The matrix state (format 1), with a second, empty goal. */
export function crowdedMatrix() {
  return {
    v: 1 as const,
    goals: [
      { id: 'g1', name: CROWDED_GOAL, urgency: 'hoog' as const },
      { id: 'ander', name: 'Gezonde leefomgeving', urgency: 'middel' as const },
    ],
    partners: CROWDED_NAMES.map((name, i) => ({
      id: `p${i}`,
      name,
      goalId: 'g1',
      relation: 'subsidie' as const,
      influence: 4 + (i % 3) * 0.5,
      dependency: 5.5 + (i % 4) * 0.5,
      target: i === 0 ? { influence: 7, dependency: 6 } : null,
      notes: '',
    })),
    ambition: { atNoDependency: 0, atFullDependency: 10 },
  };
}
