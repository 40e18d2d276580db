/**
 * The interactive chart, loaded only when a reader asks for it. It runs the dataflow Vega
 * parsed at build time (so neither Vega-Lite nor Vega's parser is downloaded) with the
 * CSP-safe expression interpreter (no `eval`, no `new Function`), and registers only the
 * transforms Vega-Lite's output uses — tests/unit/figures-client.test.ts checks every
 * figure's dataflow against FIGURE_TRANSFORMS.
 */
import { transforms } from 'vega-dataflow';
import * as vt from 'vega-transforms';
import * as vvt from 'vega-view-transforms';
import * as ve from 'vega-encode';
import { View } from 'vega-view';
import { expressionInterpreter } from 'vega-interpreter';
import type { Lang } from '../i18n/locales.ts';
import { FIGURE_LOCALES } from '../lib/figures/locales.ts';

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

export interface ChartTexts {
  label: string;
  savePng: string;
  saveSvg: string;
}

/** A tooltip as text only (textContent): a `<script>` in the data stays text. */
function tooltipHandler(host: HTMLElement) {
  const tip = document.createElement('div');
  tip.className = 'figure-tooltip';
  tip.setAttribute('role', 'status');
  tip.hidden = true;
  host.append(tip);
  return (_handler: unknown, event: MouseEvent, _item: unknown, value: unknown) => {
    if (value == null || value === '') {
      tip.hidden = true;
      return;
    }
    const entries = typeof value === 'object' ? Object.entries(value as Record<string, unknown>) : [['', value] as const];
    const dl = document.createElement('dl');
    for (const [k, v] of entries) {
      const dt = document.createElement('dt');
      dt.textContent = k;
      const dd = document.createElement('dd');
      dd.textContent = String(v);
      dl.append(dt, dd);
    }
    tip.replaceChildren(dl);
    tip.hidden = false;
    const box = host.getBoundingClientRect();
    const x = Math.min(event.clientX - box.left + 12, Math.max(0, host.clientWidth - tip.offsetWidth));
    tip.style.left = `${x}px`;
    tip.style.top = `${event.clientY - box.top + 12}px`;
  };
}

function saveButton(view: import('vega').View, type: 'png' | 'svg', text: string, name: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.addEventListener('click', async () => {
    const a = document.createElement('a');
    a.href = await view.toImageURL(type, type === 'png' ? 2 : 1);
    a.download = `${name}.${type}`;
    a.click();
  });
  return b;
}

/** Renders the dataflow at `url` into `host`; resolves once the chart is drawn. */
export async function mountChart(host: HTMLElement, url: string, lang: Lang, name: string, texts: ChartTexts): Promise<import('vega').View> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const dataflow = await res.json();
  const chart = document.createElement('div');
  chart.className = 'figure-chart-live';
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', texts.label);
  host.replaceChildren(chart);
  const view = new View(dataflow, {
    container: chart,
    renderer: 'svg',
    hover: true,
    expr: expressionInterpreter,
    locale: FIGURE_LOCALES[lang],
  });
  view.tooltip(tooltipHandler(host) as never);
  await view.runAsync();
  const actions = document.createElement('div');
  actions.className = 'figure-live-actions';
  actions.append(saveButton(view, 'png', texts.savePng, name), saveButton(view, 'svg', texts.saveSvg, name));
  host.append(actions);
  return view;
}
