import { z } from 'astro/zod';
import { localizedPartial, text } from './common.ts';

/** An institution an author belongs to; authors refer to it by `id`. */
export const affiliationSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case id (letters, digits, hyphens)'),
  /** Enclosing institution, e.g. a department's university; printed after the name. */
  parent: z.string().optional(),
  name: localizedPartial(text).refine((n) => Object.keys(n).length > 0, 'expected a name in at least one language'),
  city: localizedPartial(text).optional(),
  /** ISO 3166-1 alpha-2 country code. */
  country: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code like KZ').optional(),
  ror: z.string().regex(/^0[a-z0-9]{8}$/, 'expected a bare ROR id like 05x6fwv47').optional(),
});
export type Affiliation = z.infer<typeof affiliationSchema>;
