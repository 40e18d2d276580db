/**
 * Build-time rendering: Vega-Lite → Vega → Vega's dataflow (parsed with `ast: true`, so the
 * browser needs neither the Vega-Lite compiler nor the Vega parser, and expressions run in
 * the CSP-safe interpreter) → SVG with Vega's own renderer (no browser) → PNG with resvg and
 * an embedded font (no system fonts, so Kazakh letters render anywhere).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { create as openFont, type Font } from 'fontkitten';
import * as vega from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { compile as compileVegaLite, type TopLevelSpec } from 'vega-lite';
import type { Lang } from '../../i18n/locales.ts';
import { ContentError } from '../content/problems.ts';
import { FIGURE_LOCALES } from './locales.ts';
import { refusingLoader, type FontWidths } from './loader.ts';

export { refusingLoader };

const require = createRequire(import.meta.url);

/** The TTFs resvg embeds: Noto Sans covers Latin and Cyrillic, Kazakh letters included. */
export const FIGURE_FONT_FILES = [
  require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
  require.resolve('@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf'),
];

/**
 * Text widths from the font's own advance widths. Without a canvas, Vega guesses 0.8 em per
 * character, which truncates long category labels and leaves wide margins; measuring with
 * the embedded Noto Sans lays the chart out as the PNG draws it (and close to how browsers
 * draw the SVG). Set once for this build process, as vl-convert does.
 */
const fonts = FIGURE_FONT_FILES.slice(0, 2).map((f) => openFont(fs.readFileSync(f)) as Font);
function measure(item: { fontSize?: number; fontWeight?: string | number; limit?: number }, text: unknown): number {
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  const s = text == null ? '' : String(text).trim();
  if (!size || !s) return 0;
  const w = item.fontWeight;
  const font = fonts[w === 'bold' || w === 'bolder' || Number(w) >= 600 ? 1 : 0]!;
  let units = 0;
  for (const g of font.glyphsForString(s)) units += g.advanceWidth;
  const width = (units / font.unitsPerEm) * size;
  return item.limit && item.limit > 0 ? Math.min(width, item.limit) : width;
}
(vega as unknown as { textMetrics: { width: typeof measure } }).textMetrics.width = measure;

/** Characters every chart may show besides its own texts: digits, signs, separators. */
const ALWAYS = '0123456789.,:;%+-−–—()[]/   …₸$€';

/**
 * The advance widths, per 1 px of font size, of every character in `text` (and digits and
 * separators), as `measure` sums them: the interactive chart measures with this table.
 */
export function glyphWidths(text: string): FontWidths {
  const chars = [...new Set([...ALWAYS, ...text])].filter((c) => c >= ' ').sort();
  const table = (font: Font) =>
    Object.fromEntries(chars.map((c) => [c, Math.round((font.glyphsForString(c).reduce((n, g) => n + g.advanceWidth, 0) / font.unitsPerEm) * 1e4) / 1e4]));
  return { regular: table(fonts[0]!), bold: table(fonts[1]!) };
}

/** PNG scale: 2× the SVG's CSS pixels, for print and high-density screens. */
export const PNG_SCALE = 2;

export type VegaSpec = vega.Spec & { locale?: unknown };



/**
 * Vega-Lite → Vega, with the language's number and time locale carried in the spec. A
 * compiler warning (a conflicting sort, an unknown channel…) is an error naming `file`:
 * warnings mean the chart is not drawn as written.
 */
export function compileSpec(vlSpec: Record<string, unknown>, lang: Lang, file = 'figure'): VegaSpec {
  const fail = (...args: unknown[]) => {
    throw new ContentError({ file, field: 'spec', message: `Vega-Lite: ${args.map(String).join(' ')}` });
  };
  const logger = { level: () => logger, error: fail, warn: fail, info: () => logger, debug: () => logger };
  try {
    const { spec } = compileVegaLite(vlSpec as unknown as TopLevelSpec, { logger: logger as never });
    return { ...spec, locale: FIGURE_LOCALES[lang] } as VegaSpec;
  } catch (e) {
    if (e instanceof ContentError) throw e;
    throw new ContentError({ file, field: 'spec', message: `Vega-Lite cannot compile the spec: ${(e as Error).message}` }, { cause: e });
  }
}

/**
 * Vega → the dataflow description a `vega.View` runs, as plain JSON. Parsed with
 * `ast: true` so every expression carries its syntax tree for vega-interpreter.
 */
export function toDataflow(vgSpec: VegaSpec): unknown {
  return JSON.parse(JSON.stringify(vega.parse(vgSpec, undefined, { ast: true })));
}

/**
 * Renders a dataflow to an SVG string headlessly, with the per-view locale and the same
 * interpreter the browser uses, so the static and interactive charts agree.
 */
export async function renderSvg(dataflow: unknown, lang: Lang): Promise<string> {
  // A View rewrites parts of the description it is given (event filters become sets): render
  // from a copy, so the dataflow file written for the browser is the same with or without a
  // render (the cache skips renders, and builds must be byte-identical).
  const view = new vega.View(structuredClone(dataflow) as vega.Runtime, {
    renderer: 'none',
    expr: expressionInterpreter,
    locale: FIGURE_LOCALES[lang],
    loader: refusingLoader,
  } as unknown as vega.ViewOptions);
  try {
    const svg = staticSvg(await view.runAsync().then(() => view.toSVG()));
    return svg.startsWith('<?xml') ? svg : `<?xml version="1.0" encoding="utf-8"?>\n${svg}`;
  } finally {
    view.finalize();
  }
}

/**
 * The static picture without what only the interactive chart needs: items nobody can see
 * (opacity 0, or transparent fill and stroke: Vega-Lite's voronoi cells and hover points,
 * one per data point) are dropped, and coordinates are rounded to 0.1 px. A 1,000-point
 * line then stays well under 100 KB.
 */
export function staticSvg(svg: string): string {
  return svg
    .replace(/<g class="mark-[a-z]+ role-mark [^"]*_voronoi"[^>]*>(?:<path[^>]*\/>)*<\/g>/g, '')
    .replace(/<path(?=[^>]*\sopacity="0")[^>]*\/>/g, '')
    .replace(/<text(?=[^>]*\sopacity="0")[^>]*>[^<]*<\/text>/g, '')
    .replace(/(\sd|\stransform)="([^"]*)"/g, (_m, k: string, v: string) => `${k}="${v.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`);
}

/** The SVG's intrinsic size in CSS pixels (for `<img width height>`, so nothing shifts). */
export function svgSize(svg: string): { width: number; height: number } {
  const m = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  if (!m) throw new Error('rendered SVG has no width and height');
  return { width: Math.round(Number(m[1])), height: Math.round(Number(m[2])) };
}

/** SVG → pixels at `scale`, with the given fonts only (never the system's). */
export function rasterize(svg: string, scale = PNG_SCALE, fontFiles: string[] = FIGURE_FONT_FILES) {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Noto Sans', sansSerifFamily: 'Noto Sans' },
  });
  return resvg.render();
}

/** SVG → PNG at PNG_SCALE, fonts from FIGURE_FONT_FILES only. */
export function renderPng(svg: string): Buffer {
  return rasterize(svg).asPng();
}
