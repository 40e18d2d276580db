/**
 * A hostile author's content trees (issue 13), each a copy of the fixture journal (test
 * content, never published) with one attack or one oversized input. Each must stop the build
 * at the content check with a located message that states the rule, leave the previous output
 * exactly as it was, and leave no temporary folder. Two cases run Astro itself: a body with an
 * import never runs even when the content check is bypassed, and harmless HTML comes out inert.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/lib/content/limits.ts';
import { copyTree, fixtureJournal, runBuild, snapshot } from './helpers.ts';

const A = 'articles/fixture-two-affiliations';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-hostile-'));
const marker = path.join(tmp, 'code-ran');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const edit = (dir: string, file: string, fn: (s: string) => string) => fs.writeFileSync(path.join(dir, file), fn(fs.readFileSync(path.join(dir, file), 'utf8')));
const appendBody = (text: string) => (d: string) => edit(d, `${A}/en.mdx`, (s) => `${s}\n${text}\n`);
const codeBody = `import { execSync } from "node:child_process"\n\n{execSync('touch ${marker}')}`;

const cases: [string, (dir: string) => void, RegExp[]][] = [
  ['an MDX import and expression', appendBody(codeBody), [/en\.mdx:\d+ \[policy\]: import\/export is not allowed/, /en\.mdx:\d+ \[policy\]: \{…\} expressions are not allowed/]],
  ['an inline script', appendBody('<script>alert(1)</script>'), [/en\.mdx:\d+ \[policy\]: <script> is not allowed/]],
  ['an event handler', appendBody('Text <span onclick="alert(1)">x</span>.'), [/en\.mdx:\d+ \[policy\]: <span>: attribute "onclick" is not allowed/]],
  ['a javascript: link', appendBody('[click](javascript:alert(1))'), [/en\.mdx:\d+ \[policy\]: link: URL scheme "javascript:" is not allowed/]],
  ['a figure id that leaves the article', appendBody('<Figure id="../../../../../etc/x" />'), [/en\.mdx:\d+ \[policy\]: <Figure id="\.\.\/.*expected lower-case letters/]],
  ['a data file symlinked to /etc/passwd', (d) => { fs.mkdirSync(path.join(d, A, 'data')); fs.symlinkSync('/etc/passwd', path.join(d, A, 'data/users.csv')); }, [/fixture-two-affiliations\/data\/users\.csv: symlink resolves outside the content tree/]],
  ['a symlinked article folder', (d) => fs.symlinkSync(path.join(d, 'articles/fixture-archive'), path.join(d, 'articles/fixture-archive-copy')), [/articles\/fixture-archive-copy: symlinked folder/]],
  ['a reversed citation range', (d) => edit(d, `${A}/en.mdx`, (s) => s.replace('citation [1]', 'citation [5–2]')), [/en\.mdx:9: \[5–2\]: citation range 5–2 is reversed/]],
  ['a citation range of three billion', (d) => edit(d, `${A}/en.mdx`, (s) => s.replace('citation [1]', 'citation [1–3000000000]')), [new RegExp(`en\\.mdx:9: .*the limit is ${LIMITS.citationRange}`)]],
  ['a YAML alias bomb', (d) => edit(d, `${A}/article.yaml`, (s) => `${s}\nx0: &x0 [a, a, a, a, a, a, a, a, a, a]\n${Array.from({ length: 8 }, (_, i) => `x${i + 1}: &x${i + 1} [${Array(10).fill(`*x${i}`).join(', ')}]`).join('\n')}\n`), [/fixture-two-affiliations\/article\.yaml:\d+: YAML aliases expand too far.*the limit is 100/]],
  ['invalid UTF-8', (d) => fs.appendFileSync(path.join(d, A, 'kk.mdx'), Buffer.from([0x0a, 0xff, 0xfe, 0x0a])), [/kk\.mdx:\d+: invalid UTF-8 at byte \d+/]],
  ['a 10 MB body', appendBody('Words and more words. '.repeat(500_000)), [new RegExp(`en\\.mdx: file is \\d+ bytes; the limit is ${LIMITS.mdxBytes} bytes`)]],
  ['a list nested 300 deep', appendBody(Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')), [/en\.mdx:\d+: nested more than 16 levels deep.*the limit is 16/]],
  ['duplicate section ids in an article with only its original', (d) => edit(d, 'articles/fixture-archive/en.mdx', (s) => `${s}\n## 1. Again\n\nText.\n`), [/fixture-archive\/en\.mdx:\d+ \[sec-1\]: duplicate id "sec-1"/]],
  ['duplicate table ids', appendBody('<DataTable id="t-1" caption="A">\n\n| a |\n| - |\n| 1 |\n\n</DataTable>\n\n<DataTable id="t-1" caption="B">\n\n| a |\n| - |\n| 2 |\n\n</DataTable>'), [/en\.mdx:\d+ \[t-1\]: duplicate id "t-1"/]],
];

describe('a hostile content tree stops the build with a located message and changes nothing', () => {
  for (const [name, mutate, expected] of cases)
    it(`stops on ${name}`, () => {
      const content = copyTree(fixtureJournal);
      mutate(content);
      const out = path.join(tmp, name.replace(/\W+/g, '-'));
      fs.mkdirSync(out, { recursive: true });
      fs.writeFileSync(path.join(out, 'index.html'), '<p>previous build</p>');
      const before = snapshot(out);
      const t = performance.now();
      const r = runBuild(content, out);
      expect(r.status, r.output).not.toBe(0);
      for (const re of expected) expect(r.output).toMatch(re);
      expect(r.output).toMatch(/build stopped before Astro ran/);
      expect(performance.now() - t).toBeLessThan(45_000);
      expect(snapshot(out)).toEqual(before);
      expect(fs.readdirSync(tmp).filter((f) => f.includes('.tmp-'))).toEqual([]);
      expect(fs.existsSync(marker)).toBe(false);
      fs.rmSync(content, { recursive: true, force: true });
    });
});
