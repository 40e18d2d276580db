import { z } from 'astro/zod';
import { localizedPartial, orcid, text } from './common.ts';

/**
 * A name in the scripts the article prints it in: `latin` for the English edition, and the
 * Cyrillic spellings the authors use in Kazakh and in Russian (they may differ: Көшкенов/Кошкенов).
 */
const scripts = z.strictObject({ latin: text, kk: text.optional(), ru: text.optional() });

/** An author, in byline order. The only author shape in the project. */
export const authorSchema = z
  .strictObject({
    family: scripts,
    /** Given names or initials as printed (`N.Zh.`); given names when known. */
    given: scripts.optional(),
    initials: scripts.optional(),
    affiliations: z.array(z.string()).min(1, 'expected at least one affiliation id'),
    orcid: orcid.optional(),
    email: z.email({ error: 'expected an e-mail address' }).optional(),
    corresponding: z.boolean().default(false),
    role: localizedPartial(text).optional(),
  })
  .refine((a) => a.given || a.initials, { message: 'expected `given` or `initials`', path: ['given'] })
  .refine((a) => !a.corresponding || a.email, { message: 'a corresponding author needs an e-mail', path: ['email'] });
export type Author = z.infer<typeof authorSchema>;
