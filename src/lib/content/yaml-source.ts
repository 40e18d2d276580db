import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import type { Problem } from './problems.ts';

/** A parsed YAML file that can tell the line of any field path. */
export interface YamlSource {
  file: string;
  doc: Document;
  value: unknown;
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

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
  return { source: { file, doc, value: doc.toJS(), lineOf }, problems };
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
