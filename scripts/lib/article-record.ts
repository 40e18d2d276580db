/**
 * An ArticleRecord read from a content tree without Astro: the files through the zod schemas,
 * joined by the same `buildArticleRecords` as the site's data layer (src/data/journal.ts), so
 * the benchmark and the unit tests see the model the site is built from (reference order,
 * editions, `hasBody`) and never a second copy of the join.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { LANGS } from '../../src/i18n/locales.ts';
import { splitFrontmatter } from '../../src/lib/content/mdx-source.ts';
import { buildArticleRecords, type EditionInput } from '../../src/lib/model/record.ts';
import type { ArticleRecord } from '../../src/lib/model/types.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { editionSchema } from '../../src/schemas/edition.ts';
import { issueSchema } from '../../src/schemas/issue.ts';
import { journalSchema } from '../../src/schemas/journal.ts';

/** The article `slug` of the content tree at `contentRoot`. */
export function loadRecordFrom(contentRoot: string, slug: string): ArticleRecord {
  const yaml = (rel: string) => parse(fs.readFileSync(path.join(contentRoot, rel), 'utf8'));
  const meta = articleSchema.parse(yaml(`articles/${slug}/article.yaml`));
  const journal = journalSchema.parse(yaml('journal.yaml'));
  const issue = { ...issueSchema.parse(yaml(`issues/${meta.issue}.yaml`)), slug: meta.issue };
  const editions: EditionInput[] = [];
  for (const lang of LANGS) {
    const file = path.join(contentRoot, 'articles', slug, `${lang}.mdx`);
    if (!fs.existsSync(file)) continue;
    const { frontmatter, body } = splitFrontmatter(fs.readFileSync(file, 'utf8'));
    editions.push({ slug, lang, data: editionSchema.parse(parse(frontmatter)), body });
  }
  return buildArticleRecords({ journal, issues: [issue], articles: [{ slug, meta }], editions })[0]!;
}
