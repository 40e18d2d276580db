/**
 * What the build's publication pass made before Astro ran (scripts/lib/publication-pass.ts):
 * each article's PDFs and JATS file, already in the cache. scripts/build.ts names the manifest
 * in JOURNAL_PUBLICATION_MANIFEST; the pages, the PDF and JATS routes then read these files
 * instead of parsing every edition again. Without a manifest (the dev server, a bare
 * `astro build`) everything is made on request, as before.
 */
import fs from 'node:fs';
import type { Lang } from '../i18n/locales.ts';

/** One article's files: the PDF of each edition with a body, and the JATS file (null: none, e.g. no ISSN). */
export interface PublishedFiles {
  pdf: Partial<Record<Lang, string>>;
  jats: string | null;
}

export type PublicationManifest = Record<string, PublishedFiles>;

let manifest: { file: string; entries: PublicationManifest } | undefined;

/** The pass's files for `slug`, or undefined when no manifest names them. */
export function publishedFiles(slug: string): PublishedFiles | undefined {
  const file = process.env.JOURNAL_PUBLICATION_MANIFEST;
  if (!file) return undefined;
  if (manifest?.file !== file) manifest = { file, entries: JSON.parse(fs.readFileSync(file, 'utf8')) as PublicationManifest };
  return Object.hasOwn(manifest.entries, slug) ? manifest.entries[slug] : undefined;
}
