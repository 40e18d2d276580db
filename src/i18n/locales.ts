/**
 * The site's languages, declared once. Routes, the language switcher, hreflang links,
 * i18next, Pagefind and every exporter read this list; nothing else names a language.
 */
export const LANGS = ['en', 'kk', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

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
}

export const LOCALES: Record<Lang, LocaleInfo> = {
  en: { tag: 'en', label: 'English', intl: 'en-GB', og: 'en_GB', dir: 'ltr' },
  kk: { tag: 'kk', label: 'Қазақша', intl: 'kk-KZ', og: 'kk_KZ', dir: 'ltr' },
  ru: { tag: 'ru', label: 'Русский', intl: 'ru-RU', og: 'ru_RU', dir: 'ltr' },
};

export const DEFAULT_LANG: Lang = 'en';

/** True when `value` is one of the site's languages. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
