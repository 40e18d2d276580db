/** Two builds of the same content are byte-identical: no timestamps, random ids or unordered maps. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist } from '../helpers/site.ts';
import { root, runBuild, snapshot } from './helpers.ts';

describe('the build', () => {
  it('is reproducible: a second build of the journal, with an empty figure cache, equals dist/ byte for byte', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-repro-'));
    // dist/ may have been built with cached figure renders: this build renders every figure anew.
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-figure-cache-'));
    const r = runBuild(path.join(root, 'content'), out, 'scripts/build.ts', [], { FIGURE_CACHE_DIR: cache });
    expect(r.status, r.output).toBe(0);
    const a = snapshot(dist);
    const b = snapshot(out);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    const differing = Object.keys(a).filter((f) => a[f] !== b[f]);
    expect(differing).toEqual([]);
    fs.rmSync(out, { recursive: true, force: true });
    fs.rmSync(cache, { recursive: true, force: true });
  });
});
