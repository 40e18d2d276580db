/** /{lang}/articles/{slug}/figures/{id}.svg — the static chart, rendered at build time. */
import { figureFileGET, figureFilePaths } from '../../../../../data/figure-files.ts';

export const getStaticPaths = figureFilePaths;
export const GET = figureFileGET('svg');
