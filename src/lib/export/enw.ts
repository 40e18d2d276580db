/**
 * EndNote tagged ("refer") download, `.enw`, from the CSL item. citation-js has no EndNote
 * writer for core 0.9: @citation-js/plugin-enw 0.3.0 targets core 0.7 and its published
 * package lacks the `output` module its index requires, so this small module writes it.
 * Each function returns [] when its data is absent; `toEnw` composes them in EndNote's order.
 */
import type { CslItem } from './csl.ts';

type Line = [tag: string, value: string];

const TYPES: Record<string, string> = {
  'article-journal': 'Journal Article', book: 'Book', chapter: 'Book Section', report: 'Report', webpage: 'Web Page',
  post: 'Web Page', dataset: 'Dataset', 'article-newspaper': 'Newspaper Article',
};

const one = (tag: string, v: string | undefined): Line[] => (v ? [[tag, v.replace(/\s*\n\s*/g, ' ')]] : []);

const authors = (item: CslItem): Line[] => (item.author ?? []).map((a) => ['%A', a.given ? `${a.family}, ${a.given}` : a.family]);

const keywords = (item: CslItem): Line[] => (item.keyword ? item.keyword.split(', ').map((k): Line => ['%K', k]) : []);

/** One EndNote record. */
export function toEnw(item: CslItem): string {
  const lines: Line[] = [
    ['%0', TYPES[item.type] ?? 'Generic'],
    ...one('%T', item.title),
    ...authors(item),
    ...one('%J', item['container-title']),
    ...one('%D', String(item.issued?.['date-parts']?.[0]?.[0] ?? '')),
    ...one('%V', item.volume),
    ...one('%N', item.issue),
    ...one('%P', item.page),
    ...one('%@', item.ISSN),
    ...one('%I', item.publisher),
    ...one('%C', item['publisher-place']),
    ...one('%R', item.DOI),
    ...one('%U', item.URL),
    ...one('%G', item.language),
    ...keywords(item),
    ...one('%X', item.abstract),
    ...one('%F', item.id),
  ];
  return `${lines.map(([t, v]) => `${t} ${v}`).join('\n')}\n`;
}
