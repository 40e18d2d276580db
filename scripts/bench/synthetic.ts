/**
 * Synthetic journals for the benchmark: N copies of one real article in a temporary content
 * tree, so build time can be measured at the sizes a journal reaches. Each copy gets its own
 * slug, DOI and title, and its figures differ in their provenance note and their data (the
 * first number of each data file moves by a deterministic amount), so no cache keyed by content
 * can share work between copies: a clean build renders every figure of every copy, as a real
 * journal of N different articles would.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface SyntheticJournal {
  /** The content tree (journal.yaml, issues/, glossary, articles/). */
  dir: string;
  slugs: string[];
}

/** The slug of copy `i` (1-based): sorted the same way as numbers. */
export const copySlug = (base: string, i: number) => `${base}-${String(i).padStart(4, '0')}`;

/**
 * Writes a content tree of `count` copies of `articleSlug` from `source` into a new temporary
 * folder and returns it. `distinctFigures: false` keeps the figure files byte-identical, so the
 * cache renders each figure once for the whole journal (the optimistic case).
 */
export function makeSyntheticJournal(source: string, articleSlug: string, count: number, opts: { distinctFigures?: boolean } = {}): SyntheticJournal {
  const distinct = opts.distinctFigures ?? true;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-journal-${count}-`));
  for (const entry of fs.readdirSync(source)) {
    if (entry === 'articles') continue;
    fs.cpSync(path.join(source, entry), path.join(dir, entry), { recursive: true });
  }
  const from = path.join(source, 'articles', articleSlug);
  const slugs: string[] = [];
  for (let i = 1; i <= count; i++) {
    const slug = copySlug(articleSlug, i);
    const to = path.join(dir, 'articles', slug);
    fs.cpSync(from, to, { recursive: true });
    rewriteCopy(to, i, distinct);
    slugs.push(slug);
  }
  return { dir, slugs };
}

/** Makes copy `i` a different article: DOI, edition titles and (optionally) figure sources. */
function rewriteCopy(dir: string, i: number, distinctFigures: boolean): void {
  const meta = path.join(dir, 'article.yaml');
  const yaml = fs.readFileSync(meta, 'utf8');
  const doi = /^doi:\s*"?([^"\n]+)"?\s*$/m;
  if (!doi.test(yaml)) throw new Error(`${meta}: no top-level doi line to rewrite`);
  fs.writeFileSync(meta, yaml.replace(doi, (_, d: string) => `doi: "${d.trim()}-bench${i}"`));

  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
    const p = path.join(dir, file);
    const text = fs.readFileSync(p, 'utf8');
    // The first `title:` line of the front matter; quoted or not.
    const title = /^title:\s*(.+)$/m;
    fs.writeFileSync(p, text.replace(title, (_, t: string) => {
      const bare = t.trim().replace(/^"(.*)"$/, '$1');
      return `title: ${JSON.stringify(`${bare} (${i})`)}`;
    }));
  }

  const figures = path.join(dir, 'figures');
  if (!distinctFigures || !fs.existsSync(figures)) return;
  perturbData(path.join(dir, 'data'), i);
  for (const file of fs.readdirSync(figures).filter((f) => f.endsWith('.json'))) {
    const p = path.join(figures, file);
    const fig = JSON.parse(fs.readFileSync(p, 'utf8')) as Record<string, unknown>;
    // A note that is not drawn: the picture stays the same, the content hash does not.
    fig.provenance = `${String(fig.provenance ?? '')} [benchmark copy ${i}]`.trim();
    fs.writeFileSync(p, `${JSON.stringify(fig, null, 2)}\n`);
  }
}

/** Adds `i mod 10` to the last numeric cell of the first data row of each CSV: different data, same shape. */
function perturbData(dataDir: string, i: number): void {
  if (!fs.existsSync(dataDir)) return;
  for (const file of fs.readdirSync(dataDir).filter((f) => f.endsWith('.csv'))) {
    const p = path.join(dataDir, file);
    const lines = fs.readFileSync(p, 'utf8').split('\n');
    for (let l = 1; l < lines.length; l++) {
      const cells = lines[l]!.split(',');
      const c = cells.findLastIndex((x) => /^-?\d+(\.\d+)?$/.test(x.trim()));
      if (c < 0) continue;
      const decimals = cells[c]!.split('.')[1]?.length ?? 0;
      cells[c] = (Number(cells[c]) + (i % 10)).toFixed(decimals);
      lines[l] = cells.join(',');
      break;
    }
    fs.writeFileSync(p, lines.join('\n'));
  }
}

/**
 * Edits one paragraph of one edition, as an editor fixing a typo would: appends a sentence to
 * the first body paragraph. Returns the file changed.
 */
export function editOneParagraph(articleDir: string, lang = 'en'): string {
  const p = path.join(articleDir, `${lang}.mdx`);
  const lines = fs.readFileSync(p, 'utf8').split('\n');
  // Skip the front matter, then find the first plain prose line.
  let i = lines[0] === '---' ? lines.indexOf('---', 1) + 1 : 0;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.trim() && !/^\s*([#<|>\-*{}!]|\d+\.|import |export |```)/.test(l)) break;
  }
  if (i >= lines.length) throw new Error(`${p}: no prose paragraph to edit`);
  // No digits: the parity check compares the numbers of the three editions.
  lines[i] = `${lines[i]} This sentence was added by the benchmark.`;
  fs.writeFileSync(p, lines.join('\n'));
  return p;
}
