/**
 * One figure in one language: the rows with their category labels translated, and a complete
 * Vega-Lite spec (data inline, texts and field titles in that language, the house style).
 */
import type { Lang } from '../../i18n/locales.ts';
import type { FigureFile } from '../../schemas/figure.ts';
import type { Row } from './data.ts';
import type { LoadedFigure } from './load.ts';

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
  range: { category: ['#1f5f99', '#d9822b', '#3a8a4f', '#b84a62'] },
  bar: { color: '#1f5f99' },
};

/** Default d3 format of a number column with none of its own. */
export const DEFAULT_NUMBER_FORMAT = ',~f';

/** The rows with category codes replaced by their labels in `lang`. */
export function localizeRows(figure: FigureFile, rows: Row[], lang: Lang): Row[] {
  return rows.map((row) => {
    const out: Row = {};
    for (const [name, value] of Object.entries(row)) {
      const labels = figure.columns[name]?.labels;
      out[name] = typeof value === 'string' && labels?.[value] ? labels[value][lang] : value;
    }
    return out;
  });
}

type Json = unknown;

function translate(spec: Json, figure: FigureFile, lang: Lang): Json {
  if (Array.isArray(spec)) return spec.map((s) => translate(s, figure, lang));
  if (!spec || typeof spec !== 'object') return spec;
  const o = spec as Record<string, Json>;
  if (typeof o.$t === 'string') return figure.strings[o.$t]![lang];
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(o)) {
    out[k] = k === 'encoding' && v && typeof v === 'object' ? titleEncoding(translate(v, figure, lang) as Record<string, Json>, figure, lang) : translate(v, figure, lang);
  }
  return out;
}

/** Gives field definitions the column's title, and number fields in tooltips and text a format. */
function titleEncoding(encoding: Record<string, Json>, figure: FigureFile, lang: Lang): Record<string, Json> {
  const fill = (channel: string, def: Json): Json => {
    if (!def || typeof def !== 'object' || Array.isArray(def)) return def;
    const d = { ...(def as Record<string, Json>) };
    const col = typeof d.field === 'string' ? figure.columns[d.field] : undefined;
    if (!col) return d;
    if (!('title' in d)) d.title = col.title[lang];
    if (col.type === 'number' && (channel === 'tooltip' || channel === 'text') && !('format' in d)) d.format = col.format ?? DEFAULT_NUMBER_FORMAT;
    return d;
  };
  return Object.fromEntries(
    Object.entries(encoding).map(([channel, def]) => [channel, Array.isArray(def) ? def.map((d) => fill(channel, d)) : fill(channel, def)]),
  );
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

/** The complete Vega-Lite spec of a figure in `lang`: data inline, every text translated. */
export function localizeSpec(loaded: LoadedFigure, lang: Lang): Record<string, Json> {
  const { figure } = loaded;
  const spec = translate(figure.spec, figure, lang) as Record<string, Json>;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: figure.description[lang],
    ...spec,
    data: { name: 'table', values: localizeRows(figure, loaded.rows, lang) },
    config: mergeConfig(BASE_CONFIG, spec.config),
  };
}
