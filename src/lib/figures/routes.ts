/**
 * Where figures live in the content tree and on the site. Every figure has the same file
 * names in every language: `/{lang}/articles/{slug}/figures/{id}.{svg,png,csv,vl.json,dataflow.json}`.
 */
import path from 'node:path';
import { LANGS, type Lang } from '../../i18n/locales.ts';
import { contentDir } from '../content/paths.ts';
import { paths } from '../model/urls.ts';
import { listFigures } from './load.ts';

/** The files made for every figure: downloads first, then the interactive chart's dataflow. */
export const FIGURE_FILES = ['svg', 'png', 'csv', 'vl.json', 'dataflow.json'] as const;
export type FigureFileKind = (typeof FIGURE_FILES)[number];

/** The article's folder in the content tree. */
export function articleDir(slug: string): string {
  return path.join(contentDir(), 'articles', slug);
}

/** The site path of one figure file. @example figureFile('en', 'a', 'fig-x', 'svg') === '/en/articles/a/figures/fig-x.svg' */
export function figureFile(lang: Lang, slug: string, id: string, kind: FigureFileKind): string {
  return paths.articleFile(lang, slug, `figures/${id}.${kind}`);
}

/** getStaticPaths entries of the figure endpoints: every figure of every article, in every language. */
export function figureRoutes(slugs: string[]): { params: { lang: Lang; slug: string; figure: string } }[] {
  return slugs.flatMap((slug) => listFigures(articleDir(slug)).flatMap((figure) => LANGS.map((lang) => ({ params: { lang, slug, figure } }))));
}
