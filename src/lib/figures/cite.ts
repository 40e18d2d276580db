/**
 * "Cite this figure": the article's citation narrowed to one figure. Deliberately plain (the
 * article's own citation formats live in src/lib/export).
 */
import type { Lang } from '~/i18n/locales.ts';
import { doiUrl } from '~/lib/identifiers/doi.ts';
import type { ArticleRecord } from '~/lib/model/types.ts';
import { editionView } from '~/lib/model/view.ts';

/**
 * Authors (year). Article title. Figure N. The figure's permalink. The article's DOI.
 * The permalink is the edition's page with the figure's fragment: a DOI resolves to the
 * publisher's landing page, where `#fig-…` means nothing, so the DOI names the article only.
 * @example
 *   figureCitation(rec, 'en', { label: 'Figure 2', id: 'fig-x', articleUrl })
 *   // → 'Koshkenov N.Zh., Moldabayev Kh.S. (2022). Bloggers and the state: … Figure 2. https://…/en/articles/…/#fig-x. https://doi.org/10.…'
 */
export function figureCitation(rec: ArticleRecord, lang: Lang, fig: { label: string; id: string; articleUrl: string }): string {
  const v = editionView(rec, lang);
  const authors = v.authors.map((a) => a.name.inverted).join(', ');
  const title = v.title.replace(/[.\s]+$/, '');
  return `${authors} (${v.published.year}). ${title}. ${fig.label}. ${fig.articleUrl}#${fig.id}. ${doiUrl(v.doi)}`;
}
