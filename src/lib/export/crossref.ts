/**
 * Crossref deposit (schema 5.4.0) for one article, built with xmlbuilder2 (it escapes all text).
 * The record is in the original language; the other editions' titles follow in a second
 * `<titles>` block (a `<titles>` holds one `original_language_title`), and every edition's
 * abstract is a `jats:abstract` with `xml:lang`. Each function adds one element of the schema's
 * sequence and adds nothing when its data is absent; `crossrefDeposit` calls them in the order
 * the XSD demands.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { LANGS, type Lang } from '../../i18n/locales.ts';
import { orcidUrl } from '../identifiers/orcid.ts';
import { originalEdition } from '../model/editions.ts';
import { countryName, pick } from '../model/names.ts';
import type { ArticleRecord } from '../model/types.ts';
import { absolute, paths } from '../model/urls.ts';

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

/** An ISO date as Crossref's month, day, year children (in that order). */
function date(parent: XMLBuilder, name: string, iso: string): void {
  const [y, m, d] = iso.split('-');
  const el = parent.ele(name, { media_type: 'online' });
  if (m) el.ele('month').txt(m);
  if (d) el.ele('day').txt(d);
  el.ele('year').txt(y!);
}

function head(root: XMLBuilder, rec: ArticleRecord, o: DepositOptions): void {
  const dep = rec.journal.depositor ?? PLACEHOLDER_DEPOSITOR;
  const h = root.ele('head');
  h.ele('doi_batch_id').txt(`${rec.slug}-${o.timestamp}`);
  h.ele('timestamp').txt(o.timestamp);
  const d = h.ele('depositor');
  d.ele('depositor_name').txt(dep.name);
  d.ele('email_address').txt(dep.email);
  h.ele('registrant').txt(rec.journal.publisher.en);
}

function journalMetadata(j: XMLBuilder, rec: ArticleRecord): void {
  const lang = rec.journal.defaultLanguage;
  const m = j.ele('journal_metadata', { language: lang });
  m.ele('full_title').txt(rec.journal.title[lang]);
  if (rec.journal.abbreviation) m.ele('abbrev_title').txt(rec.journal.abbreviation);
  for (const i of rec.journal.issn) m.ele('issn', i.medium ? { media_type: i.medium } : {}).txt(i.value);
}

function journalIssue(j: XMLBuilder, rec: ArticleRecord): void {
  const ji = j.ele('journal_issue');
  date(ji, 'publication_date', rec.issue.published ?? String(rec.issue.year));
  if (rec.issue.volume) ji.ele('journal_volume').ele('volume').txt(rec.issue.volume);
  ji.ele('issue').txt(String(rec.issue.number));
}

/** One `<titles>` per other edition: the original title plus that edition's title. */
function titles(a: XMLBuilder, rec: ArticleRecord): void {
  const orig = originalEdition(rec);
  const others = LANGS.filter((l) => l !== orig.lang && rec.editions[l]);
  for (const l of others.length ? others : [null]) {
    const t = a.ele('titles');
    t.ele('title').txt(orig.title);
    if (orig.subtitle) t.ele('subtitle').txt(orig.subtitle);
    if (l) t.ele('original_language_title', { language: l }).txt(rec.editions[l]!.title);
  }
}

/** Institution name (the top of the affiliation chain), place and department, in `lang`. */
function institution(parent: XMLBuilder, rec: ArticleRecord, id: string, lang: Lang): void {
  const byId = new Map(rec.meta.affiliations.map((x) => [x.id, x]));
  let cur = byId.get(id)!;
  const departments: string[] = [];
  while (cur.parent) {
    const n = pick(cur.name, lang, rec.meta.originalLanguage);
    if (n) departments.push(n.text);
    cur = byId.get(cur.parent)!;
  }
  const inst = parent.ele('institution');
  inst.ele('institution_name').txt(pick(cur.name, lang, rec.meta.originalLanguage)!.text);
  if (cur.ror) inst.ele('institution_id', { type: 'ror' }).txt(`https://ror.org/${cur.ror}`);
  const place = [pick(cur.city, lang, rec.meta.originalLanguage)?.text, cur.country ? countryName(cur.country, lang) : undefined].filter(Boolean).join(', ');
  if (place) inst.ele('institution_place').txt(place);
  for (const d of departments.slice(0, 6)) inst.ele('institution_department').txt(d);
}

/** Authors with their names in Latin script (the deposit's language), affiliations and ORCID. */
function contributors(a: XMLBuilder, rec: ArticleRecord): void {
  const c = a.ele('contributors');
  rec.meta.authors.forEach((au, i) => {
    const p = c.ele('person_name', { sequence: i === 0 ? 'first' : 'additional', contributor_role: 'author' });
    p.ele('given_name').txt((au.given ?? au.initials!).latin);
    p.ele('surname').txt(au.family.latin);
    const affs = p.ele('affiliations');
    for (const id of au.affiliations) institution(affs, rec, id, 'en');
    if (au.orcid) p.ele('ORCID', { authenticated: 'false' }).txt(orcidUrl(au.orcid));
  });
}

function abstracts(a: XMLBuilder, rec: ArticleRecord): void {
  for (const l of LANGS) {
    const e = rec.editions[l];
    if (!e) continue;
    a.ele(JATS_NS, 'jats:abstract', { 'xml:lang': l }).ele(JATS_NS, 'jats:p').txt(e.abstract);
  }
}

function license(a: XMLBuilder, rec: ArticleRecord): void {
  if (!rec.meta.license) return;
  const p = a.ele(AI_NS, 'ai:program', { name: 'AccessIndicators' });
  p.ele(AI_NS, 'ai:license_ref', { applies_to: 'vor' }).txt(`https://spdx.org/licenses/${rec.meta.license}.html`);
}

function doiData(a: XMLBuilder, rec: ArticleRecord): void {
  const d = a.ele('doi_data');
  d.ele('doi').txt(rec.meta.doi);
  d.ele('resource').txt(absolute(rec.journal.siteUrl, paths.article(rec.meta.originalLanguage, rec.slug)));
}

function citationList(a: XMLBuilder, rec: ArticleRecord): void {
  if (!rec.meta.references.length) return;
  const list = a.ele('citation_list');
  for (const r of rec.meta.references) {
    const c = list.ele('citation', { key: r.id });
    if (r.DOI) c.ele('doi').txt(r.DOI);
    c.ele('unstructured_citation').txt(r.text);
  }
}

/** The deposit XML for one article. */
export function crossrefDeposit(rec: ArticleRecord, o: DepositOptions): string {
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
  journalIssue(j, rec);
  const a = j.ele('journal_article', { publication_type: 'full_text', language: rec.meta.originalLanguage });
  titles(a, rec);
  contributors(a, rec);
  abstracts(a, rec);
  date(a, 'publication_date', rec.meta.published);
  a.ele('pages').ele('first_page').txt(String(rec.meta.pages.first)).up().ele('last_page').txt(String(rec.meta.pages.last));
  license(a, rec);
  doiData(a, rec);
  citationList(a, rec);
  return `${doc.end({ prettyPrint: true })}\n`;
}

/** A deposit timestamp (yyyyMMddHHmmss, UTC) for a moment. */
export function depositTimestamp(d: Date): string {
  return d.toISOString().replace(/\D/g, '').slice(0, 14);
}
