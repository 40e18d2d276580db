import { contentDir } from '../../src/lib/content/paths.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { validateContentPrepared } from '../../src/lib/content/validate.ts';
import { checkFigure } from '../../src/lib/figures/check.ts';

/** Prints every problem of the content tree; true when there is no error. */
export async function runContentCheck(): Promise<boolean> {
  const dir = contentDir();
  const { errors, warnings } = await validateContentPrepared(dir, { checkFigure });
  for (const w of warnings) console.warn(formatProblem(w));
  for (const e of errors) console.error(formatProblem(e));
  if (errors.length) {
    console.error(`\n${errors.length} error(s) in ${dir}: fix them and build again.`);
    return false;
  }
  console.log(`content OK: ${dir}${warnings.length ? ` (${warnings.length} warning(s))` : ''}`);
  return true;
}
