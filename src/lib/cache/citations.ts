/**
 * The cite panel's formatted citations, cached on disk by content hash: the article's CSL item,
 * the page language and the XML of every style and locale used. A rebuild after editing one
 * article runs citeproc only for that article (6 runs per page-edition, each tens of ms).
 */
import type { Lang } from '../../i18n/locales.ts';
import { CSL_LOCALE, STYLES, cslSource } from '../export/citation-js.ts';
import { formatCitations, type FormattedCitation } from '../export/cite.ts';
import type { CslItem } from '../export/csl.ts';
import { cacheFolder, cachedJson, contentKey } from './disk.ts';

/** Bump when formatting changes in a way the inputs do not show (cite.ts, citation-js upgrades). */
const CACHE_VERSION = 'citations-1';

const stylesKeys = new Map<Lang, string>();
/** The hash of the XML of every offered style with the locale of `lang` (computed once per language). */
function stylesKey(lang: Lang): string {
  let k = stylesKeys.get(lang);
  if (!k) stylesKeys.set(lang, (k = contentKey(...STYLES.map((s) => cslSource(s.template, CSL_LOCALE[lang])))));
  return k;
}

/** `formatCitations(item, lang)`, from the cache when the same inputs were formatted before. */
export function cachedCitations(item: CslItem, lang: Lang): FormattedCitation[] {
  const key = contentKey(CACHE_VERSION, stylesKey(lang), lang, JSON.stringify(item));
  return cachedJson(cacheFolder('journal-citations', 'CITATION_CACHE_DIR'), key, () => formatCitations(item, lang));
}
