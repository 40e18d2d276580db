/**
 * Crossref deposit (schema 5.4.0) for one article, built with xmlbuilder2; every text goes
 * through `xmlText` (forbidden characters dropped, every `&` escaped). The record is in the
 * original language; the other editions' titles follow in a second `<titles>` block (a
 * `<titles>` holds one `original_language_title`), and every edition's abstract is a
 * `jats:abstract` with `xml:lang`. Names are deposited in Latin script and affiliations in the
 * journal's default language, both from the edition views. Each function adds one element of
 * the schema's sequence and adds nothing when its data is absent; `crossrefDeposit` calls
 * them in the order the XSD demands.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { LANGS } from '~/i18n/locales.ts';
import { orcidUrl } from '~/lib/identifiers/orcid.ts';
import type { ResolvedAffiliation } from '~/lib/model/affiliations.ts';
import { dateParts, pad2, type DateParts } from '~/lib/identifiers/iso-date.ts';
import type { ArticleRecord } from '~/lib/model/types.ts';
import { authorViews, editionView, type AuthorView, type EditionView } from '~/lib/model/view.ts';
import type { Reference } from '~/schemas/reference.ts';
import { xmlText } from './sanitize.ts';

export const CROSSREF_NS = 'http://www.crossref.org/schema/5.4.0';
const JATS_NS = 'http://www.ncbi.nlm.nih.gov/JATS1';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const AI_NS = 'http://www.crossref.org/AccessIndicators.xsd';

/** Used when content/journal.yaml names no depositor: a reserved, undeliverable address to replace. */
export const PLACEHOLDER_DEPOSITOR = { name: 'SET depositor IN content/journal.yaml', email: 'depositor@example.invalid' };

export interface DepositOptions {
  /** `yyyyMMddHHmmss`; must grow with every re-deposit of the same DOI. */
  timestamp: string;
}

/** A child element holding content text. */
const txt = (parent: XMLBuilder, name: string, text: string, attrs: Record<string, string> = {}) => parent.ele(name, attrs).txt(xmlText(text));

/** Date parts as Crossref's month, day, year children (in that order). */
function date(parent: XMLBuilder, name: string, d: DateParts): void {
  const el = parent.ele(name, { media_type: 'online' });
  if (d.month) el.ele('month').txt(pad2(d.month));
  if (d.day) el.ele('day').txt(pad2(d.day));
  el.ele('year').txt(String(d.year));
}

function head(root: XMLBuilder, rec: ArticleRecord, o: DepositOptions): void {
  const dep = rec.journal.depositor ?? PLACEHOLDER_DEPOSITOR;
  const h = root.ele('head');
  txt(h, 'doi_batch_id', `${rec.slug}-${o.timestamp}`);
  h.ele('timestamp').txt(o.timestamp);
  const d = h.ele('depositor');
  txt(d, 'depositor_name', dep.name);
  txt(d, 'email_address', dep.email);
  txt(h, 'registrant', rec.journal.publisher[rec.journal.defaultLanguage]);
}

function journalMetadata(j: XMLBuilder, rec: ArticleRecord): void {
  const lang = rec.journal.defaultLanguage;
  const m = j.ele('journal_metadata', { language: lang });
  txt(m, 'full_title', rec.journal.title[lang]);
  if (rec.journal.abbreviation) txt(m, 'abbrev_title', rec.journal.abbreviation);
  for (const i of rec.journal.issn) m.ele('issn', i.medium ? { media_type: i.medium } : {}).txt(i.value);
}

function journalIssue(j: XMLBuilder, v: EditionView, rec: ArticleRecord): void {
  const ji = j.ele('journal_issue');
  date(ji, 'publication_date', v.issue.published ?? dateParts(String(rec.issue.year)));
  if (v.issue.volume) txt(ji.ele('journal_volume'), 'volume', v.issue.volume);
  txt(ji, 'issue', v.issue.number);
}

/** One `<titles>` per other edition: the original title plus that edition's title. */
function titles(a: XMLBuilder, orig: EditionView): void {
  for (const other of orig.others.length ? orig.others : [null]) {
    const t = a.ele('titles');
    txt(t, 'title', orig.title);
    if (orig.subtitle) txt(t, 'subtitle', orig.subtitle);
    if (other) txt(t, 'original_language_title', other.title, { language: other.lang });
  }
}

/** Institution name (the top of the affiliation chain), ROR, place and departments. */
function institution(parent: XMLBuilder, x: ResolvedAffiliation): void {
  const inst = parent.ele('institution');
  txt(inst, 'institution_name', x.units.at(-1)!.text);
  if (x.ror) inst.ele('institution_id', { type: 'ror' }).txt(`https://ror.org/${x.ror}`);
  const place = [x.city?.text, x.country?.text].filter(Boolean).join(', ');
  if (place) txt(inst, 'institution_place', place);
  for (const d of x.units.slice(0, -1).slice(0, 6)) txt(inst, 'institution_department', d.text);
}

