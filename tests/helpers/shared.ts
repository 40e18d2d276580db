/**
 * `../shared` beside the clone: the Crossref/JATS schemas and the CSL project's styles that some
 * tests compare with (read there, never copied into the repository). A fresh clone on its own
 * has no `../shared`: those tests are then skipped with the reason, and the closing line counts
 * them as skipped. CI always has it: `.ci/run` sets REQUIRE_SHARED=1, and then a missing
 * `../shared` fails every test that needs it instead of skipping.
 *
 * SHARED_DIR points at another folder (tests/unit/fresh-clone.test.ts points it at a missing
 * one to simulate a fresh clone).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TestContext } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
export const sharedDir = path.resolve(process.env.SHARED_DIR ?? path.join(root, '../shared'));
export const hasShared = fs.existsSync(path.join(sharedDir, 'schemas')) || fs.existsSync(path.join(sharedDir, 'csl'));
export const requireShared = process.env.REQUIRE_SHARED === '1';
export const SHARED_REASON = `needs ../shared (${sharedDir} is missing; clone the project beside shared/ to run it)`;

/**
 * Call first in a test that reads `../shared`: skips it with the reason when the folder is
 * absent, or fails it when REQUIRE_SHARED=1 (CI) says it must be there.
 */
export function needShared(ctx: Pick<TestContext, 'skip'>, sub = ''): string {
  const dir = path.join(sharedDir, sub);
  if (fs.existsSync(dir)) return dir;
  if (requireShared) throw new Error(`REQUIRE_SHARED=1 but ${dir} is missing: this test must run here`);
  return ctx.skip(SHARED_REASON);
}
