/**
 * JATS 1.3 (Journal Publishing) XML for one article, built with xmlbuilder2 (it escapes
 * markup; `xmlText` from sanitize.ts, shared with Crossref, Atom and the sitemap, drops the
 * characters XML cannot hold and escapes `&`). The original edition is the `<article>`; every other edition with its own body is a `<sub-article
 * article-type="translation">` with its own front-stub and body (SciELO's practice); an edition
 * with front matter only adds `trans-title-group`, `trans-abstract` and a `kwd-group` to the
 * original's front. Ids are the page's (`sec-1-2`, `table-1`, `fig-…`, `ref-3`, `cite-3-1`);
 * inside a sub-article they end with the language (`sec-1-2-kk`), since ids are unique per file.
 */
import type { Root } from 'mdast';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { useTranslations } from '../../i18n/index.ts';
import type { ArticleRecord, Edition } from '../model/types.ts';
import { back } from './jats-back.ts';
import { body, bodyIds } from './jats-body.ts';
import { articleMeta, frontStub, journalMeta } from './jats-front.ts';
import { indent } from './jats-indent.ts';
import type { BodyContext } from './jats-inline.ts';
import { jatsView, type JatsInput, type JatsView } from './jats-view.ts';

const XLINK_NS = 'http://www.w3.org/1999/xlink';
const ALI_NS = 'http://www.niso.org/schemas/ali/1.0/';

/**
 * Why an article cannot have a JATS file, or null when it can. JATS Journal Publishing requires
 * the journal's ISSN (`journal-meta` needs an `issn`), and we never invent one.
 */
export function jatsUnavailable(rec: ArticleRecord): string | null {
  return rec.journal.issn.length ? null : 'the journal has no ISSN (content/journal.yaml `issn`), which JATS Journal Publishing requires';
}

function addBody(parent: XMLBuilder, v: JatsView, e: Edition, input: JatsInput, suffix: string): void {
  const src = input.bodies[e.lang];
  if (!src) return;
  const tree: Root = src.tree;
  const ctx: BodyContext = {
    v, lang: e.lang, suffix, file: src.file, lineOffset: src.lineOffset ?? 1, figures: input.figures,
    t: useTranslations(e.lang), ids: bodyIds(tree), counters: { figure: 0, table: 0 }, cites: new Map(),
  };
  body(parent, tree, ctx);
}

/** The JATS XML of one article and all its editions. Throws when `jatsUnavailable` says why not. */
export function jatsXml(rec: ArticleRecord, input: JatsInput): string {
  const why = jatsUnavailable(rec);
  if (why) throw new Error(`${rec.slug}: no JATS file: ${why}`);
  const v = jatsView(rec);
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const article = doc.ele('article', {
    'xmlns:xlink': XLINK_NS,
    'xmlns:ali': ALI_NS,
    'article-type': 'research-article',
    'dtd-version': '1.3',
    'xml:lang': v.original.lang,
  });
  const front = article.ele('front');
  journalMeta(front, v);
  articleMeta(front, v);
  addBody(article, v, v.original, input, '');
  back(article, v.meta.references, useTranslations(v.original.lang));
  for (const e of v.translations) {
    const sub = article.ele('sub-article', { 'article-type': 'translation', id: `translation-${e.lang}`, 'xml:lang': e.lang });
    frontStub(sub, v, e, `-${e.lang}`);
    addBody(sub, v, e, input, `-${e.lang}`);
  }
  indent(article.node as unknown as Element);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${doc.end({ headless: true })}\n`;
}
