/** The few Vega sub-packages the lazy figure module imports directly; they ship no types. */
declare module 'vega-view' {
  export const View: new (runtime: unknown, options?: Record<string, unknown>) => import('vega').View;
}
declare module 'vega-dataflow' {
  export const transforms: Record<string, unknown>;
}
declare module 'vega-transforms' {
  export const aggregate: unknown, collect: unknown, compare: unknown, expression: unknown, extent: unknown, facet: unknown,
    field: unknown, filter: unknown, fold: unknown, formula: unknown, key: unknown, multiextent: unknown, multivalues: unknown,
    params: unknown, prefacet: unknown, project: unknown, proxy: unknown, relay: unknown, sieve: unknown, subflow: unknown,
    tupleindex: unknown, values: unknown, joinaggregate: unknown, window: unknown, timeunit: unknown, impute: unknown,
    flatten: unknown, lookup: unknown, pivot: unknown, sequence: unknown, bin: unknown;
}
declare module 'vega-view-transforms' {
  export const bound: unknown, identifier: unknown, mark: unknown, overlap: unknown, render: unknown, viewlayout: unknown;
}
declare module 'vega-encode' {
  export const axisticks: unknown, datajoin: unknown, encode: unknown, legendentries: unknown, linkpath: unknown, pie: unknown,
    scale: unknown, sortitems: unknown, stack: unknown;
}
declare module 'vega-util';
declare module 'vega-loader' {
  export const loader: unknown;
}
declare module 'vega-scenegraph' {
  export const textMetrics: { width: unknown };
}
declare module 'vega-format' {
  export const numberFormatDefaultLocale: unknown, timeFormatDefaultLocale: unknown;
}
declare module 'vega-functions' {
  export const expressionFunction: unknown;
}
