/**
 * The figure file endpoints of the dev server (`src/pages/[lang]/articles/[slug]/figures/`),
 * one per kind of file. A build has no such routes: it writes the same files after the pages
 * (scripts/lib/figure-files.ts), which is much cheaper than thousands of routes.
 */
import type { APIRoute } from 'astro';
import { isLang } from '~/i18n/locales.ts';
import { figureAssets, figureFileBody } from '~/lib/figures/assets.ts';
import { articleDir, figureRoutes, type FigureFileKind } from '~/lib/figures/routes.ts';
import { loadArticles } from './journal.ts';

const TYPES: Record<FigureFileKind, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  csv: 'text/csv; charset=utf-8',
  'vl.json': 'application/json; charset=utf-8',
  'dataflow.json': 'application/json; charset=utf-8',
};

/** getStaticPaths of every figure endpoint: each figure of each article in each language, in the dev server only. */
export async function figureFilePaths() {
  return import.meta.env.MODE === 'development' ? figureRoutes((await loadArticles()).map((a) => a.slug)) : [];
}

/** The endpoint of one kind of figure file. */
export function figureFileGET(kind: FigureFileKind): APIRoute {
  return async ({ params }) => {
    const lang = params.lang ?? '';
    if (!isLang(lang)) return new Response(null, { status: 404 });
    const body = await figureFileBody(await figureAssets(articleDir(params.slug!), params.figure!, lang), kind);
    return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'Content-Type': TYPES[kind] } });
  };
}
