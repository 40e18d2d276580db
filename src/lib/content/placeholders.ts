/**
 * Nothing unfinished gets published: the scaffold marks every blank with `TODO`, and an
 * article that is not a draft must have none left. Comments are skipped (the scaffold's
 * comments explain the fields and may say TODO), so only values and body text count.
 */
import type { Problem } from './problems.ts';

const PLACEHOLDER = /\bTODO\b/;

/** Blanks out a YAML line's comment (a `#` at the line start or after white space, outside quotes). */
function yamlValue(line: string): string {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return line.slice(0, i);
  }
  return line;
}

/** Blanks out MDX comments `{/* … *\/}` keeping line breaks, so line numbers stay true. */
function mdxText(text: string): string {
  return text.replace(/\{\/\*[\s\S]*?\*\/\}/g, (c) => c.replace(/[^\n]/g, ' '));
}

/**
 * Every placeholder left in a file of a non-draft article, one error per line, with the
 * line number and what to do (fill it in, or set `draft: true` to keep the article out).
 */
export function findPlaceholders(file: string, text: string, kind: 'yaml' | 'mdx'): Problem[] {
  const lines = (kind === 'mdx' ? mdxText(text) : text).split('\n');
  const problems: Problem[] = [];
  lines.forEach((raw, i) => {
    const line = kind === 'yaml' ? yamlValue(raw) : raw;
    if (!PLACEHOLDER.test(line)) return;
    problems.push({
      severity: 'error',
      file,
      line: i + 1,
      message: `placeholder left: "${line.trim().slice(0, 60)}": fill it in, or set draft: true in article.yaml to keep the article out of the published site`,
    });
  });
  return problems;
}
