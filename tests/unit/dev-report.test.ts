import { describe, expect, it } from 'vitest';
import { langOfPath, overlayError, problemsPage } from '../../src/integrations/dev-report.ts';
import type { Problem } from '../../src/lib/content/problems.ts';

const problems: Problem[] = [
  { severity: 'error', file: 'content/articles/a/en.mdx', line: 12, field: 'sec-1', message: 'citation [4] has no reference <script>alert(1)</script>' },
  { severity: 'error', file: 'content/articles/a/article.yaml', message: 'file is missing' },
];

describe('the live preview problems page', () => {
  it('lists every problem with file and line, escaping text from content', () => {
    const html = problemsPage(problems, 'en');
    expect(html).toContain('content/articles/a/en.mdx:12 [sec-1]: citation [4] has no reference &#60;script&#62;');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('content/articles/a/article.yaml: file is missing');
  });

  it('speaks the language of the requested page and carries no inline script or style', () => {
    const kk = problemsPage(problems, langOfPath('/kk/articles/a/'));
    expect(kk).toContain('<html lang="kk">');
    expect(kk).toContain('Мазмұндағы қателер');
    expect(problemsPage(problems, langOfPath('/ru/'))).toContain('Ошибки в содержании');
    expect(langOfPath('/assets/x.css')).toBe('en');
    expect(kk).not.toMatch(/<style|style=|<script(?![^>]*\bsrc=)/);
  });

  it('gives the overlay every problem and the location of the first', () => {
    const { err } = overlayError(problems);
    expect(err.message.split('\n')).toHaveLength(2);
    expect(err.loc).toEqual({ file: 'content/articles/a/en.mdx', line: 12, column: 1 });
  });
});
