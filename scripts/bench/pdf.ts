/**
 * The cost of the PDFs (issue 12): for each edition of the real article, the time to make its
 * Typst source, to typeset it with no cache (Typst's memo emptied, disk cache bypassed), to
 * fetch it from the disk cache, and its size. Run alone with `npx tsx scripts/bench/pdf.ts`
 * (prints JSON); scripts/bench.ts may call `measurePdfs()` and add the rows to its report.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadRecordFrom } from '../lib/article-record.ts';
import { pdfJob, pdfLangs } from '../../src/lib/pdf/article-pdf.ts';
import { compileCached, compileTypst, forgetTypstMemo } from '../../src/lib/pdf/compile.ts';

export interface PdfBench {
  lang: string;
  bytes: number;
  sourceMs: number;
  /** First typesetting in the process: compiler start and font loading included. */
  firstMs: number;
  /** Median of `runs` typesettings with Typst's memo emptied before each. */
  uncachedMs: number;
  cacheHitMs: number;
  runs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = <T>(f: () => T): [T, number] => {
  const t0 = performance.now();
  const v = f();
  return [v, performance.now() - t0];
};


/** Measures every edition of `slug` that has a PDF. */
export async function measurePdfs(slug = 'bloggers-and-the-state', runs = 5): Promise<PdfBench[]> {
  process.env.PDF_CACHE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pdf-cache-'));
  const rec = loadRecordFrom(path.resolve('content'), slug);
  const out: PdfBench[] = [];
  for (const lang of pdfLangs(rec)) {
    const t0 = performance.now();
    const job = await pdfJob(rec, lang);
    const sourceMs = performance.now() - t0;
    const [pdf, firstMs] = time(() => compileTypst(job));
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      forgetTypstMemo();
      times.push(time(() => compileTypst(job))[1]);
    }
    compileCached(job);
    const [, cacheHitMs] = time(() => compileCached(job));
    out.push({ lang, bytes: pdf.length, sourceMs, firstMs, uncachedMs: median(times), cacheHitMs, runs });
  }
  fs.rmSync(process.env.PDF_CACHE_DIR, { recursive: true, force: true });
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measurePdfs();
  console.log(JSON.stringify({ cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, rows }, null, 2));
}
