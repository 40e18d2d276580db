/**
 * The query actually sent to Pagefind for a page language. Languages Pagefind stems itself
 * (en, ru) go as typed; Kazakh words are replaced by their stems (kk-stem.ts).
 */
import { isLang, LOCALES } from '../../i18n/locales.ts';
import { kkSearchQuery } from './kk-stem.ts';

export function pagefindQuery(lang: string, query: string): string {
  const q = query.replace(/\s+/g, ' ').trim();
  return isLang(lang) && LOCALES[lang].stemmer === 'kk-stem' ? kkSearchQuery(q) : q;
}

/** The content types a reader can filter on; `all` means no filter. */
export const SEARCH_TYPES = ['all', 'section', 'figure', 'table'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export function searchType(value: string | null | undefined): SearchType {
  return (SEARCH_TYPES as readonly string[]).includes(value ?? '') ? (value as SearchType) : 'all';
}
