/**
 * JATS front matter: `journal-meta`, the original's `article-meta`, and each translation's
 * `front-stub`. Each function adds one element of the schema's sequence (JATS 1.3 Journal
 * Publishing) and adds nothing when its data is absent; the callers keep the XSD's order.
 */
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { LANGS, type Lang } from '../../i18n/locales.ts';
import type { Author } from '../../schemas/author.ts';
import { orcidUrl } from '../identifiers/orcid.ts';
import { authorName, countryName, pick } from '../model/names.ts';
import type { Edition } from '../model/types.ts';
import { absolute, paths } from '../model/urls.ts';
import { xmlSafe as s } from './jats-text.ts';
import type { JatsView } from './jats-view.ts';

/** Journal identity: id, titles in every language, ISSNs and publisher. */
export function journalMeta(front: XMLBuilder, v: JatsView): void {
  const j = v.journal;
  const main = j.defaultLanguage;
  const jm = front.ele('journal-meta');
  jm.ele('journal-id', { 'journal-id-type': 'publisher-id' }).txt(s(j.abbreviation ?? j.title[main]));
  const tg = jm.ele('journal-title-group');
  tg.ele('journal-title', { 'xml:lang': main }).txt(s(j.title[main]));
  for (const l of Object.keys(j.title) as Lang[]) {
    if (l !== main) tg.ele('trans-title-group', { 'xml:lang': l }).ele('trans-title').txt(s(j.title[l]));
  }
  if (j.abbreviation) tg.ele('abbrev-journal-title', { 'abbrev-type': 'publisher' }).txt(s(j.abbreviation));
  for (const i of j.issn) jm.ele('issn', i.medium ? { 'publication-format': i.medium } : {}).txt(i.value);
  const p = jm.ele('publisher');
  p.ele('publisher-name').txt(s(j.publisher[main]));
  if (j.place) p.ele('publisher-loc').txt(s(j.place[main]));
}

/** Title of the edition, plus `trans-title-group`s for the editions given. */
function titleGroup(parent: XMLBuilder, e: Edition, trans: Edition[]): void {
  const tg = parent.ele('title-group');
  tg.ele('article-title').txt(s(e.title));
  if (e.subtitle) tg.ele('subtitle').txt(s(e.subtitle));
  for (const t of trans) {
    const g = tg.ele('trans-title-group', { 'xml:lang': t.lang });
    g.ele('trans-title').txt(s(t.title));
    if (t.subtitle) g.ele('trans-subtitle').txt(s(t.subtitle));
  }
}

/** Affiliation ids in order of first mention in the byline (the page numbers them so). */
const affIds = (v: JatsView) => [...new Set(v.meta.authors.flatMap((a) => a.affiliations))];
const affXmlId = (id: string, suffix: string) => `aff-${id}${suffix}`;

/** True when the author's name has its own spelling for `lang` (the Cyrillic ones; Latin is English's). */
const hasSpelling = (au: Author, lang: Lang) => lang !== 'en' && Boolean(au.family[lang] ?? (au.given ?? au.initials)?.[lang]);

/** Authors with their names (Latin plus the Cyrillic spellings), ORCID, affiliations, role and e-mail. */
function contribGroup(parent: XMLBuilder, v: JatsView, lang: Lang, suffix: string, allScripts: boolean): void {
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
function affs(parent: XMLBuilder, v: JatsView, lang: Lang, suffix: string): void {
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

/** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) as JATS `day`, `month`, `year` children. */
function dateParts(el: XMLBuilder, iso: string): void {
  const [y, m, d] = iso.split('-');
  if (d) el.ele('day').txt(d);
  if (m) el.ele('month').txt(m);
  el.ele('year').txt(y!);
}

function abstract(parent: XMLBuilder, name: 'abstract' | 'trans-abstract', e: Edition): void {
  const a = parent.ele(name, { 'xml:lang': e.lang });
  for (const para of e.abstract.split(/\n\s*\n/)) a.ele('p').txt(s(para.trim()));
}

function keywords(parent: XMLBuilder, e: Edition): void {
  const g = parent.ele('kwd-group', { 'xml:lang': e.lang });
  for (const k of e.keywords) g.ele('kwd').txt(s(k));
}

/** The original's article-meta: identifiers, titles, people, dates, pages, licence, abstracts, keywords. */
export function articleMeta(front: XMLBuilder, v: JatsView): void {
  const { meta, issue } = v;
  const am = front.ele('article-meta');
  am.ele('article-id', { 'pub-id-type': 'doi' }).txt(s(meta.doi));
  titleGroup(am, v.original, v.frontOnly);
  contribGroup(am, v, v.original.lang, '', true);
  affs(am, v, v.original.lang, '');
  dateParts(am.ele('pub-date', { 'publication-format': 'electronic', 'date-type': 'pub', 'iso-8601-date': meta.published }), meta.published);
  if (issue.volume) am.ele('volume').txt(s(issue.volume));
  am.ele('issue').txt(s(String(issue.number)));
  am.ele('fpage').txt(String(meta.pages.first));
  am.ele('lpage').txt(String(meta.pages.last));
  if (meta.received || meta.accepted) {
    const h = am.ele('history');
    for (const [type, iso] of [['received', meta.received], ['accepted', meta.accepted]] as const) {
      if (iso) dateParts(h.ele('date', { 'date-type': type, 'iso-8601-date': iso }), iso);
    }
  }
  if (meta.license) {
    am.ele('permissions').ele('license').ele('ali:license_ref').txt(`https://spdx.org/licenses/${s(meta.license)}.html`);
  }
  am.ele('self-uri', { 'xlink:href': s(absolute(v.journal.siteUrl, paths.article(v.original.lang, v.slug))) });
  abstract(am, 'abstract', v.original);
  for (const e of v.frontOnly) abstract(am, 'trans-abstract', e);
  for (const e of [v.original, ...v.frontOnly]) keywords(am, e);
}

/** A translation's own front matter: its title, the authors as it writes them, affiliations, abstract, keywords. */
export function frontStub(sub: XMLBuilder, v: JatsView, e: Edition, suffix: string): void {
  const fs = sub.ele('front-stub');
  titleGroup(fs, e, []);
  contribGroup(fs, v, e.lang, suffix, false);
  affs(fs, v, e.lang, suffix);
  fs.ele('self-uri', { 'xlink:href': s(absolute(v.journal.siteUrl, paths.article(e.lang, v.slug))) });
  abstract(fs, 'abstract', e);
  keywords(fs, e);
  translationMeta(fs, e);
}

/** How the translation was made (by a person or by machine, reviewed or not), as the page's notice says it. */
function translationMeta(parent: XMLBuilder, e: Edition): void {
  const { translatedFrom, method, reviewed } = e.edition;
  const pairs = [['translated-from', translatedFrom], ['translation-method', method], ['translation-reviewed', reviewed === undefined ? undefined : String(reviewed)]];
  const known = pairs.filter((p): p is [string, string] => Boolean(p[1]));
  if (!known.length) return;
  const g = parent.ele('custom-meta-group');
  for (const [name, value] of known) g.ele('custom-meta').ele('meta-name').txt(name).up().ele('meta-value').txt(value);
}
