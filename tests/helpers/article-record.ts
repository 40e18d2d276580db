/**
 * The real first article as an ArticleRecord, loaded straight from content/ with the zod
 * schemas (no Astro) and joined by the same `buildArticleRecords` the site uses, so exporter
 * unit tests run on the model the site is built from.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { LANGS } from '~/i18n/locales.ts';
import { buildArticleRecords, type EditionInput } from '~/lib/model/record.ts';
import type { ArticleRecord } from '~/lib/model/types.ts';
import { articleSchema } from '~/schemas/article.ts';
import { editionSchema } from '~/schemas/edition.ts';
import { issueSchema } from '~/schemas/issue.ts';
import { journalSchema } from '~/schemas/journal.ts';

const content = path.resolve(import.meta.dirname, '../../content');
const yaml = (rel: string) => parse(fs.readFileSync(path.join(content, rel), 'utf8'));

/** The article `slug` of content/, as the site's data layer would build it. */
export function loadRecord(slug = 'bloggers-and-the-state'): ArticleRecord {
  const meta = articleSchema.parse(yaml(`articles/${slug}/article.yaml`));
  const journal = journalSchema.parse(yaml('journal.yaml'));
  const issue = { ...issueSchema.parse(yaml(`issues/${meta.issue}.yaml`)), slug: meta.issue };
  const editions: EditionInput[] = [];
  for (const lang of LANGS) {
    const file = path.join(content, 'articles', slug, `${lang}.mdx`);
    if (!fs.existsSync(file)) continue;
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(fs.readFileSync(file, 'utf8'))!;
    editions.push({ slug, lang, data: editionSchema.parse(parse(m[1]!)), body: m[2] });
  }
  return buildArticleRecords({ journal, issues: [issue], articles: [{ slug, meta }], editions })[0]!;
}
