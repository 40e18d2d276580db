/**
 * The figure render process (run by check.ts as `node --import tsx render-worker.ts`). It reads
 * a list of figures as JSON on stdin and makes each one's site files in every language with the
 * site's own code (figureAssets: localized spec, Vega spec and dataflow, SVG, PNG), which land
 * in the figure cache, where the site's pages and downloads find them. It writes one JSON line
 * per figure as soon as the figure is done, so a parent that stops it for a time or memory limit
 * knows which figure was running.
 */
import { LANGS } from '../../i18n/locales.ts';
import { ContentError, type Problem } from '../content/problems.ts';
import { figureAssets } from './assets.ts';

export interface RenderRequest {
  articleDir: string;
  id: string;
}

/** A figure's answer: no problem, or the problem with where it is. */
export interface RenderAnswer {
  id: string;
  articleDir: string;
  problem?: Omit<Problem, 'severity' | 'file'> & { file?: string };
}

async function render({ articleDir, id }: RenderRequest): Promise<RenderAnswer> {
  for (const lang of LANGS) {
    try {
      const a = await figureAssets(articleDir, id, lang);
      await a.png();
    } catch (e) {
      if (e instanceof ContentError) return { id, articleDir, problem: e.problem };
      return { id, articleDir, problem: { message: `Vega cannot render the chart (${lang}): ${e instanceof Error ? e.message : String(e)}` } };
    }
  }
  return { id, articleDir };
}

let input = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) input += chunk;
for (const request of JSON.parse(input) as RenderRequest[]) process.stdout.write(`${JSON.stringify(await render(request))}\n`);
