import { LIMITS } from '../content/limits.ts';

/**
 * In-text citation markers are written as the article prints them: `[3]`, `[1, 2]`, `[4–6]`.
 * This module finds them in text and expands them to reference numbers.
 */
export const CITATION_RE = /\[(\d+(?:\s*[–-]\s*\d+)?(?:\s*[,;]\s*\d+(?:\s*[–-]\s*\d+)?)*)\]/g;

/**
 * The reference numbers a marker's inner text names, or why it names none: a reversed range
 * (`5–2`) or a range longer than the limit is an author's mistake, never silently empty.
 * @example parseCitation('1, 3–5') → { numbers: [1,3,4,5] }
 */
export function parseCitation(inner: string): { numbers: number[]; error?: undefined } | { numbers?: undefined; error: string } {
  const numbers: number[] = [];
  for (const part of inner.split(/[,;]/)) {
    const [a, b] = part.split(/[–-]/).map((s) => Number(s.trim())) as [number, number | undefined];
    if (b === undefined) {
      numbers.push(a);
      continue;
    }
    if (b < a) return { error: `citation range ${a}–${b} is reversed: write the lower number first` };
    if (b - a + 1 > LIMITS.citationRange)
      return { error: `citation range ${a}–${b} spans ${b - a + 1} references; the limit is ${LIMITS.citationRange}` };
    for (let i = a; i <= b; i++) numbers.push(i);
  }
  return { numbers };
}

/** The reference numbers of a marker, or none when it is invalid (the body rules report it). */
export function expandCitation(inner: string): number[] {
  return parseCitation(inner).numbers ?? [];
}
