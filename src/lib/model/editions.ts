import { LANGS, type Lang } from '../../i18n/locales.ts';
import type { ArticleRecord, Edition } from './types.ts';

export interface PageEdition {
  /** The page's language (the URL's, `<html lang>`). */
  lang: Lang;
  /** The edition whose title, abstract and keywords the page shows. */
  edition: Edition;
  /** The language of the body text shown (`<main lang>`); differs from `lang` for a fallback. */
  bodyLang: Lang;
  /** True when the page's language has no edition, or no body, and the original stands in. */
  fallback: boolean;
}

/** The original edition of an article. */
export function originalEdition(rec: ArticleRecord): Edition {
  const e = rec.editions[rec.meta.originalLanguage];
  if (!e) throw new Error(`${rec.slug}: the original language edition (${rec.meta.originalLanguage}.mdx) is missing`);
  return e;
}

/**
 * What the article page in `lang` shows. A missing edition falls back to the original
 * entirely; an edition with metadata but no body keeps its title and abstract and borrows the
 * original's body.
 */
export function pageEdition(rec: ArticleRecord, lang: Lang): PageEdition {
  const own = rec.editions[lang];
  const original = originalEdition(rec);
  if (!own) return { lang, edition: original, bodyLang: original.lang, fallback: true };
  if (!own.hasBody) return { lang, edition: own, bodyLang: original.lang, fallback: true };
  return { lang, edition: own, bodyLang: lang, fallback: false };
}

/** Languages that have their own edition file, in site order. */
export function editionLangs(rec: ArticleRecord): Lang[] {
  return LANGS.filter((l) => rec.editions[l]);
}
