/**
 * The Typst side of the PDF: hostile content stays text, citation markers and internal links
 * become links only to targets that exist, the cache skips a second typesetting, and the
 * same input gives the same bytes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Paragraph, Text } from 'mdast';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMdx } from '../../src/lib/content/mdx-source.ts';
import { bodyTypst, text, type BodyContext } from '../../src/lib/pdf/body.ts';
import { compileCached, compileTypst, jobKey } from '../../src/lib/pdf/compile.ts';
import { join, label, str } from '../../src/lib/pdf/typst.ts';
import { pdfInfo, pdfLinks, pdfText } from '../helpers/pdf-tools.ts';
import { loadRecord } from '../helpers/article-record.ts';
import { articleHead } from '../../src/lib/head/article.ts';
import { pdfLangs, pdfPath } from '../../src/lib/pdf/paths.ts';
import { formatSize } from '../../src/lib/pdf/download.ts';
import { documentInfo, frontMatter, pdfFacts } from '../../src/lib/pdf/front.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { fixtureJournal, loadRecordFrom } from '../helpers/jats.ts';
import { CYRILLIC_ONLY, GROUP, withUnusualAuthors } from '../helpers/unusual-authors.ts';

/** The JSON-LD object of an article page's head tags. */
const jsonLdOf = (tags: { tag: string; content?: string }[]) => JSON.parse(tags.find((t) => t.tag === 'script')!.content!) as Record<string, unknown>;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-pdf-unit-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const PREAMBLE = '#set text(font: "Noto Serif", size: 10pt)\n#set page(paper: "a5")\n';
let n = 0;
/** Typesets `source` and returns the file (so poppler can read it). */
function typeset(source: string, files: Record<string, string> = {}): string {
  const file = path.join(tmp, `t${++n}.pdf`);
  fs.writeFileSync(file, compileTypst({ source: PREAMBLE + source, files, origin: 'test' }));
  return file;
}
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

const HOSTILE = [
  '# $x$ *bold* _em_ `code` <label> @ref \\ [a] /b/ = c - d + e ~ f',
  '#set page(paper: "a3") #pagebreak() #import "/etc/passwd"',
  '"quoted \\" backslash \\\\ end"',
  '= Heading? - list? + enum? / term: value',
  '])}) ; #{ panic("x") } ]',
  'Kazakh әғқңөұүһі ӘҒҚҢӨҰҮҺІ and Russian ёъ',
];

function ctx(targets: string[] = []): BodyContext {
  return {
    figureLabel: (k) => `Figure ${k}`,
    tableLabel: (k) => `Table ${k}`,
    figure: () => ({ file: 'f.svg', title: 'T', source: 'S', description: 'D' }),
    targets: new Set(targets),
    counters: { figure: 0, table: 0 },
  };
}

describe('Typst string literals', () => {
  it.each(HOSTILE)('keep hostile text as text: %s', (s) => {
    const file = typeset(`#${str(s)}`);
    expect(flat(pdfText(file))).toBe(flat(s));
    expect(pdfInfo(file).Pages).toBe('1');
    expect(pdfInfo(file)['Page size']).toMatch(/^419\.5\d* x 595\.2\d* pts/); // still A5: nothing was executed
  });

  it('escape control characters instead of passing them through', () => {
    expect(str('a\u0000b\u0007c')).toBe('"a\\u{0}b\\u{7}c"');
    expect(str('line\nnext')).toBe('"line\\nnext"');
  });

  it('refuse an id that cannot be a label', () => {
    expect(() => label('ok-id_1.2:x')).not.toThrow();
    expect(() => label('bad")<x>')).toThrow(/cannot be a PDF link target/);
    expect(join([])).toBe('[]');
  });
});

describe('the body in Typst', () => {
  it('turns hostile MDX into the same words, with no markup taking effect', () => {
    const mdx = '---\ntitle: x\n---\n\n## 1. Intro $x$ #set\n\nA *b* `#c` \\[d\\] <span>e</span> @f = g [h](https://example.org/?a="b") ~ i / j.\n\n- one #x\n- two $y$\n';
    const { source } = parseMdx('test.mdx', mdx);
    const body = bodyTypst(source.tree!, ctx(['sec-1']));
    const out = flat(pdfText(typeset(`#${body}`)));
    expect(out).toContain('1. Intro $x$ #set');
    expect(out).toContain('A b #c [d] e @f = g h ~ i / j.');
    expect(out).toContain('one #x');
    expect(out).toContain('two $y$');
  });

  it('links citation markers to references that exist, and leaves the rest as text', () => {
    const node: Text = { type: 'text', value: 'As [2] and [1, 3] say [9].' };
    const out = text(node, ctx(['ref-1', 'ref-2']));
    expect(out).toContain('link(label("ref-2"), "[2]")');
    expect(out).toContain('link(label("ref-1"), "[1, 3]")');
    expect(out).toContain('"[9]"');
    expect(out).not.toContain('label("ref-9")');
  });

  it('makes internal links that land on the page of their target, and URL links', () => {
    const { source } = parseMdx('t.mdx', '---\nt: 1\n---\n\nSee [the method](#sec-2), [nowhere](#sec-9) and [a site](https://example.org/x).\n\n## 2. Method\n\nText.\n');
    const file = typeset(`#${bodyTypst(source.tree!, ctx(['sec-2']))}`);
    const links = pdfLinks(file);
    expect(links).toContainEqual({ uri: 'https://example.org/x' });
    expect(links.filter((l) => l.page !== undefined)).toEqual([{ page: 0, name: 'sec-2' }]);
    const p = source.tree!.children.find((c) => c.type === 'paragraph') as Paragraph;
    expect(p.children.length).toBeGreaterThan(1);
  });
});

