/**
 * What vega-embed gets for `vega-lite` in the browser: nothing to compile with. The figures
 * hand it Vega dataflows compiled and parsed at build time (mode "vega"), so the compiler
 * need not ship (src/lib/figures/vite-plugin.ts points the import here).
 */
export const version = 'not shipped';
export function compile(): never {
  throw new Error('figures: Vega-Lite is compiled at build time');
}
