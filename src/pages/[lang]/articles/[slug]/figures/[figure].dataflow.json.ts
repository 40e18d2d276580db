/** /{lang}/articles/{slug}/figures/{id}.dataflow.json — what the interactive chart runs: Vega's parsed dataflow and the font widths the static chart was laid out with. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArticles } from '../../../../../data/journal.ts';
import type { Lang } from '../../../../../i18n/locales.ts';
import { figureAssets } from '../../../../../lib/figures/assets.ts';
import { articleDir, figureRoutes } from '../../../../../lib/figures/routes.ts';

export const getStaticPaths = (async () => figureRoutes((await loadArticles()).map((a) => a.slug))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const a = await figureAssets(articleDir(params.slug!), params.figure!, params.lang as Lang);
  return new Response(JSON.stringify(a.interactive), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
