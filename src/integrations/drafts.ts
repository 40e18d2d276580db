/**
 * Drafts (`draft: true` in article.yaml) are shown by `npm run dev` and never published.
 * Whether this is the dev server is Astro's `command`, not NODE_ENV (test runners set
 * NODE_ENV=test, which would make `import.meta.env.PROD` false in a real build), so the
 * decision is compiled in as `__JOURNAL_SHOW_DRAFTS__`.
 */
import type { AstroIntegration } from 'astro';

export default function drafts(): AstroIntegration {
  return {
    name: 'journal-drafts',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { __JOURNAL_SHOW_DRAFTS__: JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
