/**
 * RIS download, written from the CSL item by this small module. @citation-js/plugin-ris (0.8,
 * made for core 0.8) does run with core 0.9 through an npm `overrides` entry, and the tests use
 * it to parse our files back, but its output is not fit to ship for this journal: the classic
 * spec writes SP/EP wrongly for a page range, the ID is cut to 20 characters, lines are hard-
 * wrapped at 70 characters in the middle of (Cyrillic) words, and keywords get a leading space.
 * Each function returns [] when its data is absent; `toRis` composes them in RIS order.
 */
import type { CslItem } from './csl.ts';

type Line = [tag: string, value: string];

const TYPES: Record<string, string> = {
  'article-journal': 'JOUR', book: 'BOOK', chapter: 'CHAP', report: 'RPRT', webpage: 'ELEC', post: 'ELEC',
  dataset: 'DATA', 'article-newspaper': 'NEWS',
};

const one = (tag: string, v: string | undefined): Line[] => (v ? [[tag, v.replace(/\s*\n\s*/g, ' ')]] : []);

/** RIS dates are YYYY/MM/DD/other; missing parts stay empty. */
export function risDate(d: CslItem['issued']): string | undefined {
  const p = d?.['date-parts']?.[0];
  if (!p) return undefined;
  const [y, m, day] = p;
  return `${y}/${m ? String(m).padStart(2, '0') : ''}/${day ? String(day).padStart(2, '0') : ''}/`;
}

const authors = (item: CslItem): Line[] => (item.author ?? []).map((a) => ['AU', a.given ? `${a.family}, ${a.given}` : a.family]);

function pages(item: CslItem): Line[] {
  const [sp, ep] = (item.page ?? '').split('-');
  return [...one('SP', sp), ...one('EP', ep)];
}

const keywords = (item: CslItem): Line[] => (item.keyword ? item.keyword.split(', ').map((k): Line => ['KW', k]) : []);

/** One RIS record (UTF-8; readers must open it as UTF-8). */
export function toRis(item: CslItem): string {
  const lines: Line[] = [
    ['TY', TYPES[item.type] ?? 'GEN'],
    ...one('ID', item.id),
    ...one('TI', item.title),
    ...authors(item),
    ...one('PY', String(item.issued?.['date-parts']?.[0]?.[0] ?? '')),
    ...one('DA', risDate(item.issued)),
    ...one('T2', item['container-title']),
    ...one('JO', item['container-title']),
    ...one('J2', item['container-title-short']),
    ...one('VL', item.volume),
    ...one('IS', item.issue),
    ...pages(item),
    ...one('SN', item.ISSN),
    ...one('PB', item.publisher),
    ...one('CY', item['publisher-place']),
    ...one('DO', item.DOI),
    ...one('UR', item.URL),
    ...one('LA', item.language),
    ...keywords(item),
    ...one('AB', item.abstract),
  ];
  return `${lines.map(([t, v]) => `${t}  - ${v}`).join('\r\n')}\r\nER  - \r\n`;
}
