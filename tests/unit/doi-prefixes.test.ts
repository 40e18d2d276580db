/** A journal may own several DOI prefixes (back issues under an older one); `doiPrefix` alone keeps working. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateContent } from '~/lib/content/validate.ts';
import { journalSchema } from '~/schemas/journal.ts';

const root = path.resolve(import.meta.dirname, '../..');
const journalYaml = fs.readFileSync(path.join(root, 'content/journal.yaml'), 'utf8');

/** A copy of the real content tree whose journal.yaml declares `prefixes` instead of its `doiPrefix`. */
function treeWith(prefixLine: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doi-prefixes-'));
  fs.cpSync(path.join(root, 'content'), dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'journal.yaml'), journalYaml.replace(/^doiPrefix: .*$/m, prefixLine));
  return dir;
}

describe('DOI prefixes', () => {
  it('normalise to the list of every prefix, the first one for new DOIs', () => {
    const base = parse(journalYaml) as Record<string, unknown>;
    expect(journalSchema.parse(base).doiPrefixes).toEqual(['10.32523']);
    const { doiPrefix: _, ...rest } = base;
    expect(journalSchema.parse({ ...rest, doiPrefixes: ['10.1111', '10.32523'] })).toMatchObject({ doiPrefix: '10.1111', doiPrefixes: ['10.1111', '10.32523'] });
    expect(journalSchema.safeParse(rest).success).toBe(false);
  });
  it('let the content check accept a DOI under any of them and name them all otherwise', () => {
    const ok = treeWith('doiPrefixes: ["10.99999", "10.32523"]');
    expect(validateContent(ok, { root: ok }).errors).toEqual([]);
    const bad = treeWith('doiPrefixes: ["10.99999", "10.88888"]');
    const errors = validateContent(bad, { root: bad }).errors.map((p) => `${p.file} [${p.field}] ${p.message}`);
    expect(errors).toEqual([expect.stringMatching(/article\.yaml \[doi\] DOI 10\.32523\/.* does not start with the journal's prefix 10\.99999\/ or 10\.88888\//)]);
    for (const d of [ok, bad]) fs.rmSync(d, { recursive: true, force: true });
  });
});
