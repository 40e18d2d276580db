/**
 * Validation of a Crossref deposit with xmllint against the 5.4.0 XSD in ../shared. Without
 * ../shared the calling test is skipped with the reason (failed under REQUIRE_SHARED=1, as in
 * CI); without xmllint it throws and says what to install. It never passes silently.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestContext } from 'vitest';
import { needShared, sharedDir } from './shared.ts';

export const crossrefXsdDir = path.join(sharedDir, 'schemas/crossref');

/** xmllint's verdict on one document; status 0 = valid. `ctx` is the calling test's context. */
export function validateCrossref(doc: string, ctx: Pick<TestContext, 'skip'>): { status: number | null; out: string } {
  needShared(ctx, 'schemas/crossref');
  if (!fs.existsSync(path.join(crossrefXsdDir, 'crossref5.4.0.xsd')))
    throw new Error(`${crossrefXsdDir} has no crossref5.4.0.xsd: the deposit cannot be validated`);
  if (spawnSync('xmllint', ['--version']).error) throw new Error('xmllint is missing: apt-get install -y libxml2-utils (.ci/run does this)');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'crossref-')), 'deposit.xml');
  fs.writeFileSync(file, doc);
  const r = spawnSync('xmllint', ['--nonet', '--noout', '--schema', 'crossref5.4.0.xsd', file], {
    cwd: crossrefXsdDir,
    env: { ...process.env, XML_CATALOG_FILES: path.join(crossrefXsdDir, 'catalog.xml') },
    encoding: 'utf8',
  });
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}
