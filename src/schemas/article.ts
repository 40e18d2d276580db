import { z } from 'astro/zod';
import { affiliationSchema } from './affiliation.ts';
import { authorSchema } from './author.ts';
import { doi, isoDate, lang } from './common.ts';
import { referenceSchema } from './reference.ts';

/** Language-neutral metadata of one article (content/articles/<slug>/article.yaml). */
export const articleSchema = z
  .strictObject({
    doi,
    /** Slug of the issue file in content/issues. */
    issue: z.string().min(1),
    pages: z
      .strictObject({ first: z.number().int().positive(), last: z.number().int().positive() })
      .refine((p) => p.last >= p.first, { message: 'expected last page >= first page', path: ['last'] }),
    originalLanguage: lang,
    published: isoDate,
    received: isoDate.optional(),
    accepted: isoDate.optional(),
    /** SPDX licence id, when the journal states one. */
    license: z.string().nullable().default(null),
    /** URL of a real PDF of the article; omit when there is none. */
    pdf: z.string().optional(),
    affiliations: z.array(affiliationSchema).min(1),
    authors: z.array(authorSchema).min(1, 'expected at least one author'),
    references: z.array(referenceSchema).default([]),
    /** A draft is built by `npm run dev` but kept out of the production build. */
    draft: z.boolean().default(false),
  })
  .superRefine((a, ctx) => {
    const ids = new Set(a.affiliations.map((x) => x.id));
    a.affiliations.forEach((x, i) => {
      if (x.parent && !ids.has(x.parent))
        ctx.addIssue({ code: 'custom', path: ['affiliations', i, 'parent'], message: `unknown affiliation id "${x.parent}"` });
    });
    a.authors.forEach((au, i) =>
      au.affiliations.forEach((id, j) => {
        if (!ids.has(id))
          ctx.addIssue({
            code: 'custom',
            path: ['authors', i, 'affiliations', j],
            message: `unknown affiliation id "${id}"; known: ${[...ids].join(', ')}`,
          });
      }),
    );
    // An id of the form ref-N promises the printed number N; any other id is a key cited as [@key].
    const seen = new Set<string>();
    a.references.forEach((r, i) => {
      if (/^ref-\d+$/.test(r.id) && r.id !== `ref-${i + 1}`)
        ctx.addIssue({ code: 'custom', path: ['references', i, 'id'], message: `expected ref-${i + 1} (references are numbered in order), got ${r.id}` });
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: ['references', i, 'id'], message: `duplicate reference id "${r.id}"` });
      seen.add(r.id);
    });
  });
export type ArticleMeta = z.infer<typeof articleSchema>;
