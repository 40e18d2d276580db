/**
 * The figures' part of the content check (`npm run check-content`, and the build's first
 * step): every figure file is loaded, cross-checked against its data and compiled in every
 * language, so bad figures are reported with the other content problems, before Astro runs.
 */
import { LANGS } from '../../i18n/locales.ts';
import { ContentError, type Problem } from '../content/problems.ts';
import type { FigureCheck } from '../content/validate.ts';
import { loadFigure } from './load.ts';
import { localizeSpec } from './localize.ts';
import { compileSpec } from './render.ts';

/** Problems of one figure, as located problems (the first error of each kind stops that figure). */
export const checkFigure: FigureCheck = (articleDir, figureId) => {
  try {
    const loaded = loadFigure(articleDir, figureId);
    for (const lang of LANGS) compileSpec(localizeSpec(loaded, lang), lang, loaded.file);
    return [];
  } catch (e) {
    if (e instanceof ContentError) return [{ severity: 'error', ...e.problem } satisfies Problem];
    throw e;
  }
};
