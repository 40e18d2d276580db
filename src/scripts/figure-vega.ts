/**
 * The interactive chart, loaded only when a reader asks for it, through vega-embed. It runs
 * the dataflow Vega parsed at build time (vega-embed's `vega` is the slim runtime in
 * figure-vega-runtime.ts, and its `vega-lite` a stub, so neither the Vega-Lite compiler nor
 * Vega's parser is downloaded), with the CSP-safe expression interpreter (`ast: true`: no
 * `eval`, no `new Function`), a loader that refuses every request, no injected `<style>`
 * (`defaultStyle: false`, and vega-tooltip's `disableDefaultStyle`: Figure.astro styles both),
 * localized action labels, and text measured with the static chart's font widths.
 */
import embed from 'vega-embed';
import { expressionInterpreter } from 'vega-interpreter';
import type { Lang } from '../i18n/locales.ts';
import { refusingLoader, widthsMeasure, type FontWidths } from '../lib/figures/loader.ts';
import { FIGURE_LOCALES } from '../lib/figures/locales.ts';
import { textMetrics } from './figure-vega-runtime.ts';

export interface ChartTexts {
  label: string;
  savePng: string;
  saveSvg: string;
}

/** The export links work from the keyboard too: their image URL is made before anyone follows them. */
function readyLinks(host: HTMLElement, view: import('vega').View) {
  for (const a of host.querySelectorAll<HTMLAnchorElement>('.vega-actions a')) {
    const type = a.download.endsWith('.png') ? 'png' : 'svg';
    a.removeAttribute('target');
    const refresh = async () => {
      a.href = await view.toImageURL(type, type === 'png' ? 2 : 1);
    };
    a.addEventListener('focus', refresh);
    a.addEventListener('pointerenter', refresh);
    void refresh();
  }
}

/** Renders the chart whose dataflow is at `url` into `host`; resolves once it is drawn. */
export async function mountChart(host: HTMLElement, url: string, lang: Lang, name: string, texts: ChartTexts): Promise<import('vega').View> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const { dataflow, widths } = (await res.json()) as { dataflow: object; widths: FontWidths };
  (textMetrics as unknown as { width: unknown }).width = widthsMeasure(widths);
  host.replaceChildren();
  const { view } = await embed(host, dataflow as never, {
    mode: 'vega',
    renderer: 'svg',
    ast: true,
    expr: expressionInterpreter,
    loader: refusingLoader as never,
    defaultStyle: false,
    actions: { export: { svg: true, png: true }, source: false, compiled: false, editor: false },
    i18n: { PNG_ACTION: texts.savePng, SVG_ACTION: texts.saveSvg },
    downloadFileName: name,
    scaleFactor: { png: 2, svg: 1 },
    formatLocale: FIGURE_LOCALES[lang].number as never,
    timeFormatLocale: FIGURE_LOCALES[lang].time as never,
    tooltip: { disableDefaultStyle: true, theme: 'light' },
  });
  const chart = host.querySelector<HTMLElement>('.chart-wrapper');
  chart?.setAttribute('role', 'img');
  chart?.setAttribute('aria-label', texts.label);
  readyLinks(host, view);
  return view;
}
