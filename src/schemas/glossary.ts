import { z } from 'astro/zod';
import { text } from './common.ts';

/** Key terms in the three languages (content/glossary.yaml), so later articles translate them alike. */
export const glossarySchema = z.strictObject({
  terms: z.array(z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/), en: text, kk: text, ru: text, note: text.optional() })),
});
