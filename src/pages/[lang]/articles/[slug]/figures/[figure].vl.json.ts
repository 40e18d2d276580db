
import { figureFileGET, figureFilePaths } from '../../../../../data/figure-files.ts';

export const getStaticPaths = figureFilePaths;
export const GET = figureFileGET('vl.json');
