/** /{lang}/articles/{slug}/figures/{id}.svg — the static chart, rendered at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArticles } from '../../../../../data/journal.ts';
import type { Lang } from '../../../../../i18n/locales.ts';
import { figureAssets } from '../../../../../lib/figures/assets.ts';
import { articleDir, figureRoutes } from '../../../../../lib/figures/routes.ts';

export const getStaticPaths = (async () => figureRoutes((await loadArticles()).map((a) => a.slug))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const a = await figureAssets(articleDir(params.slug!), params.figure!, params.lang as Lang);
  return new Response(a.svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
