import fs from 'node:fs';
import path from 'node:path';

/**
 * Where the content tree is. The real journal lives in `content/`; tests build fixture trees by
 * pointing JOURNAL_CONTENT_DIR elsewhere (tests/fixtures/...), so fixtures are never published.
 */
export function contentDir(root: string = process.cwd()): string {
  return path.resolve(root, process.env.JOURNAL_CONTENT_DIR ?? 'content');
}

/** The slugs of the article folders of the content tree `dir`, sorted (real folders only: symlinked ones are reported by the content check). */
export function articleSlugs(dir: string = contentDir()): string[] {
  const articles = path.join(dir, 'articles');
  return fs.existsSync(articles) ? fs.readdirSync(articles, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
}
