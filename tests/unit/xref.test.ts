/**
 * Cross-references, citations by key and explicit heading ids (issue 16.2), on the compiler
 * (remarkArticle over the fixture article's real article.yaml) and on the content check.
 */
import path from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { citedKeys, findMarkers, formatNumbers, referenceOrder } from '../../src/lib/markdown/cite-keys.ts';
import { remarkHeadingIds } from '../../src/lib/markdown/heading-ids.ts';
import { remarkArticle } from '../../src/lib/markdown/remark-article.ts';
import { parseMdx } from '../../src/lib/content/mdx-source.ts';
import { checkMarkers } from '../../src/lib/markdown/xref-check.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { copyTree, fixtureJournal } from '../build/helpers.ts';
import fs from 'node:fs';

const article = path.resolve(import.meta.dirname, '../fixtures/journal/articles/fixture-keyed-ru');

async function html(body: string, lang = 'ru') {
  const file = new VFile({ path: path.join(article, `${lang}.mdx`), value: body });
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkHeadingIds).use(remarkArticle);
  const tree = await processor.run(processor.parse(file), file);
  return String(unified().use(rehypeStringify).stringify(await unified().use(remarkRehype).run(tree as never)));
}

const BODY = `## 1. Intro

See [@fig-levels], [@tbl-stations], [@sec-2-1] and [@thanks]; after [@petrov2015], [@sidorov2021; @petrov2015; @ivanova2019].

## 2. Methods

### 2.1 Data

<DataTable id="tbl-stations" caption="c">

| a |
| - |
| 1 |

</DataTable>

<Figure id="fig-levels" />

## Thanks {#thanks}
`;

