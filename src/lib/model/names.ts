import { FALLBACK_ORDER, LANGS, LOCALES, langOfScript, type Lang } from '~/i18n/locales.ts';
import type { Author } from '~/schemas/author.ts';

type Scripts = NonNullable<Author['family']>;

/**
 * The spelling of a name the edition in `lang` uses: Latin for a Latin-script language; for
 * another script the language's own spelling, else another language's in the same script,
 * else Latin. A name known in one script only is printed in that script everywhere.
 */
export function inScript(s: Scripts, lang: Lang): string {
  return spelling(s, lang).text;
}

/**
 * `inScript` with the language whose spelling it is (`latin` counts as the Latin-script
 * language's): what a `lang` attribute on the name says, e.g. a Cyrillic-only name in the
 * English edition is marked as Russian, not English.
 */
export function spelling(s: Scripts, lang: Lang): InLang {
  const script = LOCALES[lang].script;
  const spelled = s as Partial<Record<Lang, string>>;
  const sameScript = script === 'Latn' ? [] : [lang, ...LANGS.filter((x) => x !== lang && LOCALES[x].script === script)];
  const order: [Lang, string | undefined][] = [...sameScript.map((l): [Lang, string | undefined] => [l, spelled[l]]), [langOfScript('Latn'), s.latin], ['ru', s.ru], ['kk', s.kk]];
  for (const [l, v] of order) if (v) return { text: v, lang: l };
  throw new Error('a name without any spelling (the author schema requires one)');
}

export interface PersonName {
  /** True for a group author (an organization): `family` is its whole name and `given` is empty. */
  group: boolean;
  family: string;
  /** Given names, or initials when only those are known. */
  given: string;
  /** As printed in a byline: `N.Zh. Koshkenov`. */
  display: string;
  /** Inverted, for reference lists: `Koshkenov N.Zh.`. */
  inverted: string;
  /** Sorted, for metadata fields: `Koshkenov, N.Zh.` (a group's name as it is). */
  sorted: string;
  /** The language whose spelling this is (see `spelling`): the name's `lang` attribute. */
  lang: Lang;
}

/** An author's name as the edition in `lang` writes it. */
export function authorName(a: Author, lang: Lang): PersonName {
  if (a.name) {
    const { text: name, lang: l } = spelling(a.name, lang);
    return { group: true, family: name, given: '', display: name, inverted: name, sorted: name, lang: l };
  }
  const { text: family, lang: l } = spelling(a.family!, lang);
  const given = inScript((a.given ?? a.initials)!, lang);
  return { group: false, family, given, display: `${given} ${family}`, inverted: `${family} ${given}`, sorted: `${family}, ${given}`, lang: l };
}

/** A localized value and the language it is really in (for a `lang` attribute when it differs). */
export interface InLang {
  text: string;
  lang: Lang;
}

/** Picks `lang`, else the original language, else any language that has the value. */
export function pick(values: Partial<Record<Lang, string>> | undefined, lang: Lang, original: Lang): InLang | null {
  if (!values) return null;
  for (const l of [lang, original, ...FALLBACK_ORDER]) {
    const v = values[l];
    if (v) return { text: v, lang: l };
  }
  return null;
}

const regionNames = new Map<Lang, Intl.DisplayNames>();

/** Country name in the page language, from Intl rather than a hand-made table (one formatter per language). */
export function countryName(code: string, lang: Lang): string {
  let names = regionNames.get(lang);
  if (!names) regionNames.set(lang, (names = new Intl.DisplayNames([LOCALES[lang].intl], { type: 'region' })));
  return names.of(code) ?? code;
}
