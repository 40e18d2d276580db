/**
 * A fresh clone on its own (no ../shared beside it) passes its own tests: the tests that need
 * ../shared are skipped with the reason and counted as skipped in the closing line. With
 * REQUIRE_SHARED=1 (what .ci/run sets) the same missing folder fails them instead. Simulated by
 * pointing SHARED_DIR at a folder that does not exist and running Vitest on those test files.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const files = ['tests/unit/crossref.test.ts', 'tests/unit/cite-styles.test.ts'];

function vitestWithout(extraEnv: Record<string, string>) {
  const missing = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'no-shared-')), 'shared');
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...files], {
    cwd: root,
    env: { ...process.env, SHARED_DIR: missing, REQUIRE_SHARED: '', NO_COLOR: '1', FORCE_COLOR: '0', ...extraEnv },
    encoding: 'utf8',
    timeout: 120_000,
  });
  fs.rmSync(path.dirname(missing), { recursive: true, force: true });
  const out = `${r.stdout}\n${r.stderr}`;
  const m = /^Tests: (\d+) passed, (\d+) failed, (\d+) skipped$/m.exec(out);
  return { status: r.status, out, missing, counts: m ? { passed: Number(m[1]), failed: Number(m[2]), skipped: Number(m[3]) } : null };
}

describe('a clone without ../shared', () => {
  it('passes, and counts the tests that need ../shared as skipped with the reason', () => {
    const r = vitestWithout({});
    expect(r.counts, r.out).not.toBeNull();
    expect(r.counts!.failed, r.out).toBe(0);
    expect(r.counts!.skipped, r.out).toBeGreaterThanOrEqual(4);
    expect(r.counts!.passed, r.out).toBeGreaterThan(0);
    expect(r.out).toMatch(new RegExp(`^skipped ${r.counts!.skipped}: needs \\.\\./shared \\(.*is missing`, 'm'));
    expect(r.status, r.out).toBe(0);
  });
  it('fails those tests instead when REQUIRE_SHARED=1, as in CI', () => {
    const r = vitestWithout({ REQUIRE_SHARED: '1' });
    expect(r.counts, r.out).not.toBeNull();
    expect(r.counts!.failed, r.out).toBeGreaterThanOrEqual(4);
    expect(r.counts!.skipped, r.out).toBe(0);
    expect(r.out).toContain('REQUIRE_SHARED=1 but');
    expect(r.status, r.out).not.toBe(0);
  });
});
