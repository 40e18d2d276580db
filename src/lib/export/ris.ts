/**
 * RIS download, written from the edition view by this small module. @citation-js/plugin-ris
 * (0.8, made for core 0.8) does run with core 0.9 through an npm `overrides` entry, and the
 * tests use it to parse our files back, but its output is not fit to ship for this journal: the
 * classic spec writes SP/EP wrongly for a page range, the ID is cut to 20 characters, lines are
 * hard-wrapped at 70 characters in the middle of (Cyrillic) words, and keywords get a leading
 * space. Every value goes through `lineValue` and loses double blanks, so no text can start a
 * tag or a record.
 * Each function returns [] when its data is absent; `toRis` composes them in RIS order.
 */
import { pad2, type DateParts } from '~/lib/identifiers/iso-date.ts';
import type { EditionView } from '~/lib/model/view.ts';
import { lineValue, taggedLine } from './sanitize.ts';

type Line = [tag: string, value: string];

/**
 * A value on one line, with runs of blanks made one space: `XX  - ` (two spaces) starts a tag,
 * and some readers (citation-js) look for it inside a line too.
 */
const one = (tag: string, v: string | undefined): Line[] => taggedLine(tag, v, (t) => lineValue(t).replace(/ {2,}/g, ' '));

/** RIS dates are YYYY/MM/DD/other; missing parts stay empty. */
export function risDate(d: DateParts): string {
  return `${d.year}/${d.month ? pad2(d.month) : ''}/${d.day ? pad2(d.day) : ''}/`;
}

const authors = (v: EditionView): Line[] => v.authors.flatMap((a) => one('AU', a.name.sorted));

const pages = (v: EditionView): Line[] => [...one('SP', String(v.pages.first)), ...(v.pages.last !== v.pages.first ? one('EP', String(v.pages.last)) : [])];

/** One RIS record (UTF-8; readers must open it as UTF-8). */
export function toRis(v: EditionView): string {
  const lines: Line[] = [
    ['TY', 'JOUR'],
    ...one('ID', v.citationKey),
    ...one('TI', v.fullTitle),
    ...authors(v),
    ...one('PY', String(v.published.year)),
    ...one('DA', risDate(v.published)),
    // Zotero's RIS.js reads T2 as publicationTitle for journal articles (fieldMap.T2), JF as
    // publicationTitle too, and JO and J2 as journalAbbreviation (degenerateImportFieldMap.JO,
    // fieldMap.J2): the full title goes in T2 and JF, never in JO.
    ...one('T2', v.journal.title),
    ...one('JF', v.journal.title),
    ...one('J2', v.journal.abbreviation),
    ...one('VL', v.issue.volume),
    ...one('IS', v.issue.number),
    ...pages(v),
    ...one('SN', v.journal.issn[0]),
    ...one('PB', v.journal.publisher),
    ...one('DO', v.doi),
    ...one('UR', v.url),
    ...one('LA', v.tag),
    ...v.keywords.flatMap((k) => one('KW', k)),
    ...one('AB', v.abstract),
  ];
  return `${lines.map(([t, val]) => `${t}  - ${val}`).join('\r\n')}\r\nER  - \r\n`;
}
