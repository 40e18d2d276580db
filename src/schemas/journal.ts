import { z } from 'astro/zod';
import { issn, lang, localizedRequired, text, url } from './common.ts';

/** The journal (content/journal.yaml). Identifiers are optional: never invent an ISSN. */
export const journalSchema = z.strictObject({
  title: localizedRequired(text),
  /** Absolute base URL of the published site (no trailing slash needed). */
  siteUrl: url.transform((u) => u.replace(/\/+$/, '')),
  abbreviation: text.optional(),
  publisher: localizedRequired(text),
  place: localizedRequired(text).optional(),
  issn: z
    .array(z.strictObject({ value: issn, medium: z.enum(['print', 'electronic']).optional() }))
    .default([]),
  /** Registrant prefix; every article DOI must start with it. */
  doiPrefix: z.string().regex(/^10\.\d{4,9}$/, 'expected a DOI prefix like 10.12345'),
  defaultLanguage: lang.default('en'),
  /**
   * Who deposits DOI metadata with Crossref (the deposit's `<depositor>`). Crossref mails the
   * deposit report to this address; without it the deposit file carries a placeholder to fill in.
   */
  depositor: z.strictObject({ name: text, email: z.email({ error: 'expected an e-mail address' }) }).optional(),
});
export type Journal = z.infer<typeof journalSchema>;
