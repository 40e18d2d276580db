/**
 * Sums a V8 CPU profile (`node --cpu-prof`) by where each function's code lives, so a build's
 * time reads as "citeproc 30%, vega 20%..." rather than thousands of frames.
 */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; hitCount?: number; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Frames that say nothing about who asked for the work: their time goes to the caller's bucket. */
const INHERIT = new Set(['(native)', 'Node built-ins', '(anonymous)']);

/** The bucket of one frame: a known package, our own folder, or V8's own entries. */
export function categorize(url: string, fn: string): string {
  if (!url) return fn === '(garbage collector)' || fn === '(idle)' || fn === '(program)' || fn === '(root)' ? fn : '(native)';
  const rules: [RegExp, string][] = [
    [/citeproc|@citation-js/, 'citeproc (cite panel, exports)'],
    [/\/vega|d3-|resvg|fontkit/, 'vega / resvg (figures)'],
    [/src\/lib\/figures/, 'src/lib/figures'],
    [/micromark|mdast|remark|rehype|hast|unified|@mdx-js|estree|acorn|vfile/, 'markdown / MDX'],
    [/src\/lib\/(markdown|content)/, 'src/lib/markdown, content'],
    [/pagefind|src\/lib\/search|src\/integrations/, 'search records (JS side)'],
    [/\/zod\//, 'zod'],
    [/rollup|rolldown|esbuild|\/vite\/|lightningcss|postcss/, 'bundling (Vite)'],
    [/astro\/dist\/(runtime|core\/render)/, 'Astro page rendering'],
    [/astro\/dist\/content|astro\/dist\/core\/sync/, 'Astro content layer'],
    [/astro\//, 'Astro (other)'],
    [/\/\.astro\/|\/dist\/.*chunks|\.prerender|pages\/|components\//, 'our pages and components'],
    [/src\//, 'src (other)'],
    [/^node:/, 'Node built-ins'],
  ];
  for (const [re, name] of rules) if (re.test(url)) return name;
  return 'other packages';
}

/**
 * Self time per category in milliseconds, largest first. Native code and Node built-ins (JSON,
 * fs, regexps) are charged to the nearest caller with a bucket of its own.
 */
export function summarize(p: CpuProfile, cat: (url: string, fn: string) => string): { category: string; ms: number }[] {
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const own = new Map(p.nodes.map((n) => [n.id, cat(n.callFrame.url, n.callFrame.functionName)]));
  const byId = new Map<number, string>();
  const resolve = (id: number): string => {
    const known = byId.get(id);
    if (known) return known;
    let c = own.get(id)!;
    const up = parent.get(id);
    if (INHERIT.has(c) && up !== undefined && own.get(up) !== '(root)') c = resolve(up);
    byId.set(id, c);
    return c;
  };
  for (const n of p.nodes) resolve(n.id);
  const sums = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const c = byId.get(id) ?? '(unknown)';
    sums.set(c, (sums.get(c) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  });
  return [...sums].map(([category, ms]) => ({ category, ms })).sort((a, b) => b.ms - a.ms);
}
