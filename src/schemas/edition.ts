import { z } from 'astro/zod';
import { lang, text } from './common.ts';

/** Front matter of one language edition (content/articles/<slug>/<lang>.mdx). */
export const editionSchema = z
  .strictObject({
    title: text,
    subtitle: text.optional(),
    abstract: text,
    keywords: z.array(text).min(1, 'expected at least one keyword'),
    edition: z
      .strictObject({
        status: z.enum(['original', 'translation']),
        translatedFrom: lang.optional(),
        /** How the translation was made: by a person, or by machine translation. */
        method: z.enum(['human', 'machine']).optional(),
        reviewed: z.boolean().optional(),
      })
      .refine((e) => e.status === 'original' || e.translatedFrom, {
        message: 'a translation needs `translatedFrom`',
        path: ['translatedFrom'],
      })
      .default({ status: 'original' }),
  });
export type EditionFrontmatter = z.infer<typeof editionSchema>;
