/**
 * Figures are static images until a reader asks for more: this tiny script shows the
 * "interactive chart" buttons and, on the first click, imports the Vega module (a separate
 * chunk), so no Vega code is on the page before that. Without JavaScript the buttons stay
 * hidden and the image, data table and downloads all work.
 */
import type { Lang } from '../i18n/locales.ts';

type Loader = typeof import('./figure-vega.ts');
let loader: Promise<Loader> | undefined;

function setUp(figure: HTMLElement) {
  const button = figure.querySelector<HTMLButtonElement>('[data-figure-toggle]');
  const image = figure.querySelector<HTMLElement>('[data-figure-image]');
  const host = figure.querySelector<HTMLElement>('[data-figure-live]');
  const status = figure.querySelector<HTMLElement>('[data-figure-status]');
  if (!button || !image || !host || !status) return;
  const d = figure.dataset;
  // The button's text says what it will do; figure[data-state] says what is shown.
  let state: 'static' | 'loading' | 'live' | 'hidden' = 'static';
  button.hidden = false;
  button.addEventListener('click', async () => {
    if (state === 'loading') return;
    if (state === 'live' || state === 'hidden') {
      const showLive = state === 'hidden';
      host.hidden = !showLive;
      image.hidden = showLive;
      button.textContent = showLive ? d.tStatic! : d.tInteractive!;
      state = showLive ? 'live' : 'hidden';
      figure.dataset.state = state;
      return;
    }
    state = 'loading';
    button.setAttribute('aria-busy', 'true');
    status.textContent = d.tLoading!;
    try {
      loader ??= import('./figure-vega.ts');
      const { mountChart } = await loader;
      host.hidden = false;
      await mountChart(host, d.dataflow!, d.lang as Lang, figure.id, { label: d.tLabel!, savePng: d.tSavePng!, saveSvg: d.tSaveSvg! });
      image.hidden = true;
      status.textContent = '';
      button.textContent = d.tStatic!;
      state = 'live';
      figure.dataset.state = state;
    } catch (e) {
      host.hidden = true;
      host.replaceChildren();
      status.textContent = d.tError!;
      state = 'static';
      loader = undefined;
      console.warn(e);
    } finally {
      button.removeAttribute('aria-busy');
    }
  });
}

document.querySelectorAll<HTMLElement>('figure[data-figure]').forEach(setUp);
