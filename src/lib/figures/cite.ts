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
 * Authors (year). Article title. Figure N. The figure's permalink. The article's DOI.
 * The permalink is the edition's page with the figure's fragment: a DOI resolves to the
 * publisher's landing page, where `#fig-…` means nothing, so the DOI names the article only.
 * @example
 *   figureCitation(rec, 'en', { label: 'Figure 2', id: 'fig-x', articleUrl })
 *   // → 'Koshkenov N.Zh., Moldabayev Kh.S. (2022). Bloggers and the state: … Figure 2. https://…/en/articles/…/#fig-x. https://doi.org/10.…'
 */
export function figureCitation(rec: ArticleRecord, lang: Lang, fig: { label: string; id: string; articleUrl: string }): string {
  const authors = rec.meta.authors.map((a) => authorName(a, lang).inverted).join(', ');
  const year = rec.meta.published.slice(0, 4);
  const title = pageEdition(rec, lang).edition.title.replace(/[.\s]+$/, '');
  return `${authors} (${year}). ${title}. ${fig.label}. ${fig.articleUrl}#${fig.id}. ${doiUrl(rec.meta.doi)}`;
}
