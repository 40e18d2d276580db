/**
 * The one door to citation-js: nothing else imports @citation-js/*. It registers the styles
 * and locales the journal offers and sets the BibTeX output to keep Unicode (Cyrillic stays
 * Cyrillic; only BibTeX's special characters are escaped).
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import { LANGS, LOCALES, type Lang } from '~/i18n/locales.ts';
import chicago from './csl/journal-chicago-author-date.csl?raw';
import gost from './csl/journal-gost-r-7-0-5-2008.csl?raw';
import ieee from './csl/journal-ieee.csl?raw';
import mla from './csl/journal-modern-language-association.csl?raw';
import kk from './csl/journal-locale-kk-KZ.xml?raw';
import ru from './csl/journal-locale-ru-RU.xml?raw';

/** A citation style offered in the cite panel, in panel order. */
export interface CiteStyle {
  /** Short id used in URLs, element ids and the UI dictionary (`cite.style.<id>`). */
  id: 'apa' | 'gost' | 'chicago' | 'mla' | 'harvard' | 'ieee';
  /** Template name registered with citation-js. */
  template: string;
  /** True when the style file was written for this journal (in src/lib/export/csl/). */
  local: boolean;
}

/**
 * APA 7 and Harvard (Cite Them Right 12th edition) are the current CSL project files that
 * @citation-js/plugin-csl ships (`apa`, `harvard1`). The other four were written for the journal
 * in src/lib/export/csl/, after the CSL project's styles, and are checked against them in tests.
 */
export const STYLES: CiteStyle[] = [
  { id: 'apa', template: 'apa', local: false },
  { id: 'gost', template: 'journal-gost-r-7-0-5-2008', local: true },
  { id: 'chicago', template: 'journal-chicago-author-date', local: true },
  { id: 'mla', template: 'journal-mla', local: true },
  { id: 'harvard', template: 'harvard1', local: false },
  { id: 'ieee', template: 'journal-ieee', local: true },
];

/** CSL locale per page language, from the language list: terms follow the page. */
export const CSL_LOCALE = Object.fromEntries(LANGS.map((l) => [l, LOCALES[l].csl])) as Record<Lang, string>;

const csl = plugins.config.get('@csl') as {
  styles: { add(name: string, xml: string): void; has(name: string): boolean };
  locales: { add(name: string, xml: string): void; has(name: string): boolean };
};
csl.styles.add('journal-gost-r-7-0-5-2008', gost);
csl.styles.add('journal-chicago-author-date', chicago);
csl.styles.add('journal-mla', mla);
csl.styles.add('journal-ieee', ieee);
csl.locales.add('ru-RU', ru);
csl.locales.add('kk-KZ', kk);

const bibtex = plugins.config.get('@bibtex') as { format: { asciiOnly: boolean; useIdAsLabel: boolean } };
bibtex.format.asciiOnly = false;
// Our ids are already ASCII citation keys (citation-key.ts).
bibtex.format.useIdAsLabel = true;

/** Registers an extra style or locale (tests use this to compare with the CSL project's files). */
export function registerCsl(kind: 'style' | 'locale', name: string, xml: string): void {
  (kind === 'style' ? csl.styles : csl.locales).add(name, xml);
}

/** The XML of a registered style and locale: what a cache of formatted citations is keyed by. */
export function cslSource(template: string, locale: string): string {
  const reg = plugins.config.get('@csl') as { styles: { get(n: string): string }; locales: { get(n: string): string } };
  return `${reg.styles.get(template) ?? template}\u0000${reg.locales.get(locale) ?? locale}`;
}

export { Cite };
