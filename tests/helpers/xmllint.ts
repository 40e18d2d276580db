/**
 * Validation of a Crossref deposit with xmllint against the 5.4.0 XSD in ../shared. Without
 * ../shared or xmllint nothing can be validated: it throws and says so, never passes silently.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const crossrefXsdDir = path.resolve(import.meta.dirname, '../../../shared/schemas/crossref');

/** xmllint's verdict on one document; status 0 = valid. */
export function validateCrossref(doc: string): { status: number | null; out: string } {
  if (!fs.existsSync(path.join(crossrefXsdDir, 'crossref5.4.0.xsd')))
    throw new Error(`${crossrefXsdDir} is missing: the deposit cannot be validated (the project must sit beside shared/)`);
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
