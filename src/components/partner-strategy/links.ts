import { chapterPaths } from '../../data/partner-strategy';
import { sitePath } from '../../lib/site/base-url';

/** Link to a chapter of the partner strategy, optionally to one of its headings. */
export function chapterHref(chapter: keyof typeof chapterPaths, anchor?: string): string {
  return sitePath(`${chapterPaths[chapter]}${anchor ? `#${anchor}` : ''}`);
}
