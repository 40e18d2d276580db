/** `npm run check-content`: validate the whole content tree and report every problem at once. */
import { runContentCheck } from './lib/content-check.ts';
process.exit((await runContentCheck()) ? 0 : 1);
