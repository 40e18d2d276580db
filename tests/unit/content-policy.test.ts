/**
 * The content policy and the body rules (src/lib/content/body-rules.ts): MDX bodies are prose
 * plus our components with literal attributes. Each hostile body below must be refused with
 * its line; harmless ones must pass. The MDX compiler test proves the remark plugin refuses an
 * import before the body could run (and, as a control, that the same body does run without it).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { evaluate } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { checkBody } from '../../src/lib/content/body-rules.ts';
import { LIMITS } from '../../src/lib/content/limits.ts';
import { tooDeepLine } from '../../src/lib/content/mdx-source.ts';
import { remarkArticle } from '../../src/lib/markdown/remark-article.ts';

const root = path.resolve(import.meta.dirname, '../..');
const articleDir = path.join(root, 'content/articles/bloggers-and-the-state');
const ctx = { articleDir, contentRoot: path.join(root, 'content'), referenceCount: 7 };
const parse = (body: string) => unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body) as Root;
const issues = (body: string) => checkBody(parse(body), ctx);

const refused: [string, string, RegExp][] = [
  ['an ESM import', 'import { execSync } from "node:child_process"\n\n## 1. A\n', /import\/export is not allowed/],
  ['an ESM export', '## 1. A\n\nexport const x = 1\n', /import\/export is not allowed/],
  ['a flow expression', '## 1. A\n\n{process.exit(1)}\n', /expressions are not allowed/],
  ['a text expression', '## 1. A\n\nText {1 + 1} more.\n', /expressions are not allowed/],
  ['code hidden between comments', '## 1. A\n\n{/* a */ globalThis.x /* b */}\n', /expressions are not allowed/],
  ['an attribute expression', '## 1. A\n\n<Figure id={"fig-news-sources"} />\n', /attribute expressions/],
  ['a spread attribute', '## 1. A\n\n<Figure {...props} />\n', /spread attributes/],
  ['a script element', '## 1. A\n\n<script src="x.js"></script>\n', /<script> is not allowed/],
  ['a style element', '## 1. A\n\n<style>{"body{}"}</style>\n', /<style> is not allowed|expressions/],
  ['an iframe', '## 1. A\n\n<iframe src="https://example.org"></iframe>\n', /<iframe> is not allowed/],
  ['an object', '## 1. A\n\n<object data="x.swf"></object>\n', /<object> is not allowed/],
  ['an event handler', '## 1. A\n\nText <span onmouseover="alert(1)">x</span>.\n', /attribute "onmouseover" is not allowed/],
  ['a style attribute', '## 1. A\n\n<p style="color:red">x</p>\n', /attribute "style" is not allowed/],
  ['a javascript: link in HTML', '## 1. A\n\n<a href=" JavaScript:alert(1)">x</a>\n', /"javascript:" is not allowed/],
  ['a javascript: Markdown link', '## 1. A\n\n[x](javascript:alert(1))\n', /link: URL scheme "javascript:"/],
  ['a data: image', '## 1. A\n\n![x](data:image/svg+xml;base64,PHN2Zz4=)\n', /image: URL scheme "data:"/],
  ['a vbscript: definition', '## 1. A\n\n[x][d]\n\n[d]: vbscript:msgbox\n', /definition: URL scheme "vbscript:"/],
  ['an unknown component', '## 1. A\n\n<Chart id="x" />\n', /<Chart> is not allowed/],
  ['an unknown component attribute', '## 1. A\n\n<Figure id="fig-news-sources" number="9" />\n', /has no attribute "number"/],
  ['a figure id that is a path', '## 1. A\n\n<Figure id="../../../etc/x" />\n', /expected lower-case letters, digits and single hyphens/],
  ['a table id with capitals', '## 1. A\n\n<DataTable id="Table_1" caption="c">\n\n| a |\n| - |\n| 1 |\n\n</DataTable>\n', /Table_1.*lower-case/],
  ['a duplicate section id', '## 1. A\n\nx\n\n## 1. B\n', /duplicate id "sec-1"/],
  ['a duplicate figure id', '## 1. A\n\n<Figure id="fig-news-sources" />\n\n<Figure id="fig-news-sources" />\n', /duplicate id "fig-news-sources"/],
  ['a reversed citation range', '## 1. A\n\nAs shown [5–2].\n', /\[5–2\]: citation range 5–2 is reversed/],
  ['a huge citation range', '## 1. A\n\nAs shown [1–3000000000].\n', new RegExp(`spans 3000000000 references; the limit is ${LIMITS.citationRange}`)],
  ['a missing reference', '## 1. A\n\nAs shown [8].\n', /citation \[8\] has no reference/],
  ['a level-one heading', '# Title\n', /use ## for sections/],
];

