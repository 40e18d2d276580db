/**
 * The PDF's front and back matter from the article model: title, byline with affiliations,
 * ORCID and the corresponding author's e-mail, abstract and keywords, the reference list and
 * the other languages' titles and abstracts. The PDF reads the model's edition view (names,
 * resolved affiliations, keywords, pages) through `pdfFacts`, and re-derives none of it.
 */
import { formatters, type TFunction } from '../../i18n/index.ts';
import { LOCALES, type Lang } from '../../i18n/locales.ts';
import { doiUrl } from '../identifiers/doi.ts';
import { orcidUrl } from '../identifiers/orcid.ts';
import { issueLabel } from '../model/issue-label.ts';
import { bylineAffiliations, editionView, type EditionView, type OtherEdition } from '../model/view.ts';
import type { ArticleRecord } from '../model/types.ts';
import type { Reference } from '../../schemas/reference.ts';
import { array, join, labelled, str } from './typst.ts';

/** What the PDF of one edition prints, read from the edition view once. */
export interface PdfFacts {
  lang: Lang;
  edition: Pick<EditionView, 'title' | 'subtitle' | 'abstract' | 'keywords'>;
  journal: string;
  issue: string;
  doi: string;
  pages: { first: number; last: number };
  authors: { name: string; affiliations: number[]; orcid?: string; email?: string }[];
  affiliations: string[];
  references: Reference[];
  referenceLang: string;
  others: OtherEdition[];
}

/** The facts of the edition in `lang` (which must have its own body). */
export function pdfFacts(rec: ArticleRecord, lang: Lang, t: TFunction): PdfFacts {
  const v = editionView(rec, lang);
  // The byline as the page prints it: the view's authors, affiliations numbered by first mention.
  const affs = bylineAffiliations(v.authors);
  const affIds = affs.map((x) => x.id);
  return {
    lang,
    edition: v,
    journal: v.journal.title,
    issue: issueLabel(rec.issue, t),
    doi: v.doi,
    pages: v.pages,
    authors: v.authors.map((a) => ({
      name: a.name.display,
      affiliations: a.affiliations.map((x) => affIds.indexOf(x.id) + 1),
      ...(a.orcid ? { orcid: a.orcid } : {}),
      ...(a.corresponding && a.email ? { email: a.email } : {}),
    })),
    affiliations: affs.map((x) => x.parts.map((p) => p.text).join(', ')),
    references: v.references,
    referenceLang: v.originalLang,
    others: v.others,
  };
}

/** Title, byline, affiliations, corresponding author, abstract and keywords. */
export function frontMatter(f: PdfFacts, t: TFunction): string {
  const byline = f.authors.map((a) =>
    join([str(a.name), `super(${str(a.affiliations.join(','))})`, ...(a.orcid ? [str(' '), `link(${str(orcidUrl(a.orcid))}, text(size: 0.8em, ${str(`ORCID ${a.orcid}`)}))`] : [])]),
  );
  const affs = f.affiliations.map((name, i) => join([`super(${str(String(i + 1))})`, str(name)]));
  const mail = f.authors.filter((a) => a.email).map((a) => join([str(`${t('article.corresponding')}: ${a.name}, `), `link(${str(`mailto:${a.email}`)}, ${str(a.email!)})`]));
  const doi = join([str(`${t('article.doi')}: `), `link(${str(doiUrl(f.doi))}, ${str(doiUrl(f.doi))})`]);
  return [
    `block(below: 1.2em, text(size: 1.6em, weight: "bold", hyphenate: false, ${str(f.edition.title)}))`,
    f.edition.subtitle ? `block(text(size: 1.2em, ${str(f.edition.subtitle)}))` : '',
    `block(${byline.join(' + [, ] + ')})`,
    `block(text(size: 0.85em, ${affs.join(' + linebreak() + ')}))`,
    ...mail.map((m) => `block(text(size: 0.85em, ${m}))`),
    `block(text(size: 0.85em, ${doi}))`,
    abstract(f.edition, t('article.abstract'), t('article.keywords')),
  ].filter(Boolean).join('\n');
}

/** An abstract with its keywords, as the journal prints them under the title. */
function abstract(e: PdfFacts['edition'], heading: string, keywords: string): string {
  return `block(inset: (x: 1.5em), above: 1.5em, below: 1.5em, text(size: 0.9em, ${join([
    `strong(${str(`${heading}. `)})`,
    str(e.abstract),
    'parbreak()',
    `strong(${str(`${keywords}: `)})`,
    str(e.keywords.join(', ')),
  ])}))`;
}

/** The numbered reference list; each entry is the target `ref-N` of the citation links. */
export function referenceList(f: PdfFacts, t: TFunction): string {
  if (!f.references.length) return '';
  const fmt = formatters(f.lang);
  const items = f.references.map((r, i) => {
    const parts = [str(`${i + 1}. `), `text(lang: ${str(r.language?.slice(0, 2) ?? f.referenceLang)}, ${str(r.text)})`];
    if (r.DOI) parts.push(str(' '), `link(${str(doiUrl(r.DOI))}, ${str(doiUrl(r.DOI))})`);
    else if (r.URL) parts.push(str(' '), `link(${str(r.URL)}, ${str(r.URL)})`);
    if (r.accessed) parts.push(str(` (${t('article.accessed', { date: fmt.date(r.accessed) })})`));
    return labelled(`block(${join(parts)})`, `ref-${i + 1}`);
  });
  return [`heading(level: 1, outlined: true, ${str(t('article.references'))})`, `text(size: 0.9em, ${items.join(' + ')})`].join('\n');
}

/** The other editions' titles and abstracts, each in its own language (and hyphenation). */
export function otherAbstracts(f: PdfFacts, t: TFunction): string {
  if (!f.others.length) return '';
  const blocks = f.others.map(
    (e) =>
      `text(lang: ${str(LOCALES[e.lang].tag)}, block(above: 1.2em, ${join([
        `strong(${str(e.title)})`,
        'parbreak()',
        str(e.abstract),
        'parbreak()',
        `emph(${str(e.keywords.join(', '))})`,
      ])}))`,
  );
  return [`heading(level: 1, outlined: true, ${str(t('article.otherAbstracts'))})`, `text(size: 0.9em, ${blocks.join(' + ')})`].join('\n');
}

/** The strings of `set document(...)`: what pdfinfo and XMP show. */
export function documentInfo(f: PdfFacts, t: TFunction): string {
  const where = `${f.journal}, ${f.issue}, ${t('issue.pages', { first: f.pages.first, last: f.pages.last })}`;
  const subject = `${where}${where.endsWith('.') ? '' : '.'} DOI: ${f.doi}`;
  return `set document(title: ${str(f.edition.title)}, author: ${array(f.authors.map((a) => str(a.name)))}, keywords: ${array(
    [...f.edition.keywords, `DOI: ${f.doi}`].map(str),
  )}, description: ${str(subject)}, date: none)`;
}
