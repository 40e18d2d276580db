/**
 * What Vega's expression functions get for `d3-geo`, and Vega's loader for `topojson-client`,
 * in the browser: no geography. The interactive charts draw no maps (their dataflows may use
 * only the operators in figure-transforms.ts, which has no geo ones), so the projections' math
 * and the TopoJSON reader need not ship (src/lib/figures/vite-plugin.ts points the imports
 * here). A geo function or TopoJSON data in an interactive chart fails with a plain message,
 * and the page keeps the static chart.
 */
const none = (): never => {
  throw new Error('figures: maps, geo functions and TopoJSON are not part of the interactive charts');
};
export const geoArea = none;
export const geoBounds = none;
export const geoCentroid = none;
export const feature = none;
export const mesh = none;
