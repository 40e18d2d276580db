import { z } from 'astro/zod';
import { LANGS } from '~/i18n/locales.ts';
import { normalizeDoi } from '~/lib/identifiers/doi.ts';
import { normalizeIssn } from '~/lib/identifiers/issn.ts';
import { normalizeOrcid } from '~/lib/identifiers/orcid.ts';

/** A value in every site language (journal names must exist in all three). */
export const localizedRequired = <T extends z.ZodType>(inner: T) =>
  z.strictObject({ en: inner, kk: inner, ru: inner });

/** A value in some site languages; readers fall back along `fallbackOrder`. */
export const localizedPartial = <T extends z.ZodType>(inner: T) =>
  z.strictObject({ en: inner.optional(), kk: inner.optional(), ru: inner.optional() });


/** Non-empty trimmed text. Empty strings are errors, not missing values. */
export const text = z.string().trim().min(1, 'expected non-empty text');

/**
 * ISO 8601 date, year, year-month or full date, kept as a string and formatted only at the
 * edge with Intl. A YAML date (unquoted 2022-01-05) is accepted and turned back into ISO.
 */
export const isoDate = z
  .union([z.string(), z.date(), z.number().int()])
  .transform((v, ctx) => {
    const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s) || Number.isNaN(Date.parse(s))) {
      ctx.addIssue({ code: 'custom', message: `expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "${s}"` });
      return z.NEVER;
    }
    return s;
  });

/** A DOI, normalised to its bare lower-case form. */
export const doi = z.string().transform((v, ctx) => {
  const n = normalizeDoi(v);
  if (!n) {
    ctx.addIssue({ code: 'custom', message: `expected a DOI like 10.1234/abc, got "${v}"` });
    return z.NEVER;
  }
  return n;
});

/** An ISSN with a valid check digit, as NNNN-NNNC. */
export const issn = z.string().transform((v, ctx) => {
  const n = normalizeIssn(v);
  if (!n) {
    ctx.addIssue({ code: 'custom', message: `expected an ISSN NNNN-NNNC with a valid check digit, got "${v}"` });
    return z.NEVER;
  }
  return n;
});

/** An ORCID iD with a valid checksum, stored bare. */
export const orcid = z.string().transform((v, ctx) => {
  const n = normalizeOrcid(v);
  if (!n) {
    ctx.addIssue({ code: 'custom', message: `expected an ORCID iD 0000-0000-0000-000X with a valid checksum, got "${v}"` });
    return z.NEVER;
  }
  return n;
});

/** A site language code. */
export const lang = z.enum(LANGS);

/** An absolute http(s) URL. */
export const url = z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL' });
