/**
 * Two builds of the same content are byte-identical: no timestamps, random ids or unordered maps,
 * and nothing depends on what the caches held or on how Astro was run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist } from '../helpers/site.ts';
import { root, runBuild, snapshot } from './helpers.ts';

describe('the build', () => {
  it('is reproducible: a second build with every cache empty, through the fallback for a heap too small for Astro, equals dist/ byte for byte', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-repro-'));
    // dist/ may have been built from cached figures, PDFs and checks: this build makes everything anew.
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-caches-'));
    const caches = { FIGURE_CACHE_DIR: path.join(cache, 'figures'), PDF_CACHE_DIR: path.join(cache, 'pdf'), CHECK_CACHE_DIR: path.join(cache, 'check'), CITATION_CACHE_DIR: path.join(cache, 'citations'), SEARCH_CACHE_DIR: path.join(cache, 'search') };
    // 40 MB cannot hold Astro: the build must say so and build again without a limit.
    const r = runBuild(path.join(root, 'content'), out, 'scripts/build.ts', [], { ...caches, JOURNAL_ASTRO_HEAP_MB: '40' });
    expect(r.status, r.output).toBe(0);
    expect(r.output).toContain('Astro needed more than its 40 MB heap (JOURNAL_ASTRO_HEAP_MB); building again without a limit');
    expect(fs.readdirSync(caches.PDF_CACHE_DIR).filter((f) => f.endsWith('.pdf')).length).toBeGreaterThan(0);
    const a = snapshot(dist);
    const b = snapshot(out);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    const differing = Object.keys(a).filter((f) => a[f] !== b[f]);
    expect(differing).toEqual([]);
    fs.rmSync(out, { recursive: true, force: true });
    fs.rmSync(cache, { recursive: true, force: true });
  });
});