describe('explicit heading ids', () => {
  it('are read by MDX without an expression error and land on the heading, unnumbered sections too', async () => {
    expect(() => unified().use(remarkParse).use(remarkMdx).parse('## Intro {#intro}\n')).toThrow(/acorn|expression/i);
    const out = await html('## 1. Intro {#intro}\n\n## Thanks {#thanks}\n\nText.\n');
    expect(out).toContain('<h2 id="intro">1. Intro</h2>');
    expect(out).toContain('<h2 id="thanks">Thanks</h2>');
  });

  it('stop the check with the line when written anywhere but at the end of a heading', () => {
    const { problems } = parseMdx('x.mdx', '---\na: 1\n---\n## 1. A\n\nText {#oops} more.\n');
    expect(problems).toEqual([{ severity: 'error', file: 'x.mdx', line: 6, message: expect.stringMatching(/\{#oops\} is a heading id/) }]);
  });

  it('leave other MDX expressions to MDX', () => {
    const { problems } = parseMdx('x.mdx', '---\na: 1\n---\n## 1. A\n\n{/* a comment */}\n');
    expect(problems).toEqual([]);
  });
});

describe('cross-references', () => {
  it('print the word of each language, numbered in the edition, linked to the id', async () => {
    const words = { en: ['Figure 1', 'Table 1', 'Section 2.1'], kk: ['1-сурет', '1-кесте', '2.1-бөлім'], ru: ['рис. 1', 'табл. 1', 'раздел 2.1'] };
    for (const [lang, [fig, table, sec]] of Object.entries(words)) {
      const out = await html(BODY, lang);
      expect(out, lang).toContain(`<a href="#fig-levels" class="xref">${fig}</a>`);
      expect(out, lang).toContain(`<a href="#tbl-stations" class="xref">${table}</a>`);
      expect(out, lang).toContain(`<a href="#sec-2-1" class="xref">${sec}</a>`);
      expect(out, lang).toContain('<a href="#thanks" class="xref">Thanks</a>');
    }
  });

  it('stop the build with file and line on an unknown id', async () => {
    const err = await html('## 1. A\n\nText.\n\nSee [@fig-none].\n').catch((e: unknown) => e as { line?: number; file?: string; message: string });
    expect(err).toMatchObject({ line: 5, message: expect.stringMatching(/unknown key @fig-none/) });
    expect((err as { file: string }).file).toMatch(/fixture-keyed-ru[/\\]ru\.mdx$/);
  });

  it('refuse a bracket mixing a cross-reference with references', async () => {
    await expect(html(`${BODY}\nBoth [@fig-levels; @petrov2015].\n`)).rejects.toThrow(/mixes keys/);
  });
});

describe('citations by key', () => {
  it('print the numbers of first citation, ranges collapsed, each linked and back-linked', async () => {
    const out = await html(BODY);
    // article.yaml lists ivanova, kuznetsova, petrov, sidorov; the original cites sidorov first
    expect(out).toContain('<a href="#ref-3" id="cite-3-1" class="cite" data-refs="3">[3]</a>');
    expect(out).toContain('<a href="#ref-1" id="cite-1-1" class="cite" data-refs="1 3 2">[1–3]</a>');
  });

  it('number references in order of first citation; uncited ones follow in listed order', () => {
    expect(referenceOrder(['a', 'b', 'c', 'd'], 'x [@c] y [@a; @c] [@fig-1]')).toEqual([2, 0, 1, 3]);
    expect(referenceOrder(['ref-1', 'ref-2'], 'printed [2] [1]')).toEqual([0, 1]);
    expect(citedKeys('{/* [@hidden] */} `[@code]` [@shown]')).toEqual(['shown']);
  });

  it('find both marker syntaxes in text order, keys with inner punctuation, not trailing', () => {
    expect(findMarkers('[2] then [@a.b:c; @d_e] and [1–3]').map((m) => (m.kind === 'keys' ? m.keys : m.inner))).toEqual(['2', ['a.b:c', 'd_e'], '1–3']);
    expect(findMarkers('mail nkzh@mail.ru [@x.]')).toEqual([]);
  });

  it('collapse runs of three or more', () => {
    expect(formatNumbers([3, 1, 2, 5, 7, 8])).toBe('1–3, 5, 7, 8');
  });

  it('report an unknown key, an ambiguous id and a printed number in a keyed article, each on its line', () => {
    const { source } = parseMdx('x.mdx', '---\na: 1\n---\n## 1. A {#a}\n\n[@nope]\n\nand [3]\n');
    const { problems, citedIds } = checkMarkers(source.tree!, ['a', 'b'], true);
    expect(problems.map((p) => [p.severity, p.line, p.message.split(':')[0]])).toEqual([
      ['error', 1, 'the section id "a" is also a reference id in article.yaml'],
      ['error', 3, 'unknown key @nope'],
      ['warning', 5, '[3] is left as text'],
    ]);
    expect([...citedIds]).toEqual([]);
  });

  it('reject target ids that are used twice, reserved by the page or not ids', () => {
    const { source } = parseMdx('x.mdx', '---\na: 1\n---\n## 1. A\n\n## 2. B {#sec-1}\n\n## 3. C {#references}\n\n<DataTable id="2nd table" caption="c">\n\n| a |\n| - |\n| 1 |\n\n</DataTable>\n');
    const { problems } = checkMarkers(source.tree!, [], false);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [3, 'the id "sec-1" is already used earlier in this edition'],
      [5, 'the id "references" is reserved by the article page; choose another'],
      [7, expect.stringMatching(/^the table id "2nd table" must be lower-case Latin letters/)],
    ]);
  });

  it('warn about a reference never cited by key, naming its key', () => {
    const content = copyTree(fixtureJournal);
    for (const lang of ['ru', 'en']) {
      const file = path.join(content, `articles/fixture-keyed-ru/${lang}.mdx`);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('; @kuznetsova2018]', ']'));
    }
    const { errors, warnings } = validateContent(content, { root: content });
    expect(errors).toEqual([]);
    expect(warnings.map((w) => [w.file, w.field, w.message])).toEqual([
      ['articles/fixture-keyed-ru/article.yaml', 'references.1', 'reference @kuznetsova2018 is never cited in the text'],
    ]);
    fs.rmSync(content, { recursive: true, force: true });
  });
});

describe('the JATS file of a keyed article', () => {
  it('has the xrefs the page has: references by printed number, figures, tables and sections by id', async () => {
    const { loadRecord } = await import('../helpers/article-record.ts');
    const { jatsXml } = await import('../../src/lib/export/jats.ts');
    const { jatsInput } = await import('../../src/lib/export/jats-source.ts');
    const { articleSchema } = await import('../../src/schemas/article.ts');
    const { inReferenceOrder } = await import('../../src/lib/markdown/cite-keys.ts');
    const { parse } = await import('yaml');
    // The seed's journal and issue (it has an ISSN, which JATS needs) around the fixture article.
    const base = loadRecord();
    const meta = articleSchema.parse(parse(fs.readFileSync(path.join(article, 'article.yaml'), 'utf8')));
    const ru = fs.readFileSync(path.join(article, 'ru.mdx'), 'utf8');
    const rec = { ...base, slug: 'fixture-keyed-ru', meta: { ...meta, references: inReferenceOrder(meta.references, ru) }, editions: {
      ru: { ...base.editions.ru!, title: 'T', lang: 'ru' as const, hasBody: true, edition: { status: 'original' as const } },
    } };
    const xml = jatsXml(rec, jatsInput(rec, article));
    const body = xml.slice(xml.indexOf('<body>'), xml.indexOf('</body>'));
    const xrefs = [...body.matchAll(/<xref ([^>]*)>([^<]*)<\/xref>/g)].map((m) => [/rid="([^"]+)"/.exec(m[1]!)![1], m[2]]);
    expect(xrefs).toEqual([
      ['ref-1', '[1]'], ['methods', 'раздел 2'], ['sec-2-1', 'раздел 2.1'], ['ref-2 ref-3', '[2, 3]'],
      ['tbl-stations', 'табл. 1'], ['fig-levels', 'рис. 1'], ['ref-2 ref-3 ref-4', '[2–4]'],
    ]);
    expect(xml).toContain('<sec id="methods">');
    expect(xml).not.toContain('[@');
  });
});
