/**
 * Reading PDFs back with Debian's poppler tools and qpdf (scripts/system-deps.sh installs
 * them): the document info, fonts, text, and every link annotation with where it goes.
 */
import { execFileSync } from 'node:child_process';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });

/** `pdfinfo` fields (Title, Author, Subject, Keywords, Pages, Tagged, …). */
export function pdfInfo(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-enc', 'UTF-8', file]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) out[m[1]!.trim()] = m[2]!.trim();
  }
  return out;
}

/** The XMP packet (`pdfinfo -meta`). */
export const pdfXmp = (file: string) => run('pdfinfo', ['-meta', file]);

/** `pdffonts` rows: name, embedded, subset. */
export function pdfFonts(file: string): { name: string; embedded: boolean; subset: boolean }[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // name … emb sub uni object ID: the yes/no columns are the 5th-3rd from the end.
      const n = cols.length;
      return { name: cols[0]!, embedded: cols[n - 5] === 'yes', subset: cols[n - 4] === 'yes' };
    });
}

/** The text in reading order (`pdftotext`, no layout), pages separated by form feeds. */
export const pdfText = (file: string) => run('pdftotext', ['-enc', 'UTF-8', file, '-']);

export interface PdfLinkAnnot {
  uri?: string;
  /** For an internal link: the index (0-based) of the page it goes to, or -1 when it goes nowhere. */
  page?: number;
  /** The named destination of an internal link (Typst names them after the label). */
  name?: string;
}

type Obj = { value?: unknown };

/** Every link annotation, with its URI or the page its destination names (qpdf's JSON). */
export function pdfLinks(file: string): PdfLinkAnnot[] {
  const json = JSON.parse(run('qpdf', ['--json=2', '--json-key=qpdf', file])) as { qpdf: [unknown, Record<string, Obj>] };
  const objs = json.qpdf[1];
  const val = (ref: unknown): unknown => (typeof ref === 'string' && / 0 R$/.test(ref) ? objs[`obj:${ref}`]?.value : ref);
  const pages = Object.entries(objs)
    .filter(([, o]) => (o.value as Record<string, unknown> | undefined)?.['/Type'] === '/Page')
    .map(([k]) => k.slice(4));
  // Page order from the page tree, not object numbers.
  const catalog = Object.values(objs).find((o) => (o.value as Record<string, unknown> | undefined)?.['/Type'] === '/Catalog')!.value as Record<string, unknown>;
  const order: string[] = [];
  const walk = (ref: unknown) => {
    const node = val(ref) as Record<string, unknown>;
    if (node['/Type'] === '/Page') order.push(ref as string);
    else for (const kid of node['/Kids'] as unknown[]) walk(kid);
  };
  walk(catalog['/Pages']);
  if (order.length !== pages.length) throw new Error('page tree and page objects disagree');
  // Named destinations: the catalog's /Names /Dests name tree (name, destination, … pairs).
  const named = new Map<string, unknown>();
  const walkNames = (ref: unknown) => {
    const node = val(ref) as Record<string, unknown> | undefined;
    if (!node) return;
    const pairs = (node['/Names'] as unknown[] | undefined) ?? [];
    for (let i = 0; i + 1 < pairs.length; i += 2) named.set(String(pairs[i]).replace(/^u:/, ''), val(pairs[i + 1]));
    for (const kid of (node['/Kids'] as unknown[] | undefined) ?? []) walkNames(kid);
  };
  walkNames((val(catalog['/Names']) as Record<string, unknown> | undefined)?.['/Dests']);
  return Object.values(objs)
    .map((o) => o.value as Record<string, unknown> | undefined)
    .filter((v): v is Record<string, unknown> => v?.['/Subtype'] === '/Link')
    .map((v) => {
      const action = val(v['/A']) as Record<string, unknown> | undefined;
      if (action?.['/S'] === '/URI') return { uri: String(action['/URI']).replace(/^u:/, '') };
      const raw = val(v['/Dest'] ?? action?.['/D']);
      const name = typeof raw === 'string' ? raw.replace(/^u:/, '') : undefined;
      const dest = name !== undefined ? named.get(name) : raw;
      return { page: Array.isArray(dest) ? order.indexOf(dest[0] as string) : -1, ...(name !== undefined ? { name } : {}) };
    });
}

/** The outline (bookmarks): every entry's title, depth first. */
export function pdfOutline(file: string): string[] {
  const json = JSON.parse(run('qpdf', ['--json=2', '--json-key=qpdf', file])) as { qpdf: [unknown, Record<string, Obj>] };
  const objs = json.qpdf[1];
  const val = (ref: unknown) => (typeof ref === 'string' ? (objs[`obj:${ref}`]?.value as Record<string, unknown> | undefined) : undefined);
  const catalog = Object.values(objs).find((o) => (o.value as Record<string, unknown> | undefined)?.['/Type'] === '/Catalog')!.value as Record<string, unknown>;
  const titles: string[] = [];
  const walk = (ref: unknown) => {
    for (let node = val(ref); node; node = val(node['/Next'])) {
      titles.push(String(node['/Title']).replace(/^u:/, ''));
      if (node['/First']) walk(node['/First']);
    }
  };
  walk(val(catalog['/Outlines'])?.['/First']);
  return titles;
}
