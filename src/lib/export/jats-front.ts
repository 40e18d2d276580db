/**
 * JATS front matter: `journal-meta`, the original's `article-meta`, and each translation's
 * `front-stub`. Each function adds one element of the schema's sequence (JATS 1.3 Journal
 * Publishing) and adds nothing when its data is absent; the callers keep the XSD's order.
 */
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type { Lang } from '../../i18n/locales.ts';
import { dateParts as isoParts, pad2, type DateParts } from '../identifiers/iso-date.ts';
import type { Edition } from '../model/types.ts';
import type { EditionView } from '../model/view.ts';
import { affs, contribGroup } from './jats-people.ts';
import { xmlText as s } from './sanitize.ts';
import { viewOf, type JatsView } from './jats-view.ts';

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
function titleGroup(parent: XMLBuilder, e: EditionView, trans: EditionView[]): void {
  const tg = parent.ele('title-group');
  tg.ele('article-title').txt(s(e.title));
  if (e.subtitle) tg.ele('subtitle').txt(s(e.subtitle));
  for (const t of trans) {
    const g = tg.ele('trans-title-group', { 'xml:lang': t.textLang });
    g.ele('trans-title').txt(s(t.title));
    if (t.subtitle) g.ele('trans-subtitle').txt(s(t.subtitle));
  }
}

/** A date of any precision as a JATS date element with `day`, `month`, `year` children. */
function date(parent: XMLBuilder, name: string, attrs: Record<string, string>, d: DateParts): void {
  const el = parent.ele(name, { ...attrs, 'iso-8601-date': d.iso });
  if (d.day) el.ele('day').txt(pad2(d.day));
  if (d.month) el.ele('month').txt(pad2(d.month));
  el.ele('year').txt(String(d.year));
}

function abstract(parent: XMLBuilder, name: 'abstract' | 'trans-abstract', e: EditionView): void {
  const a = parent.ele(name, { 'xml:lang': e.textLang });
  for (const para of e.abstract.split(/\n\s*\n/)) a.ele('p').txt(s(para.trim()));
}

function keywords(parent: XMLBuilder, e: EditionView): void {
  const g = parent.ele('kwd-group', { 'xml:lang': e.textLang });
  for (const k of e.keywords) g.ele('kwd').txt(s(k));
}

/** The original's article-meta: identifiers, titles, people, dates, pages, licence, abstracts, keywords. */
export function articleMeta(front: XMLBuilder, v: JatsView): void {
  const { meta } = v;
  const o = viewOf(v, v.original);
  const trans = v.frontOnly.map((e) => viewOf(v, e));
  const am = front.ele('article-meta');
  am.ele('article-id', { 'pub-id-type': 'doi' }).txt(s(o.doi));
  titleGroup(am, o, trans);
  contribGroup(am, v, o.textLang, '', true);
  affs(am, v, o.textLang, '');
  date(am, 'pub-date', { 'publication-format': 'electronic', 'date-type': 'pub' }, o.published);
  if (o.issue.volume) am.ele('volume').txt(s(o.issue.volume));
  am.ele('issue').txt(s(o.issue.number));
  am.ele('fpage').txt(String(o.pages.first));
  am.ele('lpage').txt(String(o.pages.last));
  if (meta.received || meta.accepted) {
    const h = am.ele('history');
    for (const [type, iso] of [['received', meta.received], ['accepted', meta.accepted]] as const) {
      if (iso) date(h, 'date', { 'date-type': type }, isoParts(iso));
    }
  }
  if (o.license) {
    am.ele('permissions').ele('license').ele('ali:license_ref').txt(`https://spdx.org/licenses/${s(o.license)}.html`);
  }
  am.ele('self-uri', { 'xlink:href': s(o.editionUrl) });
  abstract(am, 'abstract', o);
  for (const t of trans) abstract(am, 'trans-abstract', t);
  for (const e of [o, ...trans]) keywords(am, e);
}

/** A translation's own front matter: its title, the authors as it writes them, affiliations, abstract, keywords. */
export function frontStub(sub: XMLBuilder, v: JatsView, e: Edition, suffix: string): void {
  const ev = viewOf(v, e);
  const fs = sub.ele('front-stub');
  titleGroup(fs, ev, []);
  contribGroup(fs, v, e.lang, suffix, false);
  affs(fs, v, e.lang, suffix);
  fs.ele('self-uri', { 'xlink:href': s(ev.editionUrl) });
  abstract(fs, 'abstract', ev);
  keywords(fs, ev);
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
