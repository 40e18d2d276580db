/** Crossref deposit XML (5.4.0) for one article; language-neutral, so outside /{lang}/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articlesToBuild } from '../../../data/journal.ts';
import { crossrefDeposit } from '../../../lib/export/crossref.ts';
import { depositTimeOf } from '../../../lib/export/deposit-time.ts';
import type { ArticleRecord } from '../../../lib/model/types.ts';

export const getStaticPaths = (async () => (await articlesToBuild()).map((rec) => ({ params: { slug: rec.slug }, props: { rec } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const rec = props.rec as ArticleRecord;
  return new Response(crossrefDeposit(rec, { timestamp: depositTimeOf(rec) }), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