/** Authors with their names in Latin script, affiliations and ORCID; a group author as an `organization`. */
function contributors(a: XMLBuilder, authors: AuthorView[]): void {
  const c = a.ele('contributors');
  authors.forEach((au, i) => {
    const role = { sequence: i === 0 ? 'first' : 'additional', contributor_role: 'author' };
    if (au.latin.group) {
      txt(c, 'organization', au.latin.family, role);
      return;
    }
    const p = c.ele('person_name', role);
    txt(p, 'given_name', au.latin.given);
    txt(p, 'surname', au.latin.family);
    const affs = p.ele('affiliations');
    for (const x of au.affiliations) institution(affs, x);
    if (au.orcid) p.ele('ORCID', { authenticated: 'false' }).txt(orcidUrl(au.orcid));
  });
}

function abstracts(a: XMLBuilder, orig: EditionView): void {
  const all = [{ lang: orig.textLang, abstract: orig.abstract }, ...orig.others];
  for (const l of LANGS) {
    const e = all.find((x) => x.lang === l);
    if (e) txt(a.ele(JATS_NS, 'jats:abstract', { 'xml:lang': l }), 'jats:p', e.abstract);
  }
}

function license(a: XMLBuilder, v: EditionView): void {
  if (!v.license) return;
  const p = a.ele(AI_NS, 'ai:program', { name: 'AccessIndicators' });
  txt(p, 'ai:license_ref', `https://spdx.org/licenses/${v.license}.html`, { applies_to: 'vor' });
}

function doiData(a: XMLBuilder, v: EditionView): void {
  const d = a.ele('doi_data');
  txt(d, 'doi', v.doi);
  txt(d, 'resource', v.url);
}

/**
 * The parts of a reference Crossref matches on, from its CSL-JSON fields (the schema's
 * `citation_t` is an `xsd:all`; the order here is the schema's listing): journal title, first
 * author, volume, issue, first page, year, DOI, book or chapter titles, then the text as printed.
 */
function citation(list: XMLBuilder, r: Reference): void {
  const c = list.ele('citation', { key: xmlText(r.id) });
  const inJournal = r.type === 'article-journal' || r.type === 'article-newspaper';
  const firstPage = r.page?.split(/[-–—,]/)[0]?.trim().slice(0, 32);
  if (inJournal && r.containerTitle) txt(c, 'journal_title', r.containerTitle);
  if (r.author?.[0]) txt(c, 'author', r.author[0].family);
  if (inJournal && r.volume) txt(c, 'volume', r.volume);
  if (inJournal && r.issue) txt(c, 'issue', r.issue);
  if (firstPage) txt(c, 'first_page', firstPage);
  if (r.issued) txt(c, 'cYear', String(dateParts(r.issued).year));
  if (r.DOI) txt(c, 'doi', r.DOI);
  const volumeTitle = r.type === 'chapter' ? r.containerTitle : r.type === 'book' || r.type === 'report' ? r.title : undefined;
  if (volumeTitle) txt(c, 'volume_title', volumeTitle);
  if ((inJournal || r.type === 'chapter') && r.title) txt(c, 'article_title', r.title);
  txt(c, 'unstructured_citation', r.text);
}

function citationList(a: XMLBuilder, v: EditionView): void {
  if (!v.references.length) return;
  const list = a.ele('citation_list');
  for (const r of v.references) citation(list, r);
}

/** The deposit XML for one article. */
export function crossrefDeposit(rec: ArticleRecord, o: DepositOptions): string {
  const orig = editionView(rec, rec.meta.originalLanguage);
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const root = doc.ele(CROSSREF_NS, 'doi_batch', {
    version: '5.4.0',
    'xmlns:xsi': XSI_NS,
    'xmlns:jats': JATS_NS,
    'xmlns:ai': AI_NS,
    'xsi:schemaLocation': `${CROSSREF_NS} https://www.crossref.org/schemas/crossref5.4.0.xsd`,
  });
  head(root, rec, o);
  const j = root.ele('body').ele('journal');
  journalMetadata(j, rec);
  journalIssue(j, orig, rec);
  const a = j.ele('journal_article', { publication_type: 'full_text', language: orig.originalLang });
  titles(a, orig);
  contributors(a, authorViews(rec, rec.journal.defaultLanguage));
  abstracts(a, orig);
  date(a, 'publication_date', orig.published);
  a.ele('pages').ele('first_page').txt(String(orig.pages.first)).up().ele('last_page').txt(String(orig.pages.last));
  license(a, orig);
  doiData(a, orig);
  citationList(a, orig);
  return `${doc.end({ prettyPrint: true })}\n`;
}

/** A deposit timestamp (yyyyMMddHHmmss, UTC) for a moment. */
export function depositTimestamp(d: Date): string {
  return d.toISOString().replace(/\D/g, '').slice(0, 14);
}
