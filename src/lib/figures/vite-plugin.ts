/**
 * Vite plugin: in the browser bundle, vega-embed's own imports of `vega`, `vega-lite` and
 * `vega-themes` resolve to the figures' slim runtime and stubs (src/scripts/figure-vega-runtime.ts,
 * vega-lite-stub.ts, vega-themes-stub.ts), and the `d3-geo` of Vega's expression functions and the
 * `topojson-client` of its loader to a stub (geo-stub.ts), so the interactive chart's bundle
 * carries no Vega parser, no Vega-Lite compiler, no theme and no map code it never uses. Only those packages' imports
 * are redirected, and only in the browser bundle: the build's own code keeps the real packages.
 */
import { fileURLToPath } from 'node:url';

const target: Record<string, string> = {
  vega: fileURLToPath(new URL('../../scripts/figure-vega-runtime.ts', import.meta.url)),
  'vega-lite': fileURLToPath(new URL('../../scripts/vega-lite-stub.ts', import.meta.url)),
  'vega-themes': fileURLToPath(new URL('../../scripts/vega-themes-stub.ts', import.meta.url)),
  'd3-geo': fileURLToPath(new URL('../../scripts/geo-stub.ts', import.meta.url)),
  'topojson-client': fileURLToPath(new URL('../../scripts/geo-stub.ts', import.meta.url)),
};

const embed = /[\\/]node_modules[\\/]vega-embed[\\/]/;
/** Whose imports of each package are redirected. */
const FROM: Record<string, RegExp> = {
  vega: embed,
  'vega-lite': embed,
  'vega-themes': embed,
  'd3-geo': /[\\/]node_modules[\\/]vega-functions[\\/]/,
  'topojson-client': /[\\/]node_modules[\\/]vega-loader[\\/]/,
};

/** The plugin for astro.config's `vite.plugins`: browser bundles only, never the build's own (SSR) code. */
export function figureEmbedImports() {
  return {
    name: 'figures-embed-imports',
    enforce: 'pre' as const,
    resolveId(source: string, importer: string | undefined, options?: { ssr?: boolean }) {
      if (options?.ssr || !importer || !Object.hasOwn(target, source)) return null;
      return FROM[source]!.test(importer) ? target[source] : null;
    },
  };
}
