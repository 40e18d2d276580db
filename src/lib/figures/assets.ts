/**
 * Everything the site makes from one figure in one language, computed once per build and
 * cached on disk by content hash: a rebuild with unchanged figures renders nothing.
 * Pages and endpoints ask here; nothing else runs the pipeline.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../../i18n/locales.ts';
import { toCsv } from './download.ts';
import { loadFigure, type LoadedFigure } from './load.ts';
import { localizeSpec } from './localize.ts';
import type { FontWidths } from './loader.ts';
import { glyphWidths, compileSpec, PNG_SCALE, renderPng, renderSvg, svgSize, toDataflow } from './render.ts';
import type { FigureFileKind } from './routes.ts';
import { cacheDir, figureCode } from './cache-dir.ts';

export { cacheDir };

/** Bump when rendering changes in a way neither the inputs nor the code show. */
const CACHE_VERSION = 'figures-4';

export interface FigureAssets {
  loaded: LoadedFigure;
  lang: Lang;
  /** The localized Vega-Lite spec, data inline: the "spec" download. */
  vegaLite: Record<string, unknown>;
  /** What the interactive chart fetches (the `dataflow.json` file, as served): Vega's dataflow (parsed with `ast: true`) and the font's widths. */
  dataflowJson: string;
  /** `dataflowJson`, parsed (on first use). */
  readonly interactive: { dataflow: unknown; widths: FontWidths };
  svg: string;
  width: number;
  height: number;
  /** The plotted rows as CSV, each cell as the source wrote it (formulas neutralized: download.ts). */
  csv: string;
  /** PNG at PNG_SCALE, rendered on first request. */
  png: () => Promise<Buffer>;
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

/**
 * The assets made in this process, the most recent last; a bounded number is kept (a page and
 * its PDF ask for the same figures), the rest is read from the disk cache again if asked for.
 */
const memo = new Map<string, Promise<FigureAssets>>();
const MEMO_SIZE = 64;

/** All assets of figure `id` of the article in `articleDir`, in `lang` (from the disk cache when they were made before). */
export function figureAssets(articleDir: string, id: string, lang: Lang): Promise<FigureAssets> {
  const loaded = loadFigure(articleDir, id);
  const key = hash(CACHE_VERSION, figureCode(), lang, loaded.source);
  let p = memo.get(key);
  if (p) memo.delete(key);
  else {
    p = build(loaded, lang, key);
    p.catch(() => memo.delete(key));
  }
  memo.set(key, p);
  if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value!);
  return p;
}

async function build(loaded: LoadedFigure, lang: Lang, key: string): Promise<FigureAssets> {
  const vegaLite = localizeSpec(loaded, lang);
  // The localized spec decides the picture; its hash keys the compiled chart, the SVG and the PNG.
  const svgKey = hash(key, JSON.stringify(vegaLite));
  let dataflow: unknown;
  const dataflowJson = await cached(svgKey, 'dataflow.json', () => {
    const vg = compileSpec(vegaLite, lang, loaded.file);
    dataflow = toDataflow(vg);
    return JSON.stringify({ dataflow, widths: glyphWidths(JSON.stringify(vg)) });
  });
  let interactive: FigureAssets['interactive'] | undefined;
  const parsed = () => (interactive ??= JSON.parse(dataflowJson) as FigureAssets['interactive']);
  const svg = await cached(svgKey, 'svg', () => renderSvg(dataflow ?? parsed().dataflow, lang));
  let png: Promise<Buffer> | undefined;
  return {
    loaded,
    lang,
    vegaLite,
    dataflowJson,
    get interactive() {
      return parsed();
    },
    svg,
    ...svgSize(svg),
    csv: toCsv(loaded.raw, loaded.columns),
    png: () => (png ??= cached(hash(svgKey, `png@${PNG_SCALE}`), 'png', () => renderPng(svg))),
  };
}

/** The body of one of the figure's files on the site (figureFile names them). */
export async function figureFileBody(a: FigureAssets, kind: FigureFileKind): Promise<string | Buffer> {
  switch (kind) {
    case 'svg':
      return a.svg;
    case 'png':
      return a.png();
    case 'csv':
      return a.csv;
    case 'vl.json':
      return JSON.stringify(a.vegaLite, null, 2);
    case 'dataflow.json':
      return a.dataflowJson;
  }
}
