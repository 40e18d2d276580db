/**
 * The site's languages, declared once. Routes, the language switcher, hreflang links,
 * i18next, Pagefind, the content globs, CSL and d3 locales and every exporter read this list;
 * nothing else names a language.
 */
export const LANGS = ['en', 'kk', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** ISO 15924 script a language is written in on this site. */
export type Script = 'Latn' | 'Cyrl';

export interface LocaleInfo {
  /** BCP 47 tag used in `lang`, `hreflang`, `citation_language` and `inLanguage`. */
  tag: string;
  /** The language's name written in that language, for the language switcher. */
  label: string;
  /** Locale passed to `Intl` for numbers and dates. */
  intl: string;
  /** Open Graph locale (`og:locale`). */
  og: string;
  dir: 'ltr' | 'rtl';
  /** CSL locale for the cite panel's terms (kk-KZ is the journal's own, in src/lib/export/csl/). */
  csl: string;
  /** The script of the language's text: names are spelled in it, other-script runs get a `lang`. */
  script: Script;
  /** Who stems search words: Pagefind itself, or our Kazakh stemmer (src/lib/search/kk-stem.ts). */
  stemmer: 'pagefind' | 'kk-stem';
}

export const LOCALES: Record<Lang, LocaleInfo> = {
  en: { tag: 'en', label: 'English', intl: 'en-GB', og: 'en_GB', dir: 'ltr', csl: 'en-US', script: 'Latn', stemmer: 'pagefind' },
  kk: { tag: 'kk', label: 'Қазақша', intl: 'kk-KZ', og: 'kk_KZ', dir: 'ltr', csl: 'kk-KZ', script: 'Cyrl', stemmer: 'kk-stem' },
  ru: { tag: 'ru', label: 'Русский', intl: 'ru-RU', og: 'ru_RU', dir: 'ltr', csl: 'ru-RU', script: 'Cyrl', stemmer: 'pagefind' },
};

/** Order in which a value missing in the page's and the original's language is looked for. */
export const FALLBACK_ORDER: readonly Lang[] = ['en', 'ru', 'kk'];

/** The language that writes in `script` first in the site's list (the `lang` of a foreign-script run). */
export function langOfScript(script: Script): Lang {
  return LANGS.find((l) => LOCALES[l].script === script)!;
}

/** True when `value` is one of the site's languages. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The languages as a glob alternation, `{en,kk,ru}`, for file patterns. */
export const LANG_GLOB = `{${LANGS.join(',')}}`;

/** The languages as a regular-expression alternation, `en|kk|ru` (codes are plain letters). */
export const LANG_PATTERN = LANGS.join('|');
