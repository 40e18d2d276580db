/**
 * Which editions have a PDF and where it lives, without loading the typesetter: head tags and
 * JSON-LD read this. Only an edition with its own body gets a PDF; a fallback has none.
 */
import path from 'node:path';
import { LANGS, type Lang } from '../../i18n/locales.ts';
import type { ArticleRecord } from '../model/types.ts';
import { paths } from '../model/urls.ts';

/** The file name of the PDF in each edition's folder. */
export const PDF_FILE = 'article.pdf';

/** True when the edition in `lang` has its own body, and so its own PDF. */
export const hasPdf = (rec: ArticleRecord, lang: Lang) => Boolean(rec.editions[lang]?.hasBody);

/** Languages whose edition has a PDF, in site order. */
export const pdfLangs = (rec: ArticleRecord) => LANGS.filter((l) => hasPdf(rec, l));

/** Site path of the edition's PDF, or null for a fallback edition. */
export const pdfPath = (rec: ArticleRecord, lang: Lang) => (hasPdf(rec, lang) ? paths.articleFile(lang, rec.slug, PDF_FILE) : null);

/** The PDF disk cache; PDF_CACHE_DIR moves it (tests use a temporary one). */
export function pdfCacheDir(): string {
  return path.resolve(process.env.PDF_CACHE_DIR ?? 'node_modules/.cache/journal-pdf');
}
