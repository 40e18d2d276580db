import { z } from 'astro/zod';
import { isoDate, text } from './common.ts';

/** One issue of the journal (content/issues/<slug>.yaml). */
export const issueSchema = z.strictObject({
  year: z.number().int().min(1900).max(2100),
  /** Volume, only when the journal numbers volumes. */
  volume: text.optional(),
  /** Number of the issue within the year or volume. */
  number: z.union([text, z.number().int().transform(String)]),
  /** Running (cumulative) number of the issue across the journal's life, when it has one. */
  runningNumber: z.number().int().positive().optional(),
  published: isoDate.optional(),
});
export type Issue = z.infer<typeof issueSchema>;
