/** /{lang}/articles/{slug}/figures/{id}.png — the chart at 2× with its fonts embedded. */
import { figureFileGET, figureFilePaths } from '../../../../../data/figure-files.ts';

export const getStaticPaths = figureFilePaths;
export const GET = figureFileGET('png');
