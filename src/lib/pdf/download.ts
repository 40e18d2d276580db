/**
 * The PDF link a page shows: the edition's own PDF, or for a fallback page the original's,
 * with its size in the page's number format. Pages, the cite panel, Highwire and JSON-LD read this.
 */
import { formatters, useTranslations } from '../../i18n/index.ts';
import { LOCALES, type Lang } from '../../i18n/locales.ts';
import { originalEdition } from '../model/editions.ts';
import type { ArticleRecord } from '../model/types.ts';
import { articlePdfSize } from './article-pdf.ts';
import { hasPdf, pdfPath } from './paths.ts';

export interface PdfLink {
  href: string;
  /** The language of the PDF (differs from the page's on a fallback page). */
  lang: Lang;
  bytes: number;
  /** "183 KB" in the page's language. */
  size: string;
  /** The link text, in the page's language. */
  text: string;
}

/** Size in kilobytes, with the unit as the language writes it (Intl, never by hand). */
export const formatSize = (bytes: number, lang: Lang) =>
  formatters(lang).number(Math.max(1, Math.round(bytes / 1000)), { style: 'unit', unit: 'kilobyte', unitDisplay: 'short' });

/** The PDF that the page in `lang` offers, or null when neither it nor the original has one. */
export async function pdfLink(rec: ArticleRecord, lang: Lang): Promise<PdfLink | null> {
  const own = hasPdf(rec, lang);
  const pdfLang = own ? lang : originalEdition(rec).lang;
  const href = pdfPath(rec, pdfLang);
  if (!href) return null;
  const bytes = await articlePdfSize(rec, pdfLang);
  const t = useTranslations(lang);
  const size = formatSize(bytes, lang);
  const text = own ? t('pdf.download', { size }) : t('pdf.downloadOriginal', { size, language: t(`article.langName.${pdfLang}`) });
  return { href, lang: pdfLang, bytes, size, text };
}

/** The hreflang of a link to a PDF in another language than the page, else undefined. */
export const pdfHreflang = (link: PdfLink, pageLang: Lang) => (link.lang !== pageLang ? LOCALES[link.lang].tag : undefined);
