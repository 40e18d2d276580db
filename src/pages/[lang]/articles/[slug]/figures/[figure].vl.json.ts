/** /{lang}/articles/{slug}/figures/{id}.vl.json — the Vega-Lite spec, localized, data inline. */
import { figureFileGET, figureFilePaths } from '../../../../../data/figure-files.ts';

export const getStaticPaths = figureFilePaths;
export const GET = figureFileGET('vl.json');
