/**
 * The size of the search index in the output, per language. Pagefind names each language's
 * files with the language code (`pagefind.en_<hash>.pf_meta`, `index/en_<hash>.pf_index`,
 * `fragment/en_…`, `filter/en_…`, `wasm.en.pagefind`); the rest (scripts, UI, entry file) is
 * shared by all languages. Pagefind's index files are already compressed, so their size on
 * disk is what travels.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { filesUnder } from './build-time.ts';

export interface IndexPart { files: number; bytes: number; gzip: number }
export interface PagefindSize { present: boolean; languages: Record<string, IndexPart & { pages?: number }>; shared: IndexPart }

const COMPRESSIBLE = /\.(js|css|json|html)$/;

export function pagefindSize(outDir: string, langs: readonly string[]): PagefindSize {
  const dir = path.join(outDir, 'pagefind');
  const empty = (): IndexPart => ({ files: 0, bytes: 0, gzip: 0 });
  const languages = Object.fromEntries(langs.map((l) => [l, empty()])) as PagefindSize['languages'];
  const shared = empty();
  if (!fs.existsSync(dir)) return { present: false, languages, shared };
  const langOf = new RegExp(`(?:^|[._/])(${langs.join('|')})(?:[._])`);
  for (const rel of filesUnder(dir, '')) {
    const buf = fs.readFileSync(path.join(dir, rel));
    const part = languages[langOf.exec(rel)?.[1] ?? ''] ?? shared;
    part.files++;
    part.bytes += buf.length;
    part.gzip += COMPRESSIBLE.test(rel) ? zlib.gzipSync(buf).length : buf.length;
  }
  const entry = path.join(dir, 'pagefind-entry.json');
  if (fs.existsSync(entry)) {
    const e = JSON.parse(fs.readFileSync(entry, 'utf8')) as { languages?: Record<string, { page_count?: number }> };
    for (const [l, v] of Object.entries(e.languages ?? {})) if (languages[l]) languages[l].pages = v.page_count;
  }
  return { present: true, languages, shared };
}
