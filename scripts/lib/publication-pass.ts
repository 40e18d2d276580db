/**
 * The publication pass, between the content check and Astro: every edition's PDF, every
 * article's JATS file and every page's cite panel are made in child processes, one per core (src/lib/pool.ts), into the
 * cache, and a manifest of the files goes to Astro (src/lib/publication.ts), whose single
 * thread then only reads them. An article whose inputs (its folder, the journal and
 * issue files, the site's code and the lock file) are unchanged since a pass made its files is
 * skipped without starting a process: its pointer file keeps the names of its files (and should
 * they be gone from the cache, the article is made again).
 */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { codeDigest, folderDigest, hashTree } from '../../src/lib/cache/disk.ts';
import { articleSlugs } from '../../src/lib/content/paths.ts';
import { inBatches } from '../../src/lib/pool.ts';
import { pdfCacheDir } from '../../src/lib/pdf/paths.ts';
import type { PublicationManifest, PublishedFiles } from '../../src/lib/publication.ts';

const WORKER = path.join(import.meta.dirname, 'publication-worker.ts');
/** Articles one process takes before a fresh one continues (Typst's memory grows with each). */
const BATCH = 25;

/** Runs one worker over `slugs`; resolves with each article's files (null for a draft). */
function runWorker(content: string, slugs: string[]): Promise<Map<string, PublishedFiles | null>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code !== 0) return reject(new Error(`the PDFs and JATS of ${slugs.join(', ')} could not be made (${code ?? signal}):\n${stderr.trim()}`));
      const lines = stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { slug: string; files: PublishedFiles | null });
      resolve(new Map(lines.map((l) => [l.slug, l.files])));
    });
    child.stdin.end(JSON.stringify({ content, slugs }));
  });
}

/** The files a pointer names, if they are all still there. */
function readPointer(file: string): PublishedFiles | null | undefined {
  if (!fs.existsSync(file)) return undefined;
  try {
    const f = JSON.parse(fs.readFileSync(file, 'utf8')) as PublishedFiles | null;
    return f === null || [f.jats, ...Object.values(f.pdf)].every((x) => x === null || fs.existsSync(x!)) ? f : undefined;
  } catch {
    return undefined;
  }
}

/** The pointer file that says the article's PDFs were made from exactly these inputs. */
function pointer(content: string, shared: string, slug: string): string {
  const h = crypto.createHash('sha256').update(shared).update(folderDigest(path.join(content, 'articles', slug)));
  return path.join(pdfCacheDir(), `pass-${h.digest('hex').slice(0, 32)}.ok`);
}

/**
 * Makes every article's PDFs and JATS file under `content` (the content check has passed) and
 * writes the manifest to `manifestFile`; returns how many articles it had to make.
 */
export async function publicationPass(content: string, manifestFile: string): Promise<number> {
  const slugs = articleSlugs(content);
  const shared = crypto.createHash('sha256').update(codeDigest());
  for (const f of ['journal.yaml', 'glossary.yaml']) if (fs.existsSync(path.join(content, f))) shared.update(`\0${f}\0`).update(fs.readFileSync(path.join(content, f)));
  const digest = hashTree(shared, path.join(content, 'issues')).digest('hex');
  const manifest: PublicationManifest = {};
  const todo: { slug: string; done: string }[] = [];
  for (const slug of slugs) {
    const done = pointer(content, digest, slug);
    const files = readPointer(done);
    if (files === undefined) todo.push({ slug, done });
    else if (files) manifest[slug] = files;
  }
  // One article (the usual edit) is made here: starting a process would cost more than the work.
  const make = todo.length > 1 ? runWorker : async (c: string, slugs: string[]) => {
    const { publishArticle } = await import('./publish-article.ts');
    return new Map(await Promise.all(slugs.map(async (slug) => [slug, await publishArticle(c, slug)] as const)));
  };
  await inBatches(todo, BATCH, async (batch) => {
    const made = await make(content, batch.map((a) => a.slug));
    fs.mkdirSync(pdfCacheDir(), { recursive: true });
    for (const a of batch) {
      const files = made.get(a.slug) ?? null; // a draft: nothing published
      if (files) manifest[a.slug] = files;
      fs.writeFileSync(a.done, JSON.stringify(files));
    }
  });
  fs.writeFileSync(manifestFile, JSON.stringify(manifest));
  return todo.length;
}
