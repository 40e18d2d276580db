/** JATS 1.3 XML of one article with all its editions; language-neutral, so outside /{lang}/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArticles } from '../../../data/journal.ts';
import { jatsUnavailable, jatsXml } from '../../../lib/export/jats.ts';
import { jatsInput } from '../../../lib/export/jats-source.ts';
import type { ArticleRecord } from '../../../lib/model/types.ts';

export const getStaticPaths = (async () =>
  (await loadArticles()).filter((rec) => !jatsUnavailable(rec)).map((rec) => ({ params: { slug: rec.slug }, props: { rec } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const rec = props.rec as ArticleRecord;
  return new Response(jatsXml(rec, jatsInput(rec)), { headers: { 'Content-Type': 'application/jats+xml; charset=utf-8' } });
};
