/** /{lang}/articles/{slug}/figures/{id}.dataflow.json — what the interactive chart runs: Vega's parsed dataflow and the font widths the static chart was laid out with. */
import { figureFileGET, figureFilePaths } from '../../../../../data/figure-files.ts';

export const getStaticPaths = figureFilePaths;
export const GET = figureFileGET('dataflow.json');
