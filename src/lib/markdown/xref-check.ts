/**
 * The content check's view of citation and cross-reference markers: every `[@key]` of an
 * edition resolved against its figures, tables and sections and the article's references,
 * each problem with its own line, before Astro compiles anything.
 */
import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { findMarkers } from './cite-keys.ts';
import { EXPLICIT_ID_RE, isReservedId } from './heading-ids.ts';
import { collectTargets, resolveKeys } from './xref.ts';

export interface MarkerProblem { severity: 'error' | 'warning'; line?: number; message: string }

export interface MarkerCheck {
  problems: MarkerProblem[];
  /** Reference ids cited by key in this edition. */
  citedIds: Set<string>;
}

/**
 * Checks one edition's markers. `keyMode`: the article cites by key, so a printed `[3]` is
 * not a citation (it stays text, with a warning). Target ids must be ids, unique, not one the
 * page uses itself, and not also a reference id (then `[@id]` would be ambiguous).
 */
export function checkMarkers(tree: Root, refIds: string[], keyMode: boolean): MarkerCheck {
  const problems: MarkerProblem[] = [];
  const citedIds = new Set<string>();
  const targetList = collectTargets(tree);
  const targets = new Map(targetList.map((t) => [t.id, t]));
  const refs = new Set(refIds);
  const seen = new Set<string>();
  for (const t of targetList) {
    if (seen.has(t.id)) problems.push({ severity: 'error', line: t.line, message: `the id "${t.id}" is already used earlier in this edition` });
    seen.add(t.id);
    if (isReservedId(t.id)) problems.push({ severity: 'error', line: t.line, message: `the id "${t.id}" is reserved by the article page; choose another` });
    if (!EXPLICIT_ID_RE.test(t.id))
      problems.push({ severity: 'error', line: t.line, message: `the ${t.kind} id "${t.id}" must be lower-case Latin letters, digits and single hyphens, starting with a letter` });
    if (refs.has(t.id)) problems.push({ severity: 'error', line: t.line, message: `the ${t.kind} id "${t.id}" is also a reference id in article.yaml: [@${t.id}] would be ambiguous` });
  }
  visit(tree, 'text', (node: Text, _i, parent) => {
    if (parent?.type === 'link') return;
    for (const m of findMarkers(node.value)) {
      const line = node.position ? node.position.start.line + (node.value.slice(0, m.index).match(/\n/g)?.length ?? 0) : undefined;
      if (m.kind === 'numbers') {
        if (keyMode)
          problems.push({ severity: 'warning', line, message: `${m.raw} is left as text: this article cites references by key, so write [@key] for a citation` });
        continue;
      }
      const r = resolveKeys(m.keys, targets, refs);
      if (r.kind === 'error') problems.push({ severity: 'error', line, message: r.message });
      if (r.kind === 'cite') for (const id of r.ids) citedIds.add(id);
    }
  });
  return { problems, citedIds };
}
