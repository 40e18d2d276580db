/**
 * One process of the publication pass (publication-pass.ts), run as `node --import tsx`: reads
 * `{ content, slugs }` as JSON on stdin and makes every PDF and the JATS file of those articles
 * with the site's own code, into the caches, writing one JSON line per article with the files
 * (PublishedFiles). Drafts are skipped (never published). A failure ends the process with its message.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { jatsUnavailable, jatsXml } from '../../src/lib/export/jats.ts';
import { jatsInput } from '../../src/lib/export/jats-source.ts';
import { articlePdfFile, pdfLangs } from '../../src/lib/pdf/article-pdf.ts';
import { pdfCacheDir } from '../../src/lib/pdf/paths.ts';
import type { PublishedFiles } from '../../src/lib/publication.ts';
import { loadRecordFrom } from './article-record.ts';

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

let input = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) input += chunk;
const { content, slugs } = JSON.parse(input) as { content: string; slugs: string[] };
for (const slug of slugs) {
  const rec = loadRecordFrom(content, slug);
  if (rec.meta.draft) continue;
  const files: PublishedFiles = { pdf: {}, jats: jatsUnavailable(rec) ? null : storeJats(jatsXml(rec, jatsInput(rec))) };
  for (const lang of pdfLangs(rec)) files.pdf[lang] = await articlePdfFile(rec, lang);
  process.stdout.write(`${JSON.stringify({ slug, files })}\n`);
}
