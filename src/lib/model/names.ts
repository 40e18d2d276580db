import { LOCALES, type Lang } from '../../i18n/locales.ts';
import type { Affiliation } from '../../schemas/affiliation.ts';
import type { Author } from '../../schemas/author.ts';
import type { ArticleMeta } from '../../schemas/article.ts';

type Scripts = Author['family'];

/** The spelling of a name the edition in `lang` uses: Latin for English, Cyrillic otherwise. */
export function inScript(s: Scripts, lang: Lang): string {
  if (lang === 'kk') return s.kk ?? s.ru ?? s.latin;
  if (lang === 'ru') return s.ru ?? s.kk ?? s.latin;
  return s.latin;
}

export interface PersonName {
  family: string;
  /** Given names, or initials when only those are known. */
  given: string;
  /** As printed in a byline: `N.Zh. Koshkenov`. */
  display: string;
  /** Inverted, for reference lists: `Koshkenov N.Zh.`. */
  inverted: string;
}

/** An author's name as the edition in `lang` writes it. */
export function authorName(a: Author, lang: Lang): PersonName {
  const family = inScript(a.family, lang);
  const givenScripts = a.given ?? a.initials!;
  const given = inScript(givenScripts, lang);
  return { family, given, display: `${given} ${family}`, inverted: `${family} ${given}` };
}

/** A localized value and the language it is really in (for a `lang` attribute when it differs). */
export interface InLang {
  text: string;
  lang: Lang;
}

/** Picks `lang`, else the original language, else any language that has the value. */
export function pick(values: Partial<Record<Lang, string>> | undefined, lang: Lang, original: Lang): InLang | null {
  if (!values) return null;
  for (const l of [lang, original, 'en', 'ru', 'kk'] as Lang[]) {
    const v = values[l];
    if (v) return { text: v, lang: l };
  }
  return null;
}

/** Country name in the page language, from Intl rather than a hand-made table. */
export function countryName(code: string, lang: Lang): string {
  return new Intl.DisplayNames([LOCALES[lang].intl], { type: 'region' }).of(code) ?? code;
}

/**
 * An affiliation written out for `lang`: department, parent institution, city, country.
 * Each part says which language it is in, since a name may exist in only some languages.
 */
export function affiliationParts(meta: ArticleMeta, id: string, lang: Lang): InLang[] {
  const byId = new Map(meta.affiliations.map((a) => [a.id, a]));
  const parts: InLang[] = [];
  let cur: Affiliation | undefined = byId.get(id);
  let last: Affiliation | undefined;
  while (cur) {
    const name = pick(cur.name, lang, meta.originalLanguage);
    if (name) parts.push(name);
    last = cur;
    cur = cur.parent ? byId.get(cur.parent) : undefined;
  }
  const city = pick(last?.city, lang, meta.originalLanguage);
  if (city) parts.push(city);
  if (last?.country) parts.push({ text: countryName(last.country, lang), lang });
  return parts;
}

/** The affiliation as one string (for metadata fields that take plain text in one language). */
export function affiliationText(meta: ArticleMeta, id: string, lang: Lang): string {
  return affiliationParts(meta, id, lang)
    .map((p) => p.text)
    .join(', ');
}
