import { z } from 'astro/zod';
import { localizedPartial, orcid, text } from './common.ts';

/**
 * A name in the scripts the article prints it in: `latin` for the English edition, and the
 * Cyrillic spellings the authors use in Kazakh and in Russian (they may differ: Көшкенов/Кошкенов).
 * A name may exist in one script only; editions in another script then print that spelling.
 */
const scripts = z
  .strictObject({ latin: text.optional(), kk: text.optional(), ru: text.optional() })
  .refine((s) => s.latin || s.kk || s.ru, 'expected the name in at least one script (latin, kk or ru)');

/**
 * An author, in byline order. The only author shape in the project: a person (`family` with
 * `given` or `initials`) or a group author, an organization or collective, by `name`.
 */
export const authorSchema = z
  .strictObject({
    family: scripts.optional(),
    /** Given names or initials as printed (`N.Zh.`); given names when known. */
    given: scripts.optional(),
    initials: scripts.optional(),
    /** A group author's name (an organization or collective), instead of family and given names. */
    name: scripts.optional(),
    affiliations: z.array(z.string()).default([]),
    orcid: orcid.optional(),
    email: z.email({ error: 'expected an e-mail address' }).optional(),
    corresponding: z.boolean().default(false),
    role: localizedPartial(text).optional(),
  })
  .refine((a) => Boolean(a.family) !== Boolean(a.name), { message: 'expected `family` (a person) or `name` (a group author), not both', path: ['family'] })
  .refine((a) => !a.family || a.given || a.initials, { message: 'expected `given` or `initials`', path: ['given'] })
  .refine((a) => !a.family || a.affiliations.length > 0, { message: 'expected at least one affiliation id', path: ['affiliations'] })
  .refine((a) => !a.name || !a.orcid, { message: 'an ORCID iD belongs to a person, not a group author', path: ['orcid'] })
  .refine((a) => !a.corresponding || a.email, { message: 'a corresponding author needs an e-mail', path: ['email'] });
export type Author = z.infer<typeof authorSchema>;
