/**
 * The Vega operators the figures may use, registered with Vega's dataflow (instead of all of
 * Vega's, so geo, force, hierarchy, word clouds and the like do not ship).
 * tests/unit/figures-assets.test.ts checks every figure's dataflow against this list.
 */
import { transforms } from 'vega-dataflow';
import * as vt from 'vega-transforms';
import * as vvt from 'vega-view-transforms';
import * as ve from 'vega-encode';

/** Vega operator types the figures may use. */
export const FIGURE_TRANSFORMS: Record<string, unknown> = {
  aggregate: vt.aggregate, bin: vt.bin, collect: vt.collect, compare: vt.compare, expression: vt.expression,
  extent: vt.extent, facet: vt.facet, field: vt.field, filter: vt.filter, flatten: vt.flatten, fold: vt.fold,
  formula: vt.formula, impute: vt.impute, joinaggregate: vt.joinaggregate, key: vt.key, lookup: vt.lookup,
  multiextent: vt.multiextent, multivalues: vt.multivalues, params: vt.params, pivot: vt.pivot, prefacet: vt.prefacet,
  project: vt.project, proxy: vt.proxy, relay: vt.relay, sequence: vt.sequence, sieve: vt.sieve, subflow: vt.subflow,
  timeunit: vt.timeunit, tupleindex: vt.tupleindex, values: vt.values, window: vt.window,
  bound: vvt.bound, identifier: vvt.identifier, mark: vvt.mark, overlap: vvt.overlap, render: vvt.render, viewlayout: vvt.viewlayout,
  axisticks: ve.axisticks, datajoin: ve.datajoin, encode: ve.encode, legendentries: ve.legendentries, linkpath: ve.linkpath,
  pie: ve.pie, scale: ve.scale, sortitems: ve.sortitems, stack: ve.stack,
};
Object.assign(transforms, FIGURE_TRANSFORMS);
