/**
 * The real first article as an ArticleRecord, loaded straight from content/ with the zod
 * schemas (no Astro), so exporter unit tests run on the model the site is built from.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { LANGS } from '../../src/i18n/locales.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { editionSchema } from '../../src/schemas/edition.ts';
import { issueSchema } from '../../src/schemas/issue.ts';
import { journalSchema } from '../../src/schemas/journal.ts';
import type { ArticleRecord } from '../../src/lib/model/types.ts';

const content = path.resolve(import.meta.dirname, '../../content');
const yaml = (rel: string) => parse(fs.readFileSync(path.join(content, rel), 'utf8'));

export function loadRecord(slug = 'bloggers-and-the-state'): ArticleRecord {
  const meta = articleSchema.parse(yaml(`articles/${slug}/article.yaml`));
  const journal = journalSchema.parse(yaml('journal.yaml'));
  const issue = { ...issueSchema.parse(yaml(`issues/${meta.issue}.yaml`)), slug: meta.issue };
  const editions: ArticleRecord['editions'] = {};
  for (const lang of LANGS) {
    const file = path.join(content, 'articles', slug, `${lang}.mdx`);
    if (!fs.existsSync(file)) continue;
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(fs.readFileSync(file, 'utf8'))!;
    editions[lang] = { ...editionSchema.parse(parse(m[1]!)), lang, hasBody: Boolean(m[2]!.trim()) };
  }
  return { slug, meta, journal, issue, editions };
}
