/**
 * Vite plugin: vega-embed's own imports of `vega` and `vega-lite` resolve to the figures'
 * slim runtime and a stub (src/scripts/figure-vega-runtime.ts, vega-lite-stub.ts), so the
 * interactive chart's bundle carries no Vega parser and no Vega-Lite compiler. Only imports
 * made from inside vega-embed are redirected: the build's own code keeps the real packages.
 */
import { fileURLToPath } from 'node:url';

const target: Record<string, string> = {
  vega: fileURLToPath(new URL('../../scripts/figure-vega-runtime.ts', import.meta.url)),
  'vega-lite': fileURLToPath(new URL('../../scripts/vega-lite-stub.ts', import.meta.url)),
};

/** The plugin for astro.config's `vite.plugins`. */
export function figureEmbedImports() {
  return {
    name: 'figures-embed-imports',
    enforce: 'pre' as const,
    resolveId(source: string, importer: string | undefined) {
      if (!importer || !Object.hasOwn(target, source)) return null;
      return /[\\/]node_modules[\\/]vega-embed[\\/]/.test(importer) ? target[source] : null;
    },
  };
}
