/**
 * The people of a JATS front: `contrib-group` (names in every script the article prints them
 * in, ORCID, role, affiliations, e-mail) and one `aff` per affiliation, in one language.
 */
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { LANGS, type Lang } from '../../i18n/locales.ts';
import type { Author } from '../../schemas/author.ts';
import { orcidUrl } from '../identifiers/orcid.ts';
import { authorName, countryName, pick } from '../model/names.ts';
import { xmlSafe as s } from './jats-text.ts';
import type { JatsView } from './jats-view.ts';

/** Affiliation ids in order of first mention in the byline (the page numbers them so). */
const affIds = (v: JatsView) => [...new Set(v.meta.authors.flatMap((a) => a.affiliations))];
const affXmlId = (id: string, suffix: string) => `aff-${id}${suffix}`;

/** True when the author's name has its own spelling for `lang` (the Cyrillic ones; Latin is English's). */
const hasSpelling = (au: Author, lang: Lang) => lang !== 'en' && Boolean(au.family?.[lang] ?? (au.given ?? au.initials)?.[lang]);

/** Authors with their names (Latin plus the Cyrillic spellings), ORCID, affiliations, role and e-mail. */
export function contribGroup(parent: XMLBuilder, v: JatsView, lang: Lang, suffix: string, allScripts: boolean): void {
  const ids = affIds(v);
  const cg = parent.ele('contrib-group');
  for (const au of v.meta.authors) {
    const c = cg.ele('contrib', { 'contrib-type': 'author', ...(au.corresponding ? { corresp: 'yes' } : {}) });
    if (au.orcid) c.ele('contrib-id', { 'contrib-id-type': 'orcid', authenticated: 'false' }).txt(orcidUrl(au.orcid));
    const langs = allScripts ? LANGS.filter((l) => l === 'en' || hasSpelling(au, l)) : [lang];
    const holder = langs.length > 1 ? c.ele('name-alternatives') : c;
    for (const l of langs) {
      const n = authorName(au, l);
      const el = holder.ele('name', { 'name-style': 'western', 'xml:lang': l });
      el.ele('surname').txt(s(n.family));
      el.ele('given-names').txt(s(n.given));
    }
    const role = pick(au.role, lang, v.meta.originalLanguage);
    if (role) c.ele('role', { 'xml:lang': role.lang }).txt(s(role.text));
    for (const id of au.affiliations) c.ele('xref', { 'ref-type': 'aff', rid: affXmlId(id, suffix) }).txt(String(ids.indexOf(id) + 1));
    if (au.email) c.ele('email').txt(s(au.email));
  }
}

/** One `aff` per affiliation in the byline: departments, institution, ROR, city, country, in `lang`. */
export function affs(parent: XMLBuilder, v: JatsView, lang: Lang, suffix: string): void {
  const byId = new Map(v.meta.affiliations.map((a) => [a.id, a]));
  affIds(v).forEach((id, n) => {
    const aff = parent.ele('aff', { id: affXmlId(id, suffix) });
    aff.ele('label').txt(String(n + 1));
    const chain = [];
    for (let cur = byId.get(id); cur; cur = cur.parent ? byId.get(cur.parent) : undefined) chain.push(cur);
    const top = chain[chain.length - 1]!;
    const wrap = aff.ele('institution-wrap');
    if (top.ror) wrap.ele('institution-id', { 'institution-id-type': 'ror' }).txt(`https://ror.org/${top.ror}`);
    chain.forEach((a, i) => {
      const name = pick(a.name, lang, v.meta.originalLanguage);
      const type = i === chain.length - 1 ? 'orgname' : `orgdiv${chain.length - 1 - i}`;
      if (name) wrap.ele('institution', { 'content-type': type, ...(name.lang !== lang ? { 'xml:lang': name.lang } : {}) }).txt(s(name.text));
    });
    const city = pick(top.city, lang, v.meta.originalLanguage);
    if (city) aff.txt(', ').ele('city').txt(s(city.text));
    if (top.country) aff.txt(', ').ele('country', { country: top.country }).txt(s(countryName(top.country, lang)));
  });
}
