/**
 * The one affiliation resolver. An author's affiliation id names a unit; its `parent` chain
 * leads to the institution, whose city and country close the address. Every output (the page,
 * Highwire, JSON-LD, Crossref) reads the result of `resolveAffiliation`, never the tree.
 */
import type { Lang } from '~/i18n/locales.ts';
import type { Affiliation } from '~/schemas/affiliation.ts';
import type { ArticleMeta } from '~/schemas/article.ts';
import { countryName, pick, type InLang } from './names.ts';

export interface ResolvedAffiliation {
  id: string;
  /** Unit names from the author's unit up to the institution (last), each in `lang` or a fallback. */
  units: InLang[];
  city?: InLang;
  /** Country name from Intl, always in `lang`. */
  country?: InLang;
  /** ISO 3166-1 alpha-2 code of `country` (JATS `country/@country`). */
  countryCode?: string;
  /** ROR id of the institution (the top of the chain). */
  ror?: string;
  /** Units, city and country: what the page prints, each part with its language. */
  parts: InLang[];
  /**
   * The address as plain text in ONE language, for metadata fields without a `lang` (Highwire,
   * JSON-LD): the parts the model has in `lang`; when only the (Intl) country is in `lang`, the
   * whole address in the language of the first unit's name.
   */
  text: string;
}

function chain(meta: ArticleMeta, id: string): Affiliation[] {
  const byId = new Map(meta.affiliations.map((a) => [a.id, a]));
  const out: Affiliation[] = [];
  for (let cur = byId.get(id); cur && !out.includes(cur); cur = cur.parent ? byId.get(cur.parent) : undefined) out.push(cur);
  return out;
}

function resolveParts(meta: ArticleMeta, id: string, lang: Lang): Omit<ResolvedAffiliation, 'text'> {
  const units = chain(meta, id);
  const root = units.at(-1);
  const names = units.map((u) => pick(u.name, lang, meta.originalLanguage)).filter((n): n is InLang => n !== null);
  const city = pick(root?.city, lang, meta.originalLanguage) ?? undefined;
  const country = root?.country ? { text: countryName(root.country, lang), lang } : undefined;
  const parts = [...names, ...(city ? [city] : []), ...(country ? [country] : [])];
  return { id, units: names, ...(city ? { city } : {}), ...(country ? { country, countryCode: root!.country! } : {}), ...(root?.ror ? { ror: root.ror } : {}), parts };
}

const joinIn = (parts: InLang[], lang: Lang) =>
  parts
    .filter((p) => p.lang === lang)
    .map((p) => p.text)
    .join(', ');

/** One affiliation of the article resolved for the edition in `lang`. */
export function resolveAffiliation(meta: ArticleMeta, id: string, lang: Lang): ResolvedAffiliation {
  const own = resolveParts(meta, id, lang);
  const named = own.parts.filter((p) => p !== own.country && p.lang === lang).length;
  const textLang = named > 0 ? lang : (own.parts[0]?.lang ?? lang);
  const text = joinIn(textLang === lang ? own.parts : resolveParts(meta, id, textLang).parts, textLang);
  return { ...own, text };
}
