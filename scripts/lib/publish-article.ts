/**
 * What the publication pass (publication-pass.ts) makes of one article, with the site's own
 * code: every PDF and the JATS file, and the cite panel's citations in every language, into the
 * caches. Drafts get nothing (never published).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { jatsUnavailable, jatsXml } from '../../src/lib/export/jats.ts';
import { jatsInput } from '../../src/lib/export/jats-source.ts';
import { articlePdfFile, pdfLangs } from '../../src/lib/pdf/article-pdf.ts';
import { pdfCacheDir } from '../../src/lib/pdf/paths.ts';
import type { PublishedFiles } from '../../src/lib/publication.ts';
import { LANGS } from '../../src/i18n/locales.ts';
import { loadRecordFrom } from './article-record.ts';
// The citation styles are `?raw` imports: their hooks must be in place before the citation code loads.
import './raw-import.mjs';

/** The JATS text in the cache, named by its own hash. */
function storeJats(xml: string): string {
  const file = path.join(pdfCacheDir(), `jats-${crypto.createHash('sha256').update(xml).digest('hex').slice(0, 32)}.xml`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(`${file}.${process.pid}.tmp`, xml);
    fs.renameSync(`${file}.${process.pid}.tmp`, file);
  }
  return file;
}

/** Makes the article's PDFs and JATS file (or finds them in the cache); null for a draft. */
export async function publishArticle(content: string, slug: string): Promise<PublishedFiles | null> {
  const rec = loadRecordFrom(content, slug);
  if (rec.meta.draft) return null;
  const files: PublishedFiles = { pdf: {}, jats: jatsUnavailable(rec) ? null : storeJats(jatsXml(rec, jatsInput(rec))) };
  for (const lang of pdfLangs(rec)) files.pdf[lang] = await articlePdfFile(rec, lang);
  // The cite panel of every page of the article (citeproc runs cached by content, as the page asks for them).
  const [{ cachedCitations }, { articleCsl }] = await Promise.all([import('../../src/lib/cache/citations.ts'), import('../../src/lib/export/csl.ts')]);
  for (const lang of LANGS) cachedCitations(articleCsl(rec, lang), lang);
  return files;
}
