const dutchDate = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "22 november 2026" */
export function formatDutchDate(date: Date): string {
  return dutchDate.format(date);
}

/** "a, b en c" */
export function joinDutch(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}
