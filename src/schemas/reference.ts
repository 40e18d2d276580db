import { z } from 'astro/zod';
import { doi, isoDate, text, url } from './common.ts';

/**
 * A cited work. `text` is the reference exactly as the article prints it (shown on the page
 * and deposited as the unstructured citation); the other fields are CSL-JSON variables for
 * the parts that can be told apart, used by citation exports.
 */
export const referenceSchema = z.strictObject({
  /** `ref-N` for a reference cited by its printed number [N], or a key cited as [@key] (e.g. keeling1976). */
  id: z.string().regex(/^[A-Za-z0-9_](?:[A-Za-z0-9_-]|[:./](?=[A-Za-z0-9_]))*$/, 'expected ref-<number> (cited as [n]) or a key such as keeling1976 (cited as [@keeling1976]): Latin letters, digits, _ and -'),
  text,
  type: z.enum(['article-journal', 'book', 'chapter', 'report', 'webpage', 'post', 'dataset', 'article-newspaper']),
  title: text.optional(),
  author: z.array(z.strictObject({ family: text, given: text.optional() })).optional(),
  issued: isoDate.optional(),
  containerTitle: text.optional(),
  publisher: text.optional(),
  publisherPlace: text.optional(),
  volume: text.optional(),
  issue: text.optional(),
  page: text.optional(),
  DOI: doi.optional(),
  URL: url.optional(),
  accessed: isoDate.optional(),
  /** BCP 47 language of the cited work; defaults to the article's original language. */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'expected a BCP 47 language tag like en or ru').optional(),
});
export type Reference = z.infer<typeof referenceSchema>;
