/**
 * What vega-embed gets for `vega-themes` in the browser: no themes. The figures never ask
 * vega-embed for a theme (their look is in each spec's config, made at build time), so the
 * themes' configs need not ship (src/lib/figures/vite-plugin.ts points the import here).
 */
export {};