describe('the compiler', () => {
  const job = { source: `${PREAMBLE}#"Cached ${Date.now()}"`, files: {}, origin: 'test' };

  it('gives the same bytes for the same input (reproducible builds)', () => {
    expect(compileTypst(job).equals(compileTypst(job))).toBe(true);
  });

  it('typesets once per content hash: the second request comes from the disk cache', () => {
    process.env.PDF_CACHE_DIR = path.join(tmp, 'cache');
    try {
      const first = compileCached(job);
      const second = compileCached(job);
      expect(first.cached).toBe(false);
      expect(second.cached).toBe(true);
      expect(second.pdf.equals(first.pdf)).toBe(true);
      expect(jobKey({ ...job, files: { 'a.svg': '<svg/>' } })).not.toBe(jobKey(job));
    } finally {
      delete process.env.PDF_CACHE_DIR;
    }
  });

  it('reports a Typst error with the content file it came from', () => {
    expect(() => compileTypst({ source: '#image("missing.svg")', files: {}, origin: 'content/x/en.mdx' })).toThrow(/content\/x\/en\.mdx: the PDF could not be typeset: .*not found/);
  });
});

describe('where the PDF shows', () => {
  const pdfUrl = (tags: ReturnType<typeof articleHead>) => tags.filter((t) => t.attrs.name === 'citation_pdf_url').map((t) => t.attrs.content);

  it('is named in the head and JSON-LD of every edition with a body', () => {
    const rec = loadRecord();
    expect(pdfLangs(rec)).toEqual(['en', 'kk', 'ru']);
    for (const lang of pdfLangs(rec)) {
      const url = `${rec.journal.siteUrl}/${lang}/articles/${rec.slug}/article.pdf`;
      expect(pdfUrl(articleHead(rec, lang))).toEqual([url]);
      expect(jsonLdOf(articleHead(rec, lang)).encoding).toMatchObject({ '@type': 'MediaObject', encodingFormat: 'application/pdf', contentUrl: url, inLanguage: lang });
    }
  });

  it('is not claimed by a fallback edition (front matter only, or no file)', () => {
    const rec = loadRecord();
    rec.editions.kk!.hasBody = false;
    delete rec.editions.ru;
    expect(pdfLangs(rec)).toEqual(['en']);
    for (const lang of ['kk', 'ru'] as const) {
      expect(pdfPath(rec, lang)).toBeNull();
      expect(pdfUrl(articleHead(rec, lang))).toEqual([]);
      expect(jsonLdOf(articleHead(rec, lang)).encoding).toBeUndefined();
    }
  });

  it('gives sizes in each language\'s own unit and number format', () => {
    expect(formatSize(184_253, 'en')).toBe('184 kB');
    expect(formatSize(1_234_400, 'ru')).toMatch(/^1\s234\sкБ$/);
  });
});

describe('the byline of a group author and of a name in one script only (test content)', () => {
  const slug = 'fixture-two-affiliations';
  const rec = withUnusualAuthors(loadRecordFrom(fixtureJournal, slug));

  it.each(['en', 'kk', 'ru'] as const)('prints the group by its name and the Cyrillic-only name as written (%s)', (lang) => {
    const t = useTranslations(lang);
    const facts = pdfFacts(rec, lang, t);
    const group = lang === 'en' ? GROUP.latin : GROUP.ru;
    const person = `${CYRILLIC_ONLY.initials} ${CYRILLIC_ONLY.family}`;
    expect(facts.authors.slice(0, 2).map((a) => a.name)).toEqual([group, person]);
    expect(facts.authors.slice(0, 2).map((a) => a.affiliations)).toEqual([[1], [2]]);
    const file = typeset(`#{\n${frontMatter(facts, t)}\n}`);
    const shown = flat(pdfText(file));
    expect(shown).toContain(group);
    expect(shown).toContain(person);
    expect(documentInfo(facts, t)).toContain(str(group));
  });
});
