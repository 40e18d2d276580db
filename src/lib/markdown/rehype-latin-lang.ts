import type { ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { LANGS, LOCALES, langOfScript } from '~/i18n/locales.ts';

/** Latin-script runs: words and the spaces, dots and hyphens between them (`ACT Kazakhstan`, `arasha.kz`). */
const LATIN_RUN = /[A-Za-z][A-Za-z0-9]*(?:[ .&'’-]+[A-Za-z0-9]+)*/g;
/** Editions written in another script than Latin (from the language list). */
const OTHER_SCRIPT_EDITIONS = new RegExp(`[/\\\\](${LANGS.filter((l) => LOCALES[l].script !== 'Latn').join('|')})\\.mdx$`);
const LATIN_TAG = LOCALES[langOfScript('Latn')].tag;

function wrap(text: Text): ElementContent[] {
  const out: ElementContent[] = [];
  let last = 0;
  for (const m of text.value.matchAll(LATIN_RUN)) {
    if (m.index! > last) out.push({ type: 'text', value: text.value.slice(last, m.index) });
    out.push({ type: 'element', tagName: 'span', properties: { lang: LATIN_TAG }, children: [{ type: 'text', value: m[0] }] });
    last = m.index! + m[0].length;
  }
  if (out.length === 0) return [text];
  if (last < text.value.length) out.push({ type: 'text', value: text.value.slice(last) });
  return out;
}

type Parent = { children: unknown[] };
type Child = { type: string; tagName?: string; properties?: { lang?: unknown }; attributes?: { name?: string }[]; children?: unknown[] };

function walk(node: Parent) {
  node.children = node.children.flatMap((raw): unknown[] => {
    const child = raw as Child;
    if (child.type === 'text') return wrap(child as unknown as Text);
    if (child.type === 'element') {
      if (child.properties?.lang || child.tagName === 'code' || child.tagName === 'pre') return [child];
      walk(child as Parent);
    }
    // Components written in MDX (a DataTable around a Markdown table): their content is text too.
    if ((child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') && !child.attributes?.some((a) => a.name === 'lang'))
      walk(child as Parent);
    return [child];
  });
}

/**
 * In Kazakh and Russian editions, names and words left in Latin script (DataReportal,
 * ACT Kazakhstan, arasha.kz) get `lang="en"`, so screen readers and hyphenation treat them as
 * English rather than reading them with Cyrillic rules. Elements that already carry `lang`
 * are left alone.
 */
export function rehypeLatinLang() {
  return (tree: Root, file: VFile) => {
    if (!file.path || !OTHER_SCRIPT_EDITIONS.test(file.path)) return;
    walk(tree as unknown as Parent);
  };
}
