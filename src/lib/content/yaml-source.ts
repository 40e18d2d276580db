import fs from 'node:fs';
import { LineCounter, isAlias, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { LIMITS } from './limits.ts';
import type { Problem } from './problems.ts';
import { readTextFile } from './text-file.ts';

/** A parsed YAML file that can tell the line of any field path. */
export interface YamlSource {
  file: string;
  doc: Document;
  value: unknown;
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** Line of the first alias (`*name`) in a document, to locate an alias bomb. */
function firstAliasLine(doc: Document, lc: LineCounter): number | undefined {
  let line: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node) && node.range) line = lc.linePos(node.range[0]).line;
      return visit.BREAK;
    },
  });
  return line;
}

/**
 * Parses YAML keeping line numbers. Alias expansion is capped (LIMITS.yamlAliases): an alias
 * bomb is a located error naming the file, not an uncaught crash or an exhausted heap.
 */
export function parseYamlSource(file: string, text: string, lineOffset = 0): { source?: YamlSource; problems: Problem[] } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: true });
  const problems: Problem[] = doc.errors.map((e) => ({
    severity: 'error',
    file,
    line: (e.linePos?.[0]?.line ?? 0) + lineOffset || undefined,
    message: `invalid YAML: ${e.message.split('\n')[0]}`,
  }));
  if (problems.length) return { problems };
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && node.range) return lc.linePos(node.range[0]).line + lineOffset;
      // the key itself, when the value is missing
    }
    return undefined;
  };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: LIMITS.yamlAliases });
  } catch (e) {
    const line = firstAliasLine(doc, lc);
    return { problems: [{ severity: 'error', file, line: line === undefined ? undefined : line + lineOffset, message: `YAML aliases expand too far (${(e as Error).message}); the limit is ${LIMITS.yamlAliases} alias expansions` }] };
  }
  return { source: { file, doc, value, lineOf }, problems };
}

/** Runs a zod schema over a YAML source, turning every issue into a located Problem. */
export function validateYaml<T extends z.ZodType>(src: YamlSource, schema: T): { data?: z.infer<T>; problems: Problem[] } {
  const r = schema.safeParse(src.value);
  if (r.success) return { data: r.data, problems: [] };
  return {
    problems: r.error.issues.map((i) => ({
      severity: 'error' as const,
      file: src.file,
      line: src.lineOf(i.path),
      field: i.path.length ? i.path.join('.') : undefined,
      message: i.message,
    })),
  };
}

/**
 * Reads, parses and validates one YAML file of the content tree (size limit, UTF-8, aliases,
 * schema): the one way content YAML is read, by the content check and by the remark plugin.
 */
export function loadYamlFile<T extends z.ZodType>(file: string, name: string, schema: T): { data?: z.infer<T>; problems: Problem[] } {
  if (!fs.existsSync(file)) return { problems: [{ severity: 'error', file: name, message: 'file is missing' }] };
  const read = readTextFile(file, name, LIMITS.yamlBytes);
  if (read.text === undefined) return { problems: read.problems };
  const parsed = parseYamlSource(name, read.text);
  if (!parsed.source) return { problems: parsed.problems };
  return validateYaml(parsed.source, schema);
}
