/**
 * The content check's render process (plain JavaScript, run with `node` alone: no loader
 * needed). It reads figures' compiled Vega specs as JSON on stdin, parses and renders each
 * with the build's interpreter and a loader that refuses everything, and writes one JSON
 * line per figure as soon as it is done, so a parent that kills it for a time or memory
 * limit knows which figure was running (check.ts).
 */
import * as vega from 'vega';
import { expressionInterpreter } from 'vega-interpreter';

const refuse = (what) => Promise.reject(new Error(`figures load no files and no URLs (asked for ${JSON.stringify(what)})`));
const loader = { load: refuse, sanitize: refuse, http: refuse, file: refuse };

async function render({ spec, locale }) {
  const view = new vega.View(vega.parse(spec, undefined, { ast: true }), { renderer: 'none', expr: expressionInterpreter, locale, loader });
  try {
    await view.runAsync();
    await view.toSVG();
  } finally {
    view.finalize();
  }
}

let input = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) input += chunk;
for (const figure of JSON.parse(input)) {
  let error;
  for (const job of figure.jobs) {
    try {
      await render(job);
    } catch (e) {
      error = `Vega cannot render the chart (${job.lang}): ${e instanceof Error ? e.message : String(e)}`;
      break;
    }
  }
  process.stdout.write(`${JSON.stringify({ id: figure.id, error })}\n`);
}
