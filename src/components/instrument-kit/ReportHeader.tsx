import type { ComponentChildren } from 'preact';

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
        <p class="report-header__date">{`Afgedrukt op ${new Date().toLocaleDateString('nl-NL', { dateStyle: 'long' })}`}</p>
      )}
      {props.children}
    </header>
  );
}
