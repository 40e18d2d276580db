/**
 * One figure in one language: the rows with their category labels translated, and a complete
 * Vega-Lite spec (every dataset inline, texts and field titles in that language, the house
 * style). Date columns are plotted on UTC scales, so no reader's time zone moves a point.
 */
import type { Lang } from '../../i18n/locales.ts';
import type { FigureFile } from '../../schemas/figure.ts';
import type { Row } from './data.ts';
import type { LoadedFigure } from './load.ts';
import { pickText } from './texts.ts';

/**
 * Categorical colours: Okabe and Ito's colour-blind-safe set, its light members darkened to
 * at least 3:1 against white (WCAG 1.4.11), plus two more hues far from the rest
 * (tests/unit/figures-palette.test.ts checks contrast and distance).
 */
export const CATEGORY_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#9E6A00', '#56147D', '#6E6E00', '#333333', '#0097A7', '#B8003A'];

/** The font stack of the charts; the PNG renderer embeds Noto Sans, the first of them. */
export const FIGURE_FONT = '"Noto Sans", "PT Sans", "Helvetica Neue", Arial, sans-serif';

/** House style, under any `config` the figure sets itself. */
const BASE_CONFIG = {
  font: FIGURE_FONT,
  background: '#ffffff',
  padding: 8,
  view: { stroke: null },
  axis: { labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'normal', labelColor: '#222', titleColor: '#222', gridColor: '#e4e4e4' },
  legend: { labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'normal', orient: 'bottom' },
  text: { fontSize: 12, color: '#222' },
  range: { category: CATEGORY_COLORS },
  bar: { color: '#1f5f99' },
};

/** Default d3 format of a number column with none of its own. */
export const DEFAULT_NUMBER_FORMAT = ',~f';

/** The rows with category codes replaced by their labels in `lang` (codes are own keys only: `constructor` is a code like any other). */
export function localizeRows(figure: FigureFile, rows: Row[], lang: Lang, fallback: Lang = lang): Row[] {
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([name, value]) => {
        const labels = Object.hasOwn(figure.columns, name) ? figure.columns[name]!.labels : undefined;
        return [name, typeof value === 'string' && labels && Object.hasOwn(labels, value) ? pickText(labels[value]!, lang, fallback).text : value];
      }),
    ),
  );
}

/**
 * How tooltips and text marks write a date column, at the precision its cells have (a year, a
 * month, a day, a time), in UTC: `%b %Y` ("мар 1958") or the locale's numeric date
 * (`15.03.2026`). Abbreviated and numeric forms need no grammatical case.
 */
const DATE_TEXT: Record<string, { timeUnit: string; format: string }> = {
  4: { timeUnit: 'utcyear', format: '%Y' },
  7: { timeUnit: 'utcyearmonth', format: '%b %Y' },
  10: { timeUnit: 'utcyearmonthdate', format: '%x' },
  datetime: { timeUnit: 'utcyearmonthdatehoursminutes', format: '%x %H:%M' },
};

type Json = unknown;

interface Ctx {
  figure: FigureFile;
  lang: Lang;
  fallback: Lang;
  /** Date column → how its values are written in text (see DATE_TEXT). */
  dateText: Record<string, { timeUnit: string; format: string }>;
}

function translate(spec: Json, ctx: Ctx): Json {
  if (Array.isArray(spec)) return spec.map((s) => translate(s, ctx));
  if (!spec || typeof spec !== 'object') return spec;
  const o = spec as Record<string, Json>;
  if (typeof o.$t === 'string') return pickText(ctx.figure.strings[o.$t]!, ctx.lang, ctx.fallback).text;
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(o)) {
    out[k] = k === 'encoding' && v && typeof v === 'object' ? titleEncoding(translate(v, ctx) as Record<string, Json>, ctx) : translate(v, ctx);
  }
  return out;
}

/** Gives field definitions the column's title, number and date fields in tooltips and text a format, and dates UTC scales. */
function titleEncoding(encoding: Record<string, Json>, ctx: Ctx): Record<string, Json> {
  const { figure, lang, fallback } = ctx;
  const fill = (channel: string, def: Json): Json => {
    if (!def || typeof def !== 'object' || Array.isArray(def)) return def;
    const d = { ...(def as Record<string, Json>) };
    const col = typeof d.field === 'string' && Object.hasOwn(figure.columns, d.field) ? figure.columns[d.field] : undefined;
    if (!col) return d;
    if (!('title' in d)) d.title = pickText(col.title, lang, fallback).text;
    const numeric = col.type === 'number' || col.type === 'integer';
    const textual = channel === 'tooltip' || channel === 'text';
    if (numeric && textual && !('format' in d)) d.format = col.format ?? (col.type === 'integer' ? 'd' : DEFAULT_NUMBER_FORMAT);
    if ((col.type === 'date' || col.type === 'datetime') && d.type === 'temporal') {
      if (typeof d.timeUnit === 'string' && !d.timeUnit.startsWith('utc')) d.timeUnit = `utc${d.timeUnit}`;
      if (textual) {
        const t = ctx.dateText[d.field as string]!;
        if (!('timeUnit' in d)) d.timeUnit = t.timeUnit;
        if (!('format' in d)) d.format = t.format;
      } else d.scale = { type: 'utc', ...(d.scale as object | undefined) };
    }
    return d;
  };
  return Object.fromEntries(
    Object.entries(encoding).map(([channel, def]) => [channel, Array.isArray(def) ? def.map((d) => fill(channel, d)) : fill(channel, def)]),
  );
}

/** For each date column, the DATE_TEXT entry of the finest precision its cells have. */
function dateTexts(loaded: LoadedFigure): Ctx['dateText'] {
  const out: Ctx['dateText'] = {};
  for (const [name, col] of Object.entries(loaded.figure.columns)) {
    if (col.type === 'datetime') out[name] = DATE_TEXT.datetime!;
    if (col.type !== 'date') continue;
    let len = 4;
    for (const d of loaded.datasets) {
      const c = d.columns.indexOf(name);
      if (c >= 0) for (const cells of d.raw) len = Math.max(len, cells[c]!.length);
    }
    out[name] = DATE_TEXT[len] ?? DATE_TEXT[10]!;
  }
  return out;
}

function mergeConfig(base: Record<string, Json>, own: Json): Record<string, Json> {
  if (!own || typeof own !== 'object') return base;
  const out: Record<string, Json> = { ...base };
  for (const [k, v] of Object.entries(own as Record<string, Json>)) {
    const b = base[k];
    out[k] = b && typeof b === 'object' && !Array.isArray(b) && v && typeof v === 'object' && !Array.isArray(v) ? { ...b, ...v } : v;
  }
  return out;
}

/** The complete Vega-Lite spec of a figure in `lang`: every dataset inline, every text translated. */
export function localizeSpec(loaded: LoadedFigure, lang: Lang): Record<string, Json> {
  const { figure, fallback } = loaded;
  const spec = translate(figure.spec, { figure, lang, fallback, dateText: dateTexts(loaded) }) as Record<string, Json>;
  const [main, ...others] = loaded.datasets;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: pickText(figure.description, lang, fallback).text,
    ...spec,
    data: { name: main!.name },
    datasets: Object.fromEntries([main!, ...others].map((d) => [d.name, localizeRows(figure, d.rows, lang, fallback)])),
    config: mergeConfig(BASE_CONFIG, spec.config),
  };
}
