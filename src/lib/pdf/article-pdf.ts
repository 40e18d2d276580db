/**
 * The PDF of one article edition, and where it lives. Only an edition with its own body gets
 * one: a fallback page (metadata only, or no edition at all) has no PDF of its own.
 */
import fs from 'node:fs';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import path from 'node:path';
import { useTranslations } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/locales.ts';
import { ContentError } from '../content/problems.ts';
import { jsxAttribute } from '../content/components.ts';
import { parseMdx } from '../content/mdx-source.ts';
import { linkMarkers, markerContext } from '../markdown/xref-links.ts';
import { figureAssets } from '../figures/assets.ts';
import { figureCaption } from '../figures/texts.ts';
import { articleDir } from '../figures/routes.ts';
import type { ArticleRecord } from '../model/types.ts';
import type { PdfFigure } from './body.ts';
import { compileCached, jobKey, type TypstJob } from './compile.ts';
import { articleTypst } from './document.ts';
import { pdfFacts } from './front.ts';
import { hasPdf } from './paths.ts';
import { publishedFiles } from '../publication.ts';

export { hasPdf, pdfLangs, pdfPath, PDF_FILE } from './paths.ts';

/** The Typst source and figure files of the edition (pure apart from reading content files). */
export async function pdfJob(rec: ArticleRecord, lang: Lang): Promise<TypstJob> {
  const dir = articleDir(rec.slug);
  const file = path.join(dir, `${lang}.mdx`);
  const origin = path.relative(process.cwd(), file);
  const text = fs.readFileSync(file, 'utf8');
  const { source, problems } = parseMdx(origin, text);
  if (!source.tree) throw new ContentError(problems[0] ?? { file: origin, message: 'MDX could not be parsed' });
  // Citations by key and cross-references become links, exactly as on the page.
  linkMarkers(source.tree, markerContext(rec.meta.references.map((r) => r.id), text, lang, source.tree), (message, place) => {
    throw new ContentError({ file: origin, line: place ? place.line + source.bodyLine - 1 : undefined, message });
  });
  const figures = new Map<string, { fig: PdfFigure; svg: string }>();
  for (const id of figureIds(source.tree)) {
    const a = await figureAssets(dir, id, lang);
    const { figure: f, fallback } = a.loaded;
    const c = figureCaption(f, lang, fallback); // figure texts may be given only in the article's languages
    figures.set(id, { svg: a.svg, fig: { file: `figures/${id}.svg`, title: c.title.text, source: c.source.text, description: c.description.text } });
  }
  const t = useTranslations(lang);
  const typ = articleTypst({ facts: pdfFacts(rec, lang, t), tree: source.tree, figure: (id) => figures.get(id)!.fig }, t);
  return { source: typ, files: Object.fromEntries([...figures.values()].map((f) => [f.fig.file, f.svg])), origin, standard: 'ua-1' };
}

/** Ids of the `<Figure>` elements of a body, in order. */
function figureIds(tree: Root): string[] {
  const ids: string[] = [];
  visit(tree, 'mdxJsxFlowElement', (n: MdxJsxFlowElement) => {
    const id = jsxAttribute(n, 'id');
    if (n.name === 'Figure' && typeof id === 'string') ids.push(id);
  });
  return ids;
}

/** The latest PDF of each edition in this process, with its content hash: an edited edition (npm run dev) is typeset anew. */
const memo = new Map<string, { key: string; pdf: Buffer }>();

/** The PDF bytes of the edition in `lang` (made by the build's publication pass, or cached on disk by content hash, and in memory). */
export async function articlePdf(rec: ArticleRecord, lang: Lang): Promise<Buffer> {
  if (!hasPdf(rec, lang)) throw new Error(`${rec.slug}/${lang}: a fallback edition has no PDF`);
  const made = publishedFiles(rec.slug)?.pdf[lang];
  if (made) return fs.readFileSync(made);
  const job = await pdfJob(rec, lang);
  const key = jobKey(job);
  const known = memo.get(`${rec.slug}/${lang}`);
  if (known?.key === key) return known.pdf;
  const { pdf } = compileCached(job);
  memo.set(`${rec.slug}/${lang}`, { key, pdf });
  return pdf;
}

/** The size in bytes of the edition's PDF (a file's size when the publication pass made it). */
export async function articlePdfSize(rec: ArticleRecord, lang: Lang): Promise<number> {
  const made = publishedFiles(rec.slug)?.pdf[lang];
  return made ? fs.statSync(made).size : (await articlePdf(rec, lang)).length;
}

/** The PDF's file in the cache, typeset now if needed (the publication pass's worker). */
export async function articlePdfFile(rec: ArticleRecord, lang: Lang): Promise<string> {
  return compileCached(await pdfJob(rec, lang)).file;
}
