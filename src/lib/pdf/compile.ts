/**
 * Typst, through its Node binding, with only the fonts we pass (Noto Serif for text, Noto
 * Sans for headings and the charts' SVG text): nothing is looked up on the system or
 * downloaded. Results are cached on disk by a hash of everything that decides the bytes.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { pdfCacheDir } from './paths.ts';

export { pdfCacheDir };

const require = createRequire(import.meta.url);

/** Bump when the output changes in a way the inputs do not show. */
const CACHE_VERSION = 'pdf-1';

/** The TTFs given to the compiler (regular, bold, italic of each family). */
export const PDF_FONT_FILES = [
  '@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf',
  '@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf',
  '@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
  '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
].map((f) => require.resolve(f));

/** The virtual folder the documents and their figure files live in (never on disk). */
export const WORKSPACE = '/journal-pdf';

const versionOf = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;
const ENGINE = `typst-ts-node-compiler@${versionOf('@myriaddreamin/typst-ts-node-compiler')}`;

let compiler: NodeCompiler | undefined;
function typst(): NodeCompiler {
  compiler ??= NodeCompiler.create({ workspace: WORKSPACE, fontArgs: [{ fontBlobs: PDF_FONT_FILES.map((f) => fs.readFileSync(f)) }] });
  return compiler;
}

/** Empties Typst's in-memory memoization, so the next compile does all its work (the benchmark's "uncached"). */
export function forgetTypstMemo(): void {
  typst().evictCache(0);
}

/** A Typst source and the files it reads (workspace-relative name → bytes). */
export interface TypstJob {
  source: string;
  files: Record<string, string | Buffer>;
  /** Named in errors: the content file the document was made from. */
  origin: string;
  /** A PDF standard Typst checks and declares, e.g. `ua-1` (PDF/UA-1: tagged, titled, alt texts). */
  standard?: string;
}

/** The cache key: engine, fonts, source and every file, in a stable order. */
export function jobKey(job: TypstJob): string {
  const h = crypto.createHash('sha256').update(`${CACHE_VERSION}\0${ENGINE}\0${PDF_FONT_FILES.map((f) => path.basename(f)).join(',')}\0${job.standard ?? ''}\0${job.source}`);
  for (const name of Object.keys(job.files).sort()) h.update(`\0${name}\0`).update(job.files[name]!);
  return h.digest('hex').slice(0, 32);
}

/** Typesets `job` without the cache; throws with Typst's diagnostics on an error. */
export function compileTypst(job: TypstJob): Buffer {
  const c = typst();
  c.resetShadow();
  for (const [name, bytes] of Object.entries(job.files)) c.mapShadow(`${WORKSPACE}/${name}`, Buffer.from(bytes));
  const result = c.compile({ mainFileContent: job.source });
  const doc = result.result;
  if (!doc) {
    const err = result.takeError();
    const diags = err ? c.fetchDiagnostics(err).map((d) => (d as { message?: string }).message ?? JSON.stringify(d)) : [];
    throw new Error(`${job.origin}: the PDF could not be typeset: ${diags.join('; ') || 'unknown Typst error'}`);
  }
  try {
    // A fixed timestamp: two builds of the same content give the same bytes.
    return c.pdf(doc, { creationTimestamp: 0, ...(job.standard ? { pdfStandard: job.standard } : {}) });
  } catch (e) {
    const messages = [...String(e).matchAll(/message: "([^"]*)"/g)].map((m) => m[1]);
    throw new Error(`${job.origin}: the PDF could not be written: ${messages.join('; ') || String(e)}`);
  }
}

/** Typesets `job`, or returns the PDF made from the same inputs before; `file` is where the cache keeps it. */
export function compileCached(job: TypstJob): { pdf: Buffer; cached: boolean; file: string } {
  const file = path.join(pdfCacheDir(), `${jobKey(job)}.pdf`);
  if (fs.existsSync(file)) return { pdf: fs.readFileSync(file), cached: true, file };
  const pdf = compileTypst(job);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, pdf);
  fs.renameSync(tmp, file);
  return { pdf, cached: false, file };
}
