/**
 * Limits and paths of content files (src/lib/content/text-file.ts, yaml-source.ts, tree.ts),
 * the build's output swap (scripts/lib/output-swap.ts) and the one CSP source.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/lib/content/limits.ts';
import { readTextFile } from '../../src/lib/content/text-file.ts';
import { checkTree } from '../../src/lib/content/tree.ts';
import { parseYamlSource } from '../../src/lib/content/yaml-source.ts';
import { cspHeader, cspMeta } from '../../src/lib/security/csp.ts';
import { swapInto, unwritable, type SwapFs } from '../../scripts/lib/output-swap.ts';

const root = path.resolve(import.meta.dirname, '../..');
const tmpdir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'journal-limits-'));

describe('content files are UTF-8 text within a size limit', () => {
  it('invalid UTF-8 is a located error', () => {
    const f = path.join(tmpdir(), 'en.mdx');
    fs.writeFileSync(f, Buffer.concat([Buffer.from('---\ntitle: x\n---\nok\nbad '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]));
    const r = readTextFile(f, 'en.mdx', LIMITS.mdxBytes);
    expect(r.text).toBeUndefined();
    expect(r.problems[0]).toMatchObject({ file: 'en.mdx', line: 5 });
    expect(r.problems[0]!.message).toMatch(/invalid UTF-8 at byte 24/);
  });
  it('a file over the limit is refused before it is read, stating the limit', () => {
    const f = path.join(tmpdir(), 'big.mdx');
    fs.writeFileSync(f, 'x'.repeat(LIMITS.mdxBytes + 1));
    const r = readTextFile(f, 'big.mdx', LIMITS.mdxBytes);
    expect(r.problems[0]!.message).toMatch(new RegExp(`the limit is ${LIMITS.mdxBytes} bytes`));
  });
  it('valid text passes unchanged', () => {
    const f = path.join(tmpdir(), 'ok.yaml');
    fs.writeFileSync(f, 'title: қазақ\n');
    expect(readTextFile(f, 'ok.yaml', LIMITS.yamlBytes)).toEqual({ text: 'title: қазақ\n', problems: [] });
  });
});

describe('YAML aliases', () => {
  it('an alias bomb is a located error naming the file and the limit', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const r = parseYamlSource('journal.yaml', levels.join('\n'));
    expect(r.source).toBeUndefined();
    expect(r.problems[0]).toMatchObject({ file: 'journal.yaml', line: 2 });
    expect(r.problems[0]!.message).toMatch(new RegExp(`the limit is ${LIMITS.yamlAliases} alias expansions`));
  });
  it('a few aliases are fine', () => {
    expect(parseYamlSource('x.yaml', 'a: &a 1\nb: *a\n').source?.value).toEqual({ a: 1, b: 1 });
  });
});

describe('symlinks in the content tree', () => {
  it('a link that leaves the tree and a linked folder are refused; a link inside is fine', () => {
    const dir = tmpdir();
    fs.mkdirSync(path.join(dir, 'articles/a/data'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'articles/a/data/real.csv'), 'x\n1\n');
    fs.symlinkSync('/etc/passwd', path.join(dir, 'articles/a/data/passwd.csv'));
    fs.symlinkSync(path.join(dir, 'articles/a'), path.join(dir, 'articles/b'));
    fs.symlinkSync('real.csv', path.join(dir, 'articles/a/data/alias.csv'));
    const problems = checkTree(dir, (p) => path.relative(dir, p));
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      expect.stringMatching(/^articles\/a\/data\/passwd\.csv: symlink resolves outside the content tree/),
      expect.stringMatching(/^articles\/b: symlinked folder/),
    ]);
  });
});

describe('the output swap', () => {
  it('puts the previous output back when the new one cannot take its place', () => {
    const dir = tmpdir();
    const out = path.join(dir, 'dist');
    const tmp = path.join(dir, 'dist.tmp-1');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'index.html'), 'old');
    fs.mkdirSync(tmp);
    let calls = 0;
    const failing: SwapFs = {
      existsSync: fs.existsSync,
      rmSync: fs.rmSync,
      renameSync: (a, b) => {
        if (++calls === 2) throw new Error('EXDEV: simulated');
        fs.renameSync(a, b);
      },
    };
    expect(() => swapInto(tmp, out, failing, 'test')).toThrow(/simulated/);
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('old');
  });
  it('replaces the output and removes the old copy', () => {
    const dir = tmpdir();
    const out = path.join(dir, 'dist');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'index.html'), 'old');
    fs.mkdirSync(`${out}.tmp-2`);
    fs.writeFileSync(path.join(`${out}.tmp-2`, 'index.html'), 'new');
    expect(swapInto(`${out}.tmp-2`, out, fs, 'test')).toEqual({});
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('new');
    expect(fs.readdirSync(dir)).toEqual(['dist']);
  });
  it.skipIf(process.getuid?.() === 0)('a read-only output is found before building (skipped as root: root may write anywhere)', () => {
    const dir = tmpdir();
    const out = path.join(dir, 'dist');
    fs.mkdirSync(path.join(out, 'sub'), { recursive: true });
    fs.chmodSync(path.join(out, 'sub'), 0o555);
    expect(unwritable(out)).toBe(path.join(out, 'sub'));
    fs.chmodSync(path.join(out, 'sub'), 0o755);
  });
});

describe('the Content-Security-Policy has one source', () => {
  it('public/_headers sends exactly the module’s policy', () => {
    const headers = fs.readFileSync(path.join(root, 'public/_headers'), 'utf8');
    expect(/^\s*Content-Security-Policy:\s*(.+)$/m.exec(headers)?.[1]?.trim()).toBe(cspHeader());
  });
  it('the meta policy is the header without what a meta tag cannot carry', () => {
    expect(cspMeta()).not.toMatch(/frame-ancestors|report-uri|sandbox/);
    expect(cspHeader().startsWith(cspMeta())).toBe(true);
    expect(cspMeta()).toMatch(/script-src 'self'/);
  });
});
