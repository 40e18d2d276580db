/**
 * Everything the site makes from one figure in one language, computed once per build and
 * cached on disk by content hash: a rebuild with unchanged figures renders nothing.
 * Pages and endpoints ask here; nothing else runs the pipeline.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as vega from 'vega';
import { version as vegaLiteVersion } from 'vega-lite';
import type { Lang } from '../../i18n/locales.ts';
import { toCsv } from './download.ts';
import { loadFigure, type LoadedFigure } from './load.ts';
import { localizeSpec } from './localize.ts';
import type { FontWidths } from './loader.ts';
import { glyphWidths, compileSpec, PNG_SCALE, renderPng, renderSvg, staticSvg, svgSize, toDataflow, type VegaSpec } from './render.ts';

/** Bump when rendering changes in a way the inputs do not show. */
const CACHE_VERSION = 'figures-3';

export interface FigureAssets {
  loaded: LoadedFigure;
  lang: Lang;
  /** The localized Vega-Lite spec, data inline: the "spec" download. */
  vegaLite: Record<string, unknown>;
  /** The compiled Vega spec. */
  vega: VegaSpec;
  /** What the interactive chart fetches: Vega's dataflow (parsed with `ast: true`) and the font's widths. */
  interactive: { dataflow: unknown; widths: FontWidths };
  svg: string;
  width: number;
  height: number;
  /** The plotted rows as CSV, each cell as the source wrote it (formulas neutralized: download.ts). */
  csv: string;
  /** PNG at PNG_SCALE, rendered on first request. */
  png: () => Promise<Buffer>;
}

/** The disk cache; FIGURE_CACHE_DIR moves it (tests use a temporary one). */
export function cacheDir(): string {
  return path.resolve(process.env.FIGURE_CACHE_DIR ?? 'node_modules/.cache/journal-figures');
}

const hash = (...parts: string[]) => crypto.createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);

async function cached<T extends string | Buffer>(key: string, ext: string, make: () => Promise<T> | T): Promise<T> {
  const file = path.join(cacheDir(), `${key}.${ext}`);
  if (fs.existsSync(file)) return (ext === 'png' ? fs.readFileSync(file) : fs.readFileSync(file, 'utf8')) as T;
  const value = await make();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, value);
  fs.renameSync(tmp, file);
  return value;
}

const memo = new Map<string, Promise<FigureAssets>>();

/** All assets of figure `id` of the article in `articleDir`, in `lang` (memoized per process). */
export function figureAssets(articleDir: string, id: string, lang: Lang): Promise<FigureAssets> {
  const loaded = loadFigure(articleDir, id);
  const key = hash(CACHE_VERSION, staticSvg.toString(), vega.version, vegaLiteVersion, lang, loaded.source);
  let p = memo.get(key);
  if (!p) {
    p = build(loaded, lang, key);
    memo.set(key, p);
    p.catch(() => memo.delete(key));
  }
  return p;
}

async function build(loaded: LoadedFigure, lang: Lang, key: string): Promise<FigureAssets> {
  const vegaLite = localizeSpec(loaded, lang);
  const vg = compileSpec(vegaLite, lang, loaded.file);
  const dataflow = toDataflow(vg);
  // The localized spec decides the picture; its hash keys the SVG.
  const svgKey = hash(key, JSON.stringify(vegaLite));
  const svg = await cached(svgKey, 'svg', () => renderSvg(dataflow, lang));
  let png: Promise<Buffer> | undefined;
  return {
    loaded,
    lang,
    vegaLite,
    vega: vg,
    interactive: { dataflow, widths: glyphWidths(JSON.stringify(vg)) },
    svg,
    ...svgSize(svg),
    csv: toCsv(loaded.raw, loaded.columns),
    png: () => (png ??= cached(hash(svgKey, `png@${PNG_SCALE}`), 'png', () => renderPng(svg))),
  };
}
