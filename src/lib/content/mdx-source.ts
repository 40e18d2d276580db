import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { LOCALES, type Lang } from '../../i18n/locales.ts';
import { CITATION_RE, expandCitation } from '../markdown/citations.ts';
import { findMarkers, KEY_MARKER_RE } from '../markdown/cite-keys.ts';
import { applyHeadingIds, remarkHeadingIds } from '../markdown/heading-ids.ts';
import { headingId } from '../markdown/xref.ts';
import { jsxAttribute } from './body-rules.ts';
import { componentSpec } from './components.ts';
import { LIMITS } from './limits.ts';
import type { Problem } from './problems.ts';

/** An MDX edition split into front matter and a parsed body. */
export interface MdxSource {
  frontmatter: string;
  /** Line number (1-based) where the front matter's first line is. */
  frontmatterLine: number;
  body: string;
  bodyLine: number;
  tree?: Root;
}

/** The `---` front matter and the body below it (the whole text as body when there is none). */
export function splitFrontmatter(text: string): { frontmatter: string; body: string; bodyLine: number; found: boolean } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  return m ? { frontmatter: m[1]!, body: text.slice(m[0].length), bodyLine: m[0].split('\n').length, found: true } : { frontmatter: '', body: text, bodyLine: 1, found: false };
}

/** Splits `---` front matter from the body and parses the body as MDX, reporting syntax errors with their line. */
export function parseMdx(file: string, text: string): { source: MdxSource; problems: Problem[] } {
  const { frontmatter, body, bodyLine, found } = splitFrontmatter(text);
  const source: MdxSource = { frontmatter, frontmatterLine: 2, body, bodyLine };
  const problems: Problem[] = [];
  if (!found) problems.push({ severity: 'error', file, line: 1, message: 'expected YAML front matter between --- lines at the top' });
  const deep = tooDeepLine(body);
  if (deep !== undefined) {
    problems.push({ severity: 'error', file, line: deep + bodyLine - 1, message: `nested more than ${LIMITS.nesting} levels deep (lists, quotes, indentation); the limit is ${LIMITS.nesting}` });
    return { source, problems };
  }
  try {
    source.tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkHeadingIds).parse(body) as Root;
    for (const p of applyHeadingIds(source.tree))
      problems.push({ severity: 'error', file, line: p.line ? p.line + bodyLine - 1 : undefined, message: p.message });
  } catch (e) {
    const err = e as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message: string };
    const fromText = /\((\d+):\d+/.exec(err.reason ?? err.message)?.[1];
    const line = err.place?.line ?? err.place?.start?.line ?? err.line ?? (fromText ? Number(fromText) : undefined);
    problems.push({ severity: 'error', file, line: line ? line + bodyLine - 1 : undefined, message: `MDX syntax: ${err.reason ?? err.message}` });
  }
  return { source, problems };
}

const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])(?=[ \t]|$)[ \t]?)+/;

/**
 * The first line (1-based) whose list and quote markers and indentation nest deeper than the
 * limit, or undefined. Checked before parsing: the Markdown parser slows quadratically and the
 * tree walkers recurse on deep nesting (1,000 nested list items take 17 s to parse).
 */
export function tooDeepLine(body: string): number | undefined {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const markers = CONTAINER_PREFIX.exec(line)?.[0] ?? '';
    const count = (markers.match(/>|[-*+]|\d{1,9}[.)]/g) ?? []).length;
    const indent = /^[ \t]*/.exec(line.slice(markers.length))![0].replace(/\t/g, '    ').length + markers.replace(/[^ \t]/g, '').replace(/\t/g, '    ').length;
    if (count + Math.floor(indent / 2) > LIMITS.nesting * 2 || count > LIMITS.nesting) return i + 1;
  }
  return undefined;
}

export interface SectionOutline {
  id: string;
  line: number;
  /** Numeric values written in the section's text, tables and captions. */
  numbers: number[];
  /** References cited, in order of appearance: printed numbers, and keys of `[@key]` markers (cross-reference keys included). */
  citations: (number | string)[];
  tables: string[];
  figures: string[];
}

export type NumberStyle = 'en' | 'comma';

/** Number style of a language's body text, read from Intl: a decimal comma or a decimal point. */
export function numberStyle(lang: Lang): NumberStyle {
  return new Intl.NumberFormat(LOCALES[lang].intl).format(1.5).includes(',') ? 'comma' : 'en';
}

const NUMBER_PATTERNS: Record<NumberStyle, RegExp> = {
  // 63,800 · 50 130 577 · 7.98 · 2017
  en: /(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?!\d)|\d+(?:\.\d+)?)(?![\d])/g,
  // 63 800 (no-break or narrow no-break space) · 7,98 · 2017
  comma: /(?<![\d.,])(\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:,\d+)?(?!\d)|\d+(?:,\d+)?)(?![\d])/g,
};

/** The numeric values in a text, read in a language's number style. @example numbersIn('7,98 млрд', 'comma') → [7.98] */
export function numbersIn(text: string, style: NumberStyle): number[] {
  const clean = text.replace(CITATION_RE, ' ').replace(KEY_MARKER_RE, ' ');
  const out: number[] = [];
  for (const m of clean.matchAll(NUMBER_PATTERNS[style])) {
    const raw = m[1]!;
    const normal = style === 'en' ? raw.replace(/[, ]/g, '') : raw.replace(/[\u00a0\u202f ]/g, '').replace(',', '.');
    out.push(Number(normal));
  }
  return out;
}

/** The body's structure, section by section: what the parity check compares across editions. */
export function outline(tree: Root, style: NumberStyle, bodyLine = 1): SectionOutline[] {
  const sections: SectionOutline[] = [];
  let cur: SectionOutline = { id: '(before first heading)', line: bodyLine, numbers: [], citations: [], tables: [], figures: [] };
  const flush = () => {
    if (cur.numbers.length || cur.citations.length || cur.tables.length || cur.figures.length || cur.id !== '(before first heading)') sections.push(cur);
  };
  const addText = (text: string) => {
    cur.numbers.push(...numbersIn(text, style));
    for (const m of findMarkers(text)) cur.citations.push(...(m.kind === 'numbers' ? expandCitation(m.inner) : m.keys));
  };
  for (const node of tree.children as RootContent[]) {
    if (node.type === 'heading') {
      flush();
      const text = toString(node);
      cur = { id: headingId(node) ?? `(unnumbered: ${text})`, line: (node.position?.start.line ?? 1) + bodyLine - 1, numbers: [], citations: [], tables: [], figures: [] };
      continue;
    }
    visit(node, (n) => {
      if (n.type === 'mdxJsxFlowElement') {
        const el = n as MdxJsxFlowElement;
        const kind = componentSpec(el.name)?.numbers;
        const id = jsxAttribute(el, 'id') ?? '?';
        if (kind === 'table') cur.tables.push(id);
        if (kind === 'figure') cur.figures.push(id);
        for (const name of ['caption', 'source']) {
          const v = jsxAttribute(el, name);
          if (v) cur.numbers.push(...numbersIn(v, style));
        }
      }
      if (n.type === 'text' || n.type === 'inlineCode') addText((n as { value: string }).value);
    });
  }
  flush();
  return sections;
}

/** True when an MDX body has text beyond comments and white space (a metadata-only edition has none). */
export function hasBodyText(body: string | undefined): boolean {
  return Boolean(body?.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').trim());
}
