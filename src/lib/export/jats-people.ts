/**
 * The people of a JATS front: `contrib-group` (names in every script the article prints them
 * in, ORCID, role, affiliations, e-mail) and one `aff` per affiliation, in one language. Both
 * read the model's author view (names per script, resolved affiliations), never the author
 * records: a group author is a `collab`, a name known in one script is printed in that one.
 */
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { LANGS, type Lang } from '../../i18n/locales.ts';
import { orcidUrl } from '../identifiers/orcid.ts';
import type { PersonName } from '../model/names.ts';
import { bylineAffiliations, type AuthorView } from '../model/view.ts';
import { xmlText as s } from './sanitize.ts';
import type { JatsView } from './jats-view.ts';

const affXmlId = (id: string, suffix: string) => `aff-${id}${suffix}`;

/** The distinct spellings of author `i`'s name: the edition's own, or (all scripts) each language's spelling once. */
function spellings(v: JatsView, i: number, lang: Lang, allScripts: boolean): PersonName[] {
  const names = allScripts ? LANGS.map((l) => v.bylines[l][i]!.name) : [v.bylines[lang][i]!.name];
  return [...new Map(names.map((n) => [n.lang, n])).values()];
}

/** One spelling of a name: `collab` for a group author, else a western `name`. */
function nameEl(holder: XMLBuilder, n: PersonName): void {
  if (n.group) {
    holder.ele('collab', { 'xml:lang': n.lang }).txt(s(n.display));
    return;
  }
  const el = holder.ele('name', { 'name-style': 'western', 'xml:lang': n.lang });
  el.ele('surname').txt(s(n.family));
  el.ele('given-names').txt(s(n.given));
}

/** Authors with their names (each script the article spells them in), ORCID, affiliations, role and e-mail. */
export function contribGroup(parent: XMLBuilder, v: JatsView, lang: Lang, suffix: string, allScripts: boolean): void {
  const authors: AuthorView[] = v.bylines[lang];
  const ids = bylineAffiliations(authors).map((a) => a.id);
  const cg = parent.ele('contrib-group');
  authors.forEach((au, i) => {
    const c = cg.ele('contrib', { 'contrib-type': 'author', ...(au.corresponding ? { corresp: 'yes' } : {}) });
    if (au.orcid) c.ele('contrib-id', { 'contrib-id-type': 'orcid', authenticated: 'false' }).txt(orcidUrl(au.orcid));
    const names = spellings(v, i, lang, allScripts);
    const holder = names.length > 1 ? c.ele(au.name.group ? 'collab-alternatives' : 'name-alternatives') : c;
    for (const n of names) nameEl(holder, n);
    if (au.role) c.ele('role', { 'xml:lang': au.role.lang }).txt(s(au.role.text));
    for (const a of au.affiliations) c.ele('xref', { 'ref-type': 'aff', rid: affXmlId(a.id, suffix) }).txt(String(ids.indexOf(a.id) + 1));
    if (au.email) c.ele('email').txt(s(au.email));
  });
}

/** One `aff` per affiliation in the byline: departments, institution, ROR, city, country, in `lang`. */
export function affs(parent: XMLBuilder, v: JatsView, lang: Lang, suffix: string): void {
  const langAttr = (l: Lang) => (l !== lang ? { 'xml:lang': l } : {});
  bylineAffiliations(v.bylines[lang]).forEach((r, n) => {
    const aff = parent.ele('aff', { id: affXmlId(r.id, suffix) });
    aff.ele('label').txt(String(n + 1));
    const wrap = aff.ele('institution-wrap');
    if (r.ror) wrap.ele('institution-id', { 'institution-id-type': 'ror' }).txt(`https://ror.org/${r.ror}`);
    r.units.forEach((u, i) => {
      const type = i === r.units.length - 1 ? 'orgname' : `orgdiv${r.units.length - 1 - i}`;
      wrap.ele('institution', { 'content-type': type, ...langAttr(u.lang) }).txt(s(u.text));
    });
    if (r.city) aff.txt(', ').ele('city', langAttr(r.city.lang)).txt(s(r.city.text));
    if (r.country) aff.txt(', ').ele('country', { country: r.countryCode! }).txt(s(r.country.text));
  });
}
