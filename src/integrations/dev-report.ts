/**
 * How the live preview (`npm run dev`) shows content problems: a page that lists them (every
 * page of the site answers with it while the content has errors) and the payload of Vite's
 * error overlay for pages already open. Pure functions, so both are unit-tested.
 */
import { LOCALES, isLang, type Lang } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/index.ts';
import { formatProblem, type Problem } from '../lib/content/problems.ts';

/** Text from content (messages quote it) is escaped before it goes into HTML. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The page language from a request path (`/kk/...` → kk); English otherwise. */
export function langOfPath(url: string): Lang {
  const first = url.split(/[/?#]/)[1] ?? '';
  return isLang(first) ? first : 'en';
}

/**
 * The problems page: every error, each as `file:line [field]: message`, in the page's language.
 * No inline script or style (the site's CSP); Vite's own client script reloads the page once
 * the content is fixed.
 */
export function problemsPage(problems: Problem[], lang: Lang): string {
  const t = useTranslations(lang);
  const items = problems.map((p) => `<li><code>${escapeHtml(formatProblem(p))}</code></li>`).join('\n');
  return `<!doctype html>
<html lang="${LOCALES[lang].tag}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t('dev.problems.title'))}</title>
<script type="module" src="/@vite/client"></script></head>
<body>
<main>
<h1>${escapeHtml(t('dev.problems.title'))}</h1>
<p>${escapeHtml(t('dev.problems.intro'))}</p>
<ol data-content-problems>
${items}
</ol>
</main>
</body>
</html>
`;
}

/** Vite's error payload for the overlay: every problem in the message, the first one located. */
export function overlayError(problems: Problem[]) {
  const first = problems[0];
  const t = useTranslations('en');
  return {
    type: 'error' as const,
    err: {
      name: 'ContentError',
      title: t('dev.problems.title'),
      message: problems.map(formatProblem).join('\n'),
      stack: '',
      id: first?.file,
      loc: first ? { file: first.file, line: first.line ?? 1, column: 1 } : undefined,
      hint: t('dev.problems.intro'),
    },
  };
}
