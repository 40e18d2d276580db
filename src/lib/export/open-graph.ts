/**
 * Open Graph `article:*` tags; `og:type`, title, URL, locale and the Twitter card come from
 * pageHead (src/lib/head/page.ts), which every page carries.
 */
import { property, type HeadTag } from '../head/tags.ts';
import { isoFromCsl, type CslItem } from './csl.ts';

/** `article:published_time`, one `article:author` per author, one `article:tag` per keyword. */
export function openGraphArticleTags(item: CslItem): HeadTag[] {
  const date = isoFromCsl(item.issued);
  return [
    ...(date ? [property('article:published_time', date)] : []),
    ...(item.author ?? []).map((a) => property('article:author', a.given ? `${a.given} ${a.family}` : a.family)),
    ...(item['container-title'] ? [property('article:section', item['container-title'])] : []),
    ...(item.keyword ? item.keyword.split(', ').map((k) => property('article:tag', k)) : []),
  ];
}
