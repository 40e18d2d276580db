/**
 * The figure's data as a table for readers: column titles and category labels in the page's
 * language, numbers with the same separators as the chart, missing values marked as missing.
 */
import * as vega from 'vega';
import type { Lang } from '../../i18n/locales.ts';
import type { FigureFile } from '../../schemas/figure.ts';
import type { Row } from './data.ts';
import { DEFAULT_NUMBER_FORMAT } from './localize.ts';
import { FIGURE_LOCALES, type FigureLocale } from './locales.ts';

export interface TableCell {
  /** The text to print; empty when `missing`. */
  text: string;
  numeric: boolean;
  /** The data file has no value here (an empty cell), which is not zero. */
  missing: boolean;
}

export interface FigureTable {
  headers: { text: string; numeric: boolean }[];
  rows: TableCell[][];
}

/** vega.locale, which vega's typings leave out: the formatters a View uses for a locale. */
const vegaLocale = (vega as unknown as {
  locale: (number: FigureLocale['number'], time: FigureLocale['time']) => { format: (spec: string) => (n: number) => string };
}).locale;

/** A number formatter for `lang` from a d3 format string, exactly as Vega formats it in the chart. */
export function numberFormatter(lang: Lang, format: string = DEFAULT_NUMBER_FORMAT): (n: number) => string {
  const { number, time } = FIGURE_LOCALES[lang];
  return vegaLocale(number, time).format(format);
}

/** Rows (as read from the data file) → a table in `lang`. */
export function figureTable(figure: FigureFile, rows: Row[], lang: Lang): FigureTable {
  const names = Object.keys(figure.columns);
  const fmt = Object.fromEntries(names.map((n) => [n, numberFormatter(lang, figure.columns[n]!.format)]));
  return {
    headers: names.map((n) => ({ text: figure.columns[n]!.title[lang], numeric: figure.columns[n]!.type === 'number' })),
    rows: rows.map((row) =>
      names.map((n): TableCell => {
        const col = figure.columns[n]!;
        const v = row[n] ?? null;
        if (v === null) return { text: '', numeric: col.type === 'number', missing: true };
        if (typeof v === 'number') return { text: fmt[n]!(v), numeric: true, missing: false };
        return { text: col.labels?.[v]?.[lang] ?? v, numeric: false, missing: false };
      }),
    ),
  };
}
