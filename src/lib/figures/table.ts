/**
 * The figure's data as a table for readers: column titles and category labels in the page's
 * language, numbers with the same separators as the chart, dates as the language writes them
 * ("15 марта 2026 г.": Intl gives the genitive a full date needs), missing values marked as
 * missing. Long data is cut to its first rows; the page says how many there are and links
 * the CSV, so five figures of 1,000 rows keep an article within its first-load budget.
 */
import * as vega from 'vega';
import { LOCALES, type Lang } from '../../i18n/locales.ts';
import type { FigureColumn } from '../../schemas/figure.ts';
import type { LoadedFigure } from './load.ts';
import { DEFAULT_NUMBER_FORMAT } from './localize.ts';
import { FIGURE_LOCALES, type FigureLocale } from './locales.ts';
import { pickText } from './texts.ts';

export interface TableCell {
  /** The text to print; empty when `missing`. */
  text: string;
  numeric: boolean;
  /** The data file has no value here (an empty cell), which is not zero. */
  missing: boolean;
  /** Set when the text is in another language than the page (a fallback label). */
  lang?: Lang;
}

export interface FigureTable {
  headers: { text: string; numeric: boolean; lang?: Lang }[];
  rows: TableCell[][];
  /** How many rows the data has (`rows` may show fewer). */
  total: number;
}

/** Rows shown in the page's table; the CSV download has them all. */
export const TABLE_ROWS = 25;

/** vega.locale, which vega's typings leave out: the formatters a View uses for a locale. */
const vegaLocale = (vega as unknown as {
  locale: (number: FigureLocale['number'], time: FigureLocale['time']) => { format: (spec: string) => (n: number) => string };
}).locale;

/** A number formatter for `lang` from a d3 format string, exactly as Vega formats it in the chart. */
export function numberFormatter(lang: Lang, format: string = DEFAULT_NUMBER_FORMAT): (n: number) => string {
  const { number, time } = FIGURE_LOCALES[lang];
  return vegaLocale(number, time).format(format);
}

const DATE_PARTS: Record<number, Intl.DateTimeFormatOptions> = {
  4: { year: 'numeric' },
  7: { year: 'numeric', month: 'long' },
  10: { year: 'numeric', month: 'long', day: 'numeric' },
};

/** A date cell as the language writes it, at the precision the file gave (year, month or day). */
export function formatDate(lang: Lang, t: number, raw: string, type: 'date' | 'datetime'): string {
  const parts = type === 'datetime' ? { ...DATE_PARTS[10], hour: '2-digit', minute: '2-digit' } as const : DATE_PARTS[raw.length] ?? DATE_PARTS[10];
  return new Intl.DateTimeFormat(LOCALES[lang].intl, { ...parts, timeZone: 'UTC' }).format(t);
}

/** The figure's plotted rows → a table in `lang` (at most `limit` rows). */
export function figureTable(loaded: Pick<LoadedFigure, 'figure' | 'rows' | 'raw' | 'columns' | 'fallback'>, lang: Lang, limit = Infinity): FigureTable {
  const { figure, columns: names, fallback } = loaded;
  const cols = names.map((n) => figure.columns[n]!);
  const isNum = (c: FigureColumn) => c.type === 'number' || c.type === 'integer';
  const fmt = cols.map((c) => numberFormatter(lang, c.format ?? (c.type === 'integer' ? 'd' : undefined)));
  const shown = (t: { text: string; lang: Lang }) => (t.lang === lang ? { text: t.text } : t);
  return {
    headers: cols.map((c) => ({ ...shown(pickText(c.title, lang, fallback)), numeric: isNum(c) })),
    total: loaded.rows.length,
    rows: loaded.rows.slice(0, limit).map((row, r) =>
      names.map((n, i): TableCell => {
        const col = cols[i]!;
        const v = row[n] ?? null;
        if (v === null) return { text: '', numeric: isNum(col), missing: true };
        if (col.type === 'date' || col.type === 'datetime') return { text: formatDate(lang, v as number, loaded.raw[r]![i]!, col.type), numeric: false, missing: false };
        if (typeof v === 'number') return { text: fmt[i]!(v), numeric: true, missing: false };
        const label = col.labels && Object.hasOwn(col.labels, v) ? shown(pickText(col.labels[v]!, lang, fallback)) : { text: v };
        return { ...label, numeric: false, missing: false };
      }),
    ),
  };
}
