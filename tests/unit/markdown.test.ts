import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { expandCitation } from '../../src/lib/markdown/citations.ts';
import { remarkArticle } from '../../src/lib/markdown/remark-article.ts';
import { sectionId } from '../../src/lib/markdown/sections.ts';
import path from 'node:path';

const realArticle = path.resolve(import.meta.dirname, '../../content/articles/bloggers-and-the-state');

async function compile(body: string, file = path.join(realArticle, 'en.mdx')) {
  const vfile = new VFile({ path: file, value: body });
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(vfile);
  const out = await unified().use(remarkArticle).run(tree, vfile);
  return { out, vfile };
}

describe('section ids', () => {
  it('come from section numbers, so they are the same in every language', () => {
    expect(sectionId('3.2 Instagram users')).toBe('sec-3-2');
    expect(sectionId('3.2 Instagram қолданушылары')).toBe('sec-3-2');
    expect(sectionId('1. Introduction')).toBe('sec-1');
    expect(sectionId('Introduction')).toBeNull();
  });
});

describe('citation markers', () => {
  it('expand lists and ranges', () => {
    expect(expandCitation('1, 3–5')).toEqual([1, 3, 4, 5]);
    expect(expandCitation('7')).toEqual([7]);
  });

  it('become links with back-link ids', async () => {
    const { out, vfile } = await compile('## 1. Intro\n\nAs [2] says, and [2] again [1].\n');
    const html = String(unified().use(remarkRehype).use(rehypeStringify).stringify(await unified().use(remarkRehype).run(out as never)));
    expect(html).toContain('<a href="#ref-2" id="cite-2-1" class="cite" data-refs="2">[2]</a>');
    expect(html).toContain('id="cite-2-2"');
    expect((vfile.data as { astro: { frontmatter: { citations: Record<string, string[]> } } }).astro.frontmatter.citations).toEqual({ 2: ['cite-2-1', 'cite-2-2'], 1: ['cite-1-1'] });
  });

  it('stop the build with file and line when the reference does not exist', async () => {
    await expect(compile('## 1. Intro\n\nText.\n\nNo such source [9].\n')).rejects.toThrow(/citation \[9\] has no reference/i);
    try {
      await compile('## 1. Intro\n\nText.\n\nNo such source [9].\n');
    } catch (e) {
      expect((e as { line?: number }).line).toBe(5);
      expect((e as { file?: string }).file).toMatch(/en\.mdx$/);
    }
  });
});

describe('article body rules', () => {
  it('reject an unnumbered heading', async () => {
    await expect(compile('## Introduction\n')).rejects.toThrow(/must start with its number/);
  });
  it('reject a figure without a spec file', async () => {
    await expect(compile('## 1. A\n\n<Figure id="fig-nope" />\n')).rejects.toThrow(/fig-nope.*does not exist/);
  });
  it('number tables and figures in order and tell them their article and language', async () => {
    const { out } = await compile('## 1. A\n\n<DataTable id="table-1" caption="x">\n\n| a |\n| - |\n| 1 |\n\n</DataTable>\n\n<DataTable id="table-2" caption="y">\n\n| a |\n| - |\n| 1 |\n\n</DataTable>\n');
    const attrs = (out as unknown as { children: { type: string; attributes?: { name: string; value: string }[] }[] }).children
      .filter((c) => c.type === 'mdxJsxFlowElement')
      .map((c) => Object.fromEntries(c.attributes!.map((a) => [a.name, a.value])));
    expect(attrs).toEqual([
      { id: 'table-1', caption: 'x', number: '1', slug: 'bloggers-and-the-state', lang: 'en' },
      { id: 'table-2', caption: 'y', number: '2', slug: 'bloggers-and-the-state', lang: 'en' },
    ]);
  });
});
