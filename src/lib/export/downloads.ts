/**
 * The citation files offered per article edition, in one table: the endpoints under
 * src/pages/[lang]/articles/[slug]/ and the cite panel's links both read it.
 */
import type { Lang } from '~/i18n/locales.ts';
import type { ArticleRecord } from '~/lib/model/types.ts';
import { paths } from '~/lib/model/urls.ts';
import { editionView, type EditionView } from '~/lib/model/view.ts';
import { toBibtex } from './bibtex.ts';
import { cslItem } from './csl.ts';
import { toCslJson } from './csl-json.ts';
import { toEnw } from './enw.ts';
import { jatsUnavailable } from './jats.ts';
import { jatsPath } from './jats-view.ts';
import { toRis } from './ris.ts';

export interface Download {
  /** Key in the UI dictionary (`export.<id>`). */
  id: 'bibtex' | 'ris' | 'csljson' | 'endnote';
  /** File name of the endpoint under the article's folder. */
  file: string;
  /** Extension of the name suggested for saving. */
  ext: string;
  type: string;
  render: (v: EditionView) => string;
}

export const DOWNLOADS: Download[] = [
  { id: 'bibtex', file: 'cite.bib', ext: 'bib', type: 'application/x-bibtex; charset=utf-8', render: (v) => toBibtex(cslItem(v)) },
  { id: 'ris', file: 'cite.ris', ext: 'ris', type: 'application/x-research-info-systems; charset=utf-8', render: toRis },
  { id: 'endnote', file: 'cite.enw', ext: 'enw', type: 'application/x-endnote-refer; charset=utf-8', render: toEnw },
  { id: 'csljson', file: 'cite.json', ext: 'json', type: 'application/vnd.citationstyles.csl+json; charset=utf-8', render: (v) => toCslJson(cslItem(v)) },
];

/** The site path of one download for the edition in `lang`. */
export const downloadPath = (rec: ArticleRecord, lang: Lang, d: Download) => paths.articleFile(lang, rec.slug, d.file);

/** The name offered when saving: `koshkenov2022bloggers-ru.bib`. */
export const downloadName = (rec: ArticleRecord, lang: Lang, d: Download) => `${editionView(rec, lang).citationKey}-${lang}.${d.ext}`;

/** The endpoint's response for one download. */
export function downloadResponse(rec: ArticleRecord, lang: Lang, file: string): Response {
  const d = DOWNLOADS.find((x) => x.file === file);
  if (!d) throw new Error(`unknown citation download ${file}`);
  return new Response(d.render(editionView(rec, lang)), { headers: { 'Content-Type': d.type } });
}

/** A file of the whole article (all editions) offered beside the citation downloads. */
export interface ArticleFile {
  /** Key in the UI dictionary (`export.<id>`). */
  id: 'jats';
  href: string;
  name: string;
  type: string;
}

/** The JATS XML of the article, when the journal can have one (see `jatsUnavailable`). */
export function articleFiles(rec: ArticleRecord): ArticleFile[] {
  if (jatsUnavailable(rec)) return [];
  return [{ id: 'jats', href: jatsPath(rec.slug), name: `${rec.slug}.jats.xml`, type: 'application/jats+xml' }];
}
