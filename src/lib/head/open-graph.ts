/**
 * Open Graph `article:*` tags; `og:type`, title, URL, locale and the Twitter card come from
 * pageHead (src/lib/head/page.ts), which every page carries.
 */
import type { EditionView } from '~/lib/model/view.ts';
import { property, type HeadTag } from './tags.ts';

/** `article:published_time`, one `article:author` per author, one `article:tag` per keyword. */
export function openGraphArticleTags(v: EditionView): HeadTag[] {
  return [
    property('article:published_time', v.published.iso),
    ...v.authors.map((a) => property('article:author', a.name.display)),
    property('article:section', v.journal.title),
    ...v.keywords.map((k) => property('article:tag', k)),
  ];
}
