/**
 * Affiliations for metadata fields that hold plain text in one language (Highwire, JSON-LD):
 * one language per value, never two scripts. The parts the model has in `lang` are kept (a
 * department named only in English is left out of the Russian value); an affiliation with no
 * part in `lang` is given whole in the language of its own name.
 */
import type { Lang } from '../../i18n/locales.ts';
import type { ArticleMeta } from '../../schemas/article.ts';
import { affiliationParts } from '../model/names.ts';

export function affiliationIn(meta: ArticleMeta, id: string, lang: Lang): string {
  const join = (l: Lang) =>
    affiliationParts(meta, id, l)
      .filter((p) => p.lang === l)
      .map((p) => p.text)
      .join(', ');
  const byId = new Map(meta.affiliations.map((a) => [a.id, a]));
  let root = byId.get(id);
  while (root?.parent) root = byId.get(root.parent);
  const own = affiliationParts(meta, id, lang);
  // The country name comes from Intl, so it is always in `lang`; it alone is not enough.
  const inLang = own.filter((p) => p.lang === lang).length - (root?.country ? 1 : 0);
  return join(inLang > 0 ? lang : (own[0]?.lang ?? lang));
}