describe('the content policy refuses code, unsafe HTML and broken structure, with the line', () => {
  for (const [name, body, re] of refused)
    it(`refuses ${name}`, () => {
      const found = issues(body);
      expect(found.map((i) => i.message).join('\n')).toMatch(re);
      expect(found.every((i) => typeof i.line === 'number')).toBe(true);
    });

  it('lets prose, comments, harmless HTML and our components through', () => {
    const body = [
      '{/* an editor’s comment */}', '', '## 1. Introduction', '',
      'Text with <abbr title="Kazakhstan">KZ</abbr>, <span lang="kk">қазақ</span>, H<sub>2</sub>O and [a link](https://example.org) [1–3].', '',
      '<Figure id="fig-news-sources" />', '',
      '<DataTable id="table-1" caption="Users" source="DataReportal">', '', '| a |', '| - |', '| 1 |', '', '</DataTable>', '',
    ].join('\n');
    expect(issues(body)).toEqual([]);
  });

  it('a huge citation range is refused without allocating it', () => {
    const t = performance.now();
    issues('## 1. A\n\n[1–3000000000]\n');
    expect(performance.now() - t).toBeLessThan(1000);
  });
});

describe('nesting is limited before the parser and the tree walkers can overflow', () => {
  it('a deeply nested list is found by line before parsing', () => {
    const body = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n');
    expect(tooDeepLine(body)).toBeGreaterThan(LIMITS.nesting);
    expect(tooDeepLine('- a\n  - b\n    - c\n')).toBeUndefined();
  });
  it('nesting over the limit in the parsed tree is one located issue', () => {
    const body = `## 1. A\n\n${'> '.repeat(LIMITS.nesting + 2)}deep\n`;
    const found = issues(body);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(new RegExp(`the limit is ${LIMITS.nesting}`));
    expect(found[0]!.line).toBe(3);
  });
});

describe('the remark plugin refuses a body before MDX could run it', () => {
  const hostile = (marker: string) =>
    `import { writeFileSync } from "node:fs"\n\nexport const ran = writeFileSync(${JSON.stringify(marker)}, "ran")\n\n## 1. A\n\n{writeFileSync(${JSON.stringify(marker)}, "ran")}\n`;
  // A stand-in JSX runtime: rendering only has to evaluate the body's expressions.
  const runtime = { Fragment: 'fragment', jsx: () => null, jsxs: () => null };
  const run = async (marker: string, remarkPlugins: unknown[]) => {
    const mod = await evaluate({ value: hostile(marker), path: path.join(articleDir, 'en.mdx') }, { ...runtime, remarkPlugins, baseUrl: import.meta.url } as never);
    (mod.default as (p: object) => unknown)({});
  };

  it('without the plugin the body runs (control: the marker is written)', async () => {
    const marker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'journal-mdx-')), 'ran');
    await run(marker, []);
    expect(fs.existsSync(marker)).toBe(true);
  });
  it('with the plugin compilation stops at the import, and nothing ran', async () => {
    const marker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'journal-mdx-')), 'ran');
    await expect(run(marker, [remarkArticle])).rejects.toThrow(/import\/export is not allowed/);
    expect(fs.existsSync(marker)).toBe(false);
  });
});
