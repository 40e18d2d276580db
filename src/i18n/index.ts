import i18next from 'i18next';
import en from './locales/en.json' with { type: 'json' };
import kk from './locales/kk.json' with { type: 'json' };
import ru from './locales/ru.json' with { type: 'json' };
import { dateParts, dateStart } from '../lib/identifiers/iso-date.ts';
import { LANGS, LOCALES, type Lang } from './locales.ts';

export type UiKey = keyof typeof en;
export const dictionaries: Record<Lang, Record<string, string>> = { en, kk, ru };

/**
 * The one i18next instance. Components call `t(key)` from `useTranslations(lang)` and nothing
 * else imports i18next. A missing key is an error that stops the build, never a silent
 * fallback to the key or to English.
 */
const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(LANGS.map((l) => [l, { translation: dictionaries[l] }])),
  lng: 'en',
  fallbackLng: false,
  initAsync: false,
  keySeparator: false,
  nsSeparator: false,
  returnNull: false,
  interpolation: { escapeValue: false },
  showSupportNotice: false,
} as Parameters<typeof instance.init>[0]);

export type TFunction = (key: UiKey, options?: Record<string, unknown>) => string;

/** A translate function bound to one language. */
export function useTranslations(lang: Lang): TFunction {
  const t = instance.getFixedT(lang);
  return (key, options) => {
    if (!instance.exists(key, { lng: lang })) {
      throw new Error(`src/i18n/locales/${lang}.json: missing UI string "${key}"`);
    }
    return (t as unknown as (k: string, o?: Record<string, unknown>) => string)(key, options);
  };
}

const intlCache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
/** One Intl formatter per locale and options (making one costs far more than formatting). */
function intl<T extends Intl.NumberFormat | Intl.DateTimeFormat>(kind: string, locale: string, options: object | undefined, make: () => T): T {
  const key = `${kind}\u0000${locale}\u0000${JSON.stringify(options ?? {})}`;
  let f = intlCache.get(key) as T | undefined;
  if (!f) intlCache.set(key, (f = make()));
  return f;
}

/** Intl formatters for a language: numbers and dates are never formatted by hand. */
export function formatters(lang: Lang) {
  const locale = LOCALES[lang].intl;
  return {
    number: (n: number, o?: Intl.NumberFormatOptions) => intl('number', locale, o, () => new Intl.NumberFormat(locale, o)).format(n),
    /** Formats an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) at its own precision, in UTC. */
    date: (iso: string) => {
      const p = dateParts(iso);
      const o: Intl.DateTimeFormatOptions = p.day ? { dateStyle: 'long' } : p.month ? { year: 'numeric', month: 'long' } : { year: 'numeric' };
      return intl('date', locale, o, () => new Intl.DateTimeFormat(locale, { ...o, timeZone: 'UTC' })).format(dateStart(p));
    },
  };
}
