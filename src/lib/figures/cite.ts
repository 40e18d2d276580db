/**
 * "Cite this figure": the article's citation narrowed to one figure. Deliberately plain (the
 * article's own citation formats live in src/lib/export).
 */
import type { Lang } from '../../i18n/locales.ts';
import { doiUrl } from '../identifiers/doi.ts';
import { pageEdition } from '../model/editions.ts';
import { authorName } from '../model/names.ts';
import type { ArticleRecord } from '../model/types.ts';

/**
 * Authors (year). Article title. Figure N. Link to the figure.
 * The link is the DOI with the figure's fragment, or `articleUrl` when there is no DOI.
 * @example
 *   figureCitation(rec, 'en', { label: 'Figure 2', id: 'fig-x', articleUrl })
 *   // → 'Koshkenov N.Zh., Moldabayev Kh.S. (2022). Bloggers and the state: … Figure 2. https://doi.org/10.…#fig-x'
 */
export function figureCitation(rec: ArticleRecord, lang: Lang, fig: { label: string; id: string; articleUrl: string }): string {
  const authors = rec.meta.authors.map((a) => authorName(a, lang).inverted).join(', ');
  const year = rec.meta.published.slice(0, 4);
  const title = pageEdition(rec, lang).edition.title.replace(/[.\s]+$/, '');
  const base = rec.meta.doi ? doiUrl(rec.meta.doi) : fig.articleUrl;
  return `${authors} (${year}). ${title}. ${fig.label}. ${base}#${fig.id}`;
}
