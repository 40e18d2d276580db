import { z } from 'astro/zod';
import { issn, lang, localizedRequired, text, url } from './common.ts';

const doiPrefix = z.string().regex(/^10\.\d{4,9}$/, 'expected a DOI prefix like 10.12345');

/** The journal (content/journal.yaml). Identifiers are optional: never invent an ISSN. */
export const journalSchema = z
  .strictObject({
    title: localizedRequired(text),
    /** Absolute base URL of the published site (no trailing slash needed). */
    siteUrl: url.transform((u) => u.replace(/\/+$/, '')),
    abbreviation: text.optional(),
    publisher: localizedRequired(text),
    place: localizedRequired(text).optional(),
    issn: z
      .array(z.strictObject({ value: issn, medium: z.enum(['print', 'electronic']).optional() }))
      .default([]),
    /** Registrant prefix of new DOIs (the scaffold uses it). */
    doiPrefix: doiPrefix.optional(),
    /** Every prefix the journal owns (back issues may be deposited under an older one); an article DOI must start with one. */
    doiPrefixes: z.array(doiPrefix).min(1, 'expected at least one DOI prefix').optional(),
    defaultLanguage: lang.default('en'),
    /**
     * Who deposits DOI metadata with Crossref (the deposit's `<depositor>`). Crossref mails the
     * deposit report to this address; without it the deposit file carries a placeholder to fill in.
     */
    depositor: z.strictObject({ name: text, email: z.email({ error: 'expected an e-mail address' }) }).optional(),
  })
  .transform((j, ctx) => {
    const prefixes = [...new Set([...(j.doiPrefix ? [j.doiPrefix] : []), ...(j.doiPrefixes ?? [])])];
    if (!prefixes.length) {
      ctx.addIssue({ code: 'custom', path: ['doiPrefix'], message: 'expected `doiPrefix` (or `doiPrefixes`), the DOI prefix the journal owns' });
      return z.NEVER;
    }
    // `doiPrefix` is the one new DOIs get; `doiPrefixes` every one an article DOI may start with.
    return { ...j, doiPrefix: prefixes[0]!, doiPrefixes: prefixes };
  });
export type Journal = z.infer<typeof journalSchema>;
