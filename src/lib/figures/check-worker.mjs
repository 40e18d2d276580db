/**
 * The content check's render worker (plain JavaScript: it runs under any loader, tsx or
 * vitest alike). It parses and renders compiled Vega specs with the build's interpreter and a
 * loader that refuses everything, under the memory limits its parent set (check.ts), and
 * answers on the port it was given, waking the parent through the shared flag.
 */
import { workerData } from 'node:worker_threads';
import * as vega from 'vega';
import { expressionInterpreter } from 'vega-interpreter';

const { port, flag } = workerData;
const refuse = (what) => Promise.reject(new Error(`figures load no files and no URLs (asked for ${JSON.stringify(what)})`));
const loader = { load: refuse, sanitize: refuse, http: refuse, file: refuse };

async function render({ spec, locale }) {
  const view = new vega.View(vega.parse(spec, undefined, { ast: true }), { renderer: 'none', expr: expressionInterpreter, locale, loader });
  try {
    await view.runAsync();
    return (await view.toSVG()).length;
  } finally {
    view.finalize();
  }
}

port.on('message', async ({ seq, jobs }) => {
  const results = [];
  for (const job of jobs) {
    try {
      results.push({ lang: job.lang, ok: true, bytes: await render(job) });
    } catch (e) {
      results.push({ lang: job.lang, ok: false, message: e instanceof Error ? e.message : String(e) });
    }
  }
  port.postMessage({ seq, results });
  Atomics.store(flag, 0, seq);
  Atomics.notify(flag, 0);
});
