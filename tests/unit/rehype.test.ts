import type { Root } from 'hast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeAlignClasses } from '../../src/lib/markdown/rehype-align.ts';
import { rehypeLatinLang } from '../../src/lib/markdown/rehype-latin-lang.ts';
import { toHtml } from 'hast-util-to-html';

const tree = (children: Root['children']): Root => ({ type: 'root', children });
const p = (text: string, props = {}) => ({ type: 'element' as const, tagName: 'p', properties: props, children: [{ type: 'text' as const, value: text }] });

describe('Latin-script words in Kazakh and Russian editions', () => {
  it('are marked as English', () => {
    const t = tree([p('Пайдаланушылардың 44% Facebook желісін, ACT Kazakhstan зерттеуін және arasha.kz порталын атады.')]);
    rehypeLatinLang()(t, new VFile({ path: '/x/articles/a/kk.mdx' }));
    expect(toHtml(t)).toBe('<p>Пайдаланушылардың 44% <span lang="en">Facebook</span> желісін, <span lang="en">ACT Kazakhstan</span> зерттеуін және <span lang="en">arasha.kz</span> порталын атады.</p>');
  });
  it('are left alone in the English edition and inside elements that already say their language', () => {
    const en = tree([p('Facebook and YouTube')]);
    rehypeLatinLang()(en, new VFile({ path: '/x/articles/a/en.mdx' }));
    expect(toHtml(en)).toBe('<p>Facebook and YouTube</p>');
    const marked = tree([p('Quote', { lang: 'de' })]);
    rehypeLatinLang()(marked, new VFile({ path: '/x/articles/a/ru.mdx' }));
    expect(toHtml(marked)).toBe('<p lang="de">Quote</p>');
  });
});

describe('table alignment', () => {
  it('becomes a class instead of an inline style', () => {
    const t = tree([{ type: 'element', tagName: 'td', properties: { align: 'right' }, children: [] }]);
    rehypeAlignClasses()(t);
    expect(toHtml(t)).toBe('<td class="align-right"></td>');
  });
});
