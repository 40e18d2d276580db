/**
 * JATS tests' tools: xmllint for well-formedness and for validation against the JATS 1.3
 * Journal Publishing XSD in ../shared/schemas/jats (SHARED_DIR points elsewhere, e.g. from a
 * worktree), a DOM for queries, and ArticleRecords loaded from any content tree (the fixture
 * journal) with the zod schemas.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { create } from 'xmlbuilder2';
import { sharedDir } from './shared.ts';

const root = path.resolve(import.meta.dirname, '../..');
export const fixtureJournal = path.join(root, 'tests/fixtures/journal');
export const jatsXsdDir = path.join(sharedDir, 'schemas/jats');
export const JATS_XSD = 'JATS-journalpublishing1-3-mathml3.xsd';
export const hasJatsXsd = fs.existsSync(path.join(jatsXsdDir, JATS_XSD));

function xmllint(args: string[], doc: string, cwd?: string): { status: number | null; out: string } {
  const r = spawnSync('xmllint', [...args, '-'], { cwd, input: doc, encoding: 'utf8' });
  if (r.error) throw new Error('xmllint is missing: apt-get install -y libxml2-utils (scripts/system-deps.sh does this)');
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** xmllint's well-formedness verdict (no schema needed); status 0 = well-formed. */
export const wellFormed = (doc: string) => xmllint(['--nonet', '--noout'], doc);

/**
 * xmllint's verdict on several documents against the JATS 1.3 Journal Publishing XSD, in one run
 * (compiling the schema takes seconds); status 0 = all valid, `out` names each file.
 */
export function validateJats(docs: Record<string, string>): { status: number | null; out: string } {
  if (!hasJatsXsd) throw new Error(`${jatsXsdDir} is missing: JATS cannot be validated (the project must sit beside shared/)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jats-'));
  const files = Object.entries(docs).map(([name, doc]) => {
    const file = path.join(dir, `${name}.xml`);
    fs.writeFileSync(file, doc);
    return file;
  });
  const r = spawnSync('xmllint', ['--nonet', '--noout', '--schema', JATS_XSD, ...files], { cwd: jatsXsdDir, encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  if (r.error) throw new Error('xmllint is missing: apt-get install -y libxml2-utils (scripts/system-deps.sh does this)');
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** The document as a DOM (xmlbuilder2's parser) for queries by tag name. */
export const jatsDom = (doc: string) => create(doc).node as unknown as Document;

/** Elements named `tag` under `node`, in document order. */
export const els = (node: Document | Element, tag: string) => [...node.getElementsByTagName(tag)];

/** Elements named `tag` whose nearest article-level ancestor is `node` (not inside a nested sub-article). */
export const own = (node: Element, tag: string) =>
  els(node, tag).filter((e) => {
    let p = e.parentNode as Element | null;
    while (p && p !== node && p.nodeName !== 'sub-article') p = p.parentNode as Element | null;
    return p === node;
  });

/** An ArticleRecord from a content tree, joined as the site joins it (one loader: scripts/lib/article-record.ts). */
export { loadRecordFrom } from '../../scripts/lib/article-record.ts';
