/**
 * What vega-embed gets when it imports `vega` in the browser (the build points its import
 * here: src/lib/figures/vite-plugin.ts). Everything vega-embed uses, from Vega's own
 * packages, but with the figures' operators only and without Vega's parser: the build has
 * already parsed each spec (`ast: true`) into the dataflow the page fetches, so `parse`
 * passes a parsed dataflow through and refuses anything else. About 100 KB gzip less than
 * the whole of Vega plus the Vega-Lite compiler.
 */
import './figure-transforms.ts';

export * from 'vega-util';
export { View } from 'vega-view';
export { loader } from 'vega-loader';
export { textMetrics } from 'vega-scenegraph';
export { numberFormatDefaultLocale as formatLocale, timeFormatDefaultLocale as timeFormatLocale } from 'vega-format';
export { expressionFunction } from 'vega-functions';
export const version = '6';

/** A dataflow parsed at build time (it has `operators`) passes through; a spec is refused. */
export function parse(spec: { operators?: unknown }): unknown {
  if (!spec || !Array.isArray(spec.operators)) throw new Error('figures: expected a dataflow parsed at build time');
  return spec;
}
