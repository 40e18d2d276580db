/**
 * The whole Typst document of one edition: page style, running head, page numbers starting at
 * the article's first page, metadata, front matter, body, references, other abstracts. Only
 * `str()`-escaped strings from content reach it (see typst.ts).
 */
import type { Root } from 'mdast';
import type { TFunction } from '../../i18n/index.ts';
import { LOCALES } from '../../i18n/locales.ts';
import { bodyTypst, targetIds, type BodyContext, type PdfFigure } from './body.ts';
import { documentInfo, frontMatter, otherAbstracts, referenceList, type PdfFacts } from './front.ts';
import { str } from './typst.ts';

/** Font families the compiler is given (compile.ts loads their files; nothing else is used). */
export const SERIF = 'Noto Serif';
export const SANS = 'Noto Sans';

/** Page, type and heading style, and the running head: journal, issue, year, DOI. */
export function style(f: PdfFacts, t: TFunction): string {
  const head = `text(size: 7.5pt, font: ${str(SANS)}, hyphenate: false, grid(columns: (1fr, auto), align: (left, right), ${str(f.journal)}, ${str(`${f.issue} · DOI ${f.doi}`)}) + v(-0.4em) + line(length: 100%, stroke: 0.4pt))`;
  return [
    `#${documentInfo(f, t)}`,
    `#set text(font: ${str(SERIF)}, size: 9.5pt, lang: ${str(LOCALES[f.lang].tag)}, hyphenate: true)`,
    '#set par(justify: true, leading: 0.6em, spacing: 0.9em, first-line-indent: 0em)',
    `#set page(paper: "a4", margin: (x: 2cm, top: 2.4cm, bottom: 2.2cm), numbering: "1", number-align: center, header: [#set par(justify: false)\n#${head}])`,
    `#show heading: set text(font: ${str(SANS)}, size: 11pt, hyphenate: false)`,
    '#show heading.where(level: 2): set text(size: 10pt)',
    '#show heading: set block(above: 1.4em, below: 0.8em)',
    '#show link: set text(fill: rgb("#1a4d8f"))',
    '#show figure: set block(breakable: false, above: 1.2em, below: 0.4em)',
    '#show figure.caption: set text(size: 0.9em)',
    '#set table(stroke: 0.4pt, inset: 4pt)',
    '#show table: set text(size: 0.9em, hyphenate: false)',
    '#show table: set par(justify: false)',
    `#counter(page).update(${f.pages.first})`,
  ].join('\n');
}

/** Everything the document needs besides the facts: the body tree and its figures. */
export interface DocumentInput {
  facts: PdfFacts;
  tree: Root;
  figure: (id: string) => PdfFigure;
}

/** The Typst source of one edition. */
export function articleTypst(input: DocumentInput, t: TFunction): string {
  const f = input.facts;
  const targets = new Set([...targetIds(input.tree), ...f.references.map((_, i) => `ref-${i + 1}`)]);
  const ctx: BodyContext = {
    figureLabel: (number) => t('figure.label', { number }),
    tableLabel: (number) => t('table.label', { number }),
    figure: input.figure,
    targets,
    counters: { figure: 0, table: 0 },
  };
  return [
    style(f, t),
    `#{\n${frontMatter(f, t)}\n}`,
    `#${bodyTypst(input.tree, ctx)}`,
    `#{\n${referenceList(f, t)}\n}`,
    `#{\n${otherAbstracts(f, t)}\n}`,
    '',
  ].join('\n');
}
