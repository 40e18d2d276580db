import path from 'node:path';

/**
 * Where the content tree is. The real journal lives in `content/`; tests build fixture trees by
 * pointing JOURNAL_CONTENT_DIR elsewhere (tests/fixtures/...), so fixtures are never published.
 */
export function contentDir(root: string = process.cwd()): string {
  return path.resolve(root, process.env.JOURNAL_CONTENT_DIR ?? 'content');
}
