/** /{lang}/articles/{slug}/figures/{id}.csv — the data file, as CSV. */
import { figureFileGET, figureFilePaths } from '../../../../../data/figure-files.ts';

export const getStaticPaths = figureFilePaths;
export const GET = figureFileGET('csv');
