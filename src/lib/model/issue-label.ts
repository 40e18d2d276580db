import type { TFunction } from '../../i18n/index.ts';
import type { Issue } from '../../schemas/issue.ts';

/** "No. 4 (141), 2022" in the page language. */
export function issueLabel(issue: Issue, t: TFunction): string {
  if (issue.volume) return t('issue.volumeTitle', { volume: issue.volume, number: issue.number, year: issue.year });
  if (issue.runningNumber) return t('issue.title', { number: issue.number, running: issue.runningNumber, year: issue.year });
  return t('issue.titleNoRunning', { number: issue.number, year: issue.year });
}
