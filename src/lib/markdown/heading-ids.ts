/**
 * Explicit heading ids, written the way pandoc and Quarto write them:
 * `## Introduction {#introduction}`. MDX would read `{…}` as a JavaScript expression and fail,
 * so a micromark text construct claims `{#id}` before MDX's expression construct sees it; a
 * small step then moves the id onto its heading (or reports one that is not at a heading's end).
 */
import type { Heading, Root } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/** What an explicit id may look like: a URL-fragment slug, lower-case Latin letters, digits and single hyphens, starting with a letter. */
export const EXPLICIT_ID_RE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Ids the article page itself uses (landmarks, abstracts, reference list, citation links). */
const RESERVED_ID_RE = /^(main|abstract(-.*)?|other-abstracts|references|toc-title|site-search-q|ref-\d+|cite-.*)$/;

/** True when an author's id would collide with one the page prints around the body. */
export function isReservedId(id: string): boolean {
  return RESERVED_ID_RE.test(id);
}

// Minimal structural types of micromark's tokenizer API (micromark-util-types, used by remark-parse).
type Code = number | null;
type State = (code: Code) => State | undefined;
interface Effects { enter(type: string): unknown; exit(type: string): unknown; consume(code: Code): void }
interface Token { type: string }
interface FromMarkdownContext {
  enter(node: unknown, token: Token): void;
  exit(token: Token): void;
  sliceSerialize(token: Token): string;
  stack: { type: string; id?: string }[];
}

const isIdChar = (c: Code) =>
  c !== null && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95 || c === 46 || c === 58);
const isLetter = (c: Code) => c !== null && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122));

function tokenizeHeadingId(effects: Effects, ok: State, nok: State): State {
  const start: State = (code) => {
    effects.enter('headingId');
    effects.enter('headingIdMarker');
    effects.consume(code); // {
    return hash;
  };
  const hash: State = (code) => {
    if (code !== 35) return nok(code); // #
    effects.consume(code);
    effects.exit('headingIdMarker');
    return first;
  };
  const first: State = (code) => {
    if (!isLetter(code)) return nok(code);
    effects.enter('headingIdValue');
    effects.consume(code);
    return rest;
  };
  const rest: State = (code) => {
    if (isIdChar(code)) {
      effects.consume(code);
      return rest;
    }
    if (code !== 125) return nok(code); // }
    effects.exit('headingIdValue');
    effects.enter('headingIdMarker');
    effects.consume(code);
    effects.exit('headingIdMarker');
    effects.exit('headingId');
    return ok;
  };
  return start;
}

/** The micromark syntax extension: `{#id}` in text becomes a `headingId` token. */
export const headingIdSyntax = { text: { 123: { name: 'headingId', tokenize: tokenizeHeadingId } } };

/** The mdast extension: the token becomes a `headingId` node with its `id`. */
export const headingIdFromMarkdown = {
  enter: {
    headingId(this: FromMarkdownContext, token: Token) {
      this.enter({ type: 'headingId', id: '' }, token);
    },
  },
  exit: {
    headingIdValue(this: FromMarkdownContext, token: Token) {
      this.stack[this.stack.length - 1]!.id = this.sliceSerialize(token);
    },
    headingId(this: FromMarkdownContext, token: Token) {
      this.exit(token);
    },
  },
};

/** A problem with an explicit id, located in the body (line 1 = first body line). */
export interface HeadingIdProblem { line?: number; message: string }

/**
 * Moves each `{#id}` at the end of a heading onto the heading (`data.hProperties.id`) and
 * removes it from the text; reports any `{#id}` elsewhere. Pure on the tree, so both the
 * content check and the compiler call it.
 */
export function applyHeadingIds(tree: Root): HeadingIdProblem[] {
  const problems: HeadingIdProblem[] = [];
  visit(tree, (node, index, parent) => {
    if ((node.type as string) !== 'headingId' || !parent || index === undefined) return;
    const id = (node as unknown as { id: string }).id;
    const line = node.position?.start.line;
    const rest = parent.children.slice(index + 1);
    const atEnd = rest.every((c) => c.type === 'text' && !c.value.trim());
    if (parent.type !== 'heading' || !atEnd) {
      problems.push({ line, message: `{#${id}} is a heading id: write it at the end of a heading line, e.g. "## Introduction {#${id}}"` });
    } else {
      const h = parent as Heading;
      h.data = { ...h.data, hProperties: { ...(h.data?.hProperties ?? {}), id } };
    }
    parent.children.splice(index, 1 + rest.length);
    const before = parent.children[index - 1];
    if (before?.type === 'text') before.value = before.value.replace(/\s+$/, '');
    return index;
  });
  return problems;
}

/** The explicit id of a heading after applyHeadingIds, if it has one. */
export function explicitId(heading: Heading): string | undefined {
  const id = heading.data?.hProperties?.id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Remark plugin: registers the syntax (so MDX never sees `{#id}` as an expression) and moves
 * the ids onto headings, failing with file and line on a misplaced one.
 */
export function remarkHeadingIds(this: Processor) {
  const data = this.data() as Record<string, unknown[] | undefined>;
  (data.micromarkExtensions ??= []).push(headingIdSyntax);
  (data.fromMarkdownExtensions ??= []).push(headingIdFromMarkdown);
  return (tree: Root, file: VFile) => {
    const [p] = applyHeadingIds(tree);
    if (p) file.fail(p.message, p.line ? { line: p.line, column: 1 } : undefined);
  };
}
