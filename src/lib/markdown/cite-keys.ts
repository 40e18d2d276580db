/**
 * Citations and cross-references by key, pandoc style: `[@keeling1976]`, `[@a; @b]`,
 * `[@fig-co2]`. One bracket names one or more keys; what a key means (a reference, a figure,
 * a table, a section) is decided by looking it up, never by its spelling.
 */
import { CITATION_RE } from './citations.ts';

/** A key: a letter, digit or `_`, then letters, digits, `_`, `-`, and `:`, `.` or `/` between them. */
const KEY = String.raw`[A-Za-z0-9_](?:[A-Za-z0-9_-]|[:./](?=[A-Za-z0-9_]))*`;
export const KEY_MARKER_RE = new RegExp(String.raw`\[(@${KEY}(?:\s*;\s*@${KEY})*)\]`, 'g');
/** A reference id or key as article.yaml may write it. */
export const KEY_RE = new RegExp(`^${KEY}$`);

/** One marker found in a text: printed numbers `[1–3]` or keys `[@a; @b]`, with its offset. */
export type Marker =
  | { kind: 'numbers'; raw: string; inner: string; index: number }
  | { kind: 'keys'; raw: string; keys: string[]; index: number };

/** Every citation or key marker in a text, in order. Both syntaxes, so callers see one sequence. */
export function findMarkers(text: string): Marker[] {
  const out: Marker[] = [];
  for (const m of text.matchAll(new RegExp(CITATION_RE.source, 'g'))) out.push({ kind: 'numbers', raw: m[0], inner: m[1]!, index: m.index! });
  for (const m of text.matchAll(new RegExp(KEY_MARKER_RE.source, 'g')))
    out.push({ kind: 'keys', raw: m[0], keys: m[1]!.split(';').map((k) => k.trim().slice(1)), index: m.index! });
  return out.sort((a, b) => a.index - b.index);
}

/** Body text without MDX comments and fenced code, where markers are not markers. */
function prose(body: string): string {
  return body.replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ').replace(/^(```|~~~)[\s\S]*?^\1/gm, ' ').replace(/`[^`\n]*`/g, ' ');
}

/** The keys a body cites, in order of first appearance (cross-reference keys included; callers filter). */
export function citedKeys(body: string): string[] {
  const seen = new Set<string>();
  for (const m of findMarkers(prose(body))) if (m.kind === 'keys') for (const k of m.keys) seen.add(k);
  return [...seen];
}

/**
 * The order references print in, as indices into article.yaml's list. When the original's
 * body cites any reference by key, numeric styles number references in order of first
 * citation, and references never cited follow in their listed order; otherwise the list keeps
 * the order it is written in (its numbers are the printed ones).
 */
export function referenceOrder(ids: string[], originalBody: string | undefined): number[] {
  const position = new Map(ids.map((id, i) => [id, i]));
  const cited = citedKeys(originalBody ?? '').filter((k) => position.has(k));
  if (cited.length === 0) return ids.map((_, i) => i);
  const first = cited.map((k) => position.get(k)!);
  const rest = ids.map((_, i) => i).filter((i) => !first.includes(i));
  return [...first, ...rest];
}

/** Puts a list in the order referenceOrder computed. */
export function inReferenceOrder<T extends { id: string }>(refs: T[], originalBody: string | undefined): T[] {
  return referenceOrder(refs.map((r) => r.id), originalBody).map((i) => refs[i]!);
}

/** Printed form of a citation's numbers, runs of three or more collapsed: [1, 2, 3, 5] → "1–3, 5". */
export function formatNumbers(nums: number[]): string {
  const sorted = [...new Set(nums)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]}–${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return parts.join(', ');
}
