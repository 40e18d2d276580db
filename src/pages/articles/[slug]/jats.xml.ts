/** JATS 1.3 XML of one article with all its editions; language-neutral, so outside /{lang}/. */
import fs from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { articlesToBuild } from '../../../data/journal.ts';
import { jatsUnavailable, jatsXml } from '../../../lib/export/jats.ts';
import { jatsInput } from '../../../lib/export/jats-source.ts';
import type { ArticleRecord } from '../../../lib/model/types.ts';
import { publishedFiles } from '../../../lib/publication.ts';

export const getStaticPaths = (async () =>
  (await articlesToBuild()).filter((rec) => !jatsUnavailable(rec)).map((rec) => ({ params: { slug: rec.slug }, props: { rec } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const rec = props.rec as ArticleRecord;
  // Made by the build's publication pass when it ran (src/lib/publication.ts).
  const made = publishedFiles(rec.slug)?.jats;
  return new Response(made ? fs.readFileSync(made, 'utf8') : jatsXml(rec, jatsInput(rec)), { headers: { 'Content-Type': 'application/jats+xml; charset=utf-8' } });
};
