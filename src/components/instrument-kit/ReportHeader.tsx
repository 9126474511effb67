import type { ComponentChildren } from 'preact';

const printDate = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/**
 * The top of a printed report: the name of the work and, while printing, the day, with what the
 * instrument adds (counts, settings). Only on paper (print.css).
 */
export function ReportHeader(props: {
  title: string | undefined;
  printing: boolean;
  children?: ComponentChildren;
}) {
  const title = props.title?.trim();
  return (
    <header class="report-header">
      {title && <h2 class="report-header__title">{title}</h2>}
      {props.printing && (
        <p class="report-header__date">{`Afgedrukt op ${printDate.format(new Date())}`}</p>
      )}
      {props.children}
    </header>
  );
}
