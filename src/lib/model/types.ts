import type { Lang } from '../../i18n/locales.ts';
import type { ArticleMeta } from '../../schemas/article.ts';
import type { EditionFrontmatter } from '../../schemas/edition.ts';
import type { Issue } from '../../schemas/issue.ts';
import type { Journal } from '../../schemas/journal.ts';

/** One language edition as the model knows it (front matter plus whether it has a body). */
export interface Edition extends EditionFrontmatter {
  lang: Lang;
  /** False when the file holds only metadata and the body must come from the original. */
  hasBody: boolean;
}

export interface IssueRecord extends Issue {
  slug: string;
}

/**
 * Everything known about one article: the validated metadata, the journal and issue it
 * belongs to, and its language editions. Pages, head tags and every exporter read this.
 */
export interface ArticleRecord {
  slug: string;
  meta: ArticleMeta;
  journal: Journal;
  issue: IssueRecord;
  editions: Partial<Record<Lang, Edition>>;
}
