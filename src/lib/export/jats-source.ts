/**
 * Reads what the JATS file is made from besides the record: each edition's MDX body, parsed by
 * the project's own parser (`parseMdx`), and the article's figure files. Kept apart from the
 * pure exporter so tests can hand it any tree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LANGS } from '../../i18n/locales.ts';
import { parseMdx } from '../content/mdx-source.ts';
import { linkMarkers, markerContext } from '../markdown/xref-links.ts';
import { ContentError } from '../content/problems.ts';
import { listFigures, loadFigure } from '../figures/load.ts';
import { articleDir } from '../figures/routes.ts';
import type { ArticleRecord } from '../model/types.ts';
import type { JatsInput } from './jats-view.ts';

/** Parsed bodies of the editions that have one, and the figure files, of the article in `dir`. */
export function jatsInput(rec: ArticleRecord, dir: string = articleDir(rec.slug)): JatsInput {
  const bodies: JatsInput['bodies'] = {};
  for (const lang of LANGS) {
    if (!rec.editions[lang]?.hasBody) continue;
    const abs = path.join(dir, `${lang}.mdx`);
    const file = path.relative(process.cwd(), abs) || abs;
    const text = fs.readFileSync(abs, 'utf8');
    const { source, problems } = parseMdx(file, text);
    const error = problems.find((p) => p.severity === 'error');
    if (error || !source.tree) throw new ContentError(error ?? { file, message: 'the body could not be parsed' });
    // Citations by key and cross-references become the same links the page has (xref-links.ts).
    linkMarkers(source.tree, markerContext(rec.meta.references.map((r) => r.id), text, lang, source.tree), (message, place) => {
      throw new ContentError({ file, line: place ? place.line + source.bodyLine - 1 : undefined, message });
    });
    bodies[lang] = { tree: source.tree, file, lineOffset: source.bodyLine };
  }
  const figures = Object.fromEntries(listFigures(dir).map((id) => [id, loadFigure(dir, id).figure]));
  return { bodies, figures };
}
