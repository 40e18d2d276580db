/** Crossref deposit XML (5.4.0) for one article; language-neutral, so outside /{lang}/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArticles } from '../../../data/journal.ts';
import { crossrefDeposit, depositTimestamp } from '../../../lib/export/crossref.ts';
import type { ArticleRecord } from '../../../lib/model/types.ts';

export const getStaticPaths = (async () => (await loadArticles()).map((rec) => ({ params: { slug: rec.slug }, props: { rec } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(crossrefDeposit(props.rec as ArticleRecord, { timestamp: depositTimestamp(new Date()) }), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
