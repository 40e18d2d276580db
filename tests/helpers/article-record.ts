/**
 * The real first article as an ArticleRecord, loaded straight from content/ with the zod
 * schemas (no Astro) and joined by the same `buildArticleRecords` the site uses, so exporter
 * unit tests run on the model the site is built from.
 */
import path from 'node:path';
import type { ArticleRecord } from '~/lib/model/types.ts';
import { loadRecordFrom } from '../../scripts/lib/article-record.ts';

const content = path.resolve(import.meta.dirname, '../../content');

/** The article `slug` of content/, as the site's data layer would build it. */
export function loadRecord(slug = 'bloggers-and-the-state'): ArticleRecord {
  return loadRecordFrom(content, slug);
}

export { loadRecordFrom };
