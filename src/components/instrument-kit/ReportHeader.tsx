import type { ComponentChildren } from 'preact';

const printDate = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/**
 * The top of a printed report: the name of the work and the day it was printed, with what the
 * instrument adds (counts, settings). Only on paper (print.css).
 */
export function ReportHeader(props: {
  title: string | undefined;
  printedOn: Date | null;
  children?: ComponentChildren;
}) {
  const title = props.title?.trim();
  return (
    <header class="report-header">
      {title && <h2 class="report-header__title">{title}</h2>}
      {props.printedOn && (
        <p class="report-header__date">{`Afgedrukt op ${printDate.format(props.printedOn)}`}</p>
      )}
      {props.children}
    </header>
  );
}
