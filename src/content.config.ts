import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { editionSchema } from './schemas/edition.ts';
import { issueSchema } from './schemas/issue.ts';
import { journalSchema } from './schemas/journal.ts';
import { contentDir } from './lib/content/paths.ts';
import { LANG_GLOB } from './i18n/locales.ts';
import { buildOnly, partialLoader } from './lib/content/build-only.ts';

const base = contentDir();
const only = buildOnly();

/** Every language edition; in a partial build only the named articles' MDX is compiled (build-only.ts). */
const editionFiles = glob({
  pattern: `articles/*/${LANG_GLOB}.mdx`,
  base,
  generateId: ({ entry }) => entry.replace(/^articles\//, '').replace(/\.mdx$/, ''),
});

export const collections = {
  journal: defineCollection({
    loader: glob({ pattern: 'journal.yaml', base, generateId: () => 'journal' }),
    schema: journalSchema,
  }),
  issues: defineCollection({
    loader: glob({ pattern: 'issues/*.yaml', base, generateId: ({ entry }) => entry.replace(/^issues\//, '').replace(/\.yaml$/, '') }),
    schema: issueSchema,
  }),
  articles: defineCollection({
    loader: glob({ pattern: 'articles/*/article.yaml', base, generateId: ({ entry }) => entry.split('/')[1]! }),
    schema: articleSchema,
  }),
  /** One entry per language edition; id is `<slug>/<lang>`. */
  editions: defineCollection({
    loader: only ? partialLoader(editionFiles, only) : editionFiles,
    schema: editionSchema,
  }),
};
