import { chapterPaths } from '../../data/partner-strategy';

/** The site's base path with exactly one trailing slash ("/" or "/partnerwijzer/"). */
function basePath(): string {
  const base = import.meta.env.BASE_URL ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}

/** Link to a chapter of the partner strategy, optionally to one of its headings. */
export function chapterHref(chapter: keyof typeof chapterPaths, anchor?: string): string {
  return `${basePath()}${chapterPaths[chapter]}${anchor ? `#${anchor}` : ''}`;
}
