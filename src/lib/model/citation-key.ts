/**
 * Citation keys (BibTeX labels, RIS IDs, CSL ids) must be plain ASCII so every reference
 * manager and LaTeX accepts them. They are built from the first author's Latin spelling, the
 * year and the first word of the title, transliterated with any-ascii where needed.
 */
import anyAscii from 'any-ascii';
import type { ArticleRecord } from './types.ts';
import { langOfScript } from '~/i18n/locales.ts';
import { originalEdition } from './editions.ts';
import { dateParts } from '~/lib/identifiers/iso-date.ts';
import { authorName } from './names.ts';

/** Lower-case ASCII letters and digits only. @example asciiWord('Көшкенов') === 'koshkenov' */
export function asciiWord(s: string): string {
  return anyAscii(s).toLowerCase().replace(/[^a-z0-9]+/g, '');
}

const STOP = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'and', 'for', 'to']);

/** First word of a title worth keeping in a key (skips English articles and prepositions). */
function titleWord(title: string): string {
  for (const w of title.split(/[\s:;,.–—-]+/)) {
    const a = asciiWord(w);
    if (a && !STOP.has(a)) return a;
  }
  return '';
}

/** `koshkenov2022bloggers`: the same key for every edition, so downloads merge in a library. */
export function citationKey(rec: ArticleRecord): string {
  const first = rec.meta.authors[0]!;
  const title = (rec.editions.en ?? originalEdition(rec)).title;
  const name = authorName(first, langOfScript('Latn'));
  const word = name.group ? name.family.split(/\s+/)[0]! : name.family;
  return `${asciiWord(word) || 'anon'}${dateParts(rec.meta.published).year}${titleWord(title)}`;
}
