/**
 * `npm run new-article -- <slug> [--issue <issue-slug>]`: creates content/articles/<slug>/
 * with article.yaml and the three language files, each field commented, so that the new
 * folder validates at once and an editor only fills in the blanks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '../src/lib/content/paths.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { parseYamlSource, validateYaml } from '../src/lib/content/yaml-source.ts';
import { journalSchema } from '../src/schemas/journal.ts';
import { scaffoldArticle } from '../src/lib/content/scaffold.ts';

const args = process.argv.slice(2);
const slug = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--issue');
const issueArg = args.includes('--issue') ? args[args.indexOf('--issue') + 1] : undefined;
const dir = contentDir();

if (!slug || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
  console.error('usage: npm run new-article -- <slug> [--issue <issue>]\n  slug: lower-case letters, digits and single hyphens, e.g. media-trust-2023');
  process.exit(2);
}
const target = path.join(dir, 'articles', slug);
if (fs.existsSync(target)) {
  console.error(`${path.relative(process.cwd(), target)} already exists`);
  process.exit(1);
}
const issues = fs.existsSync(path.join(dir, 'issues')) ? fs.readdirSync(path.join(dir, 'issues')).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5)).sort() : [];
const issue = issueArg ?? issues.at(-1);
if (!issue || !issues.includes(issue)) {
  console.error(issue ? `unknown issue "${issue}"; expected one of: ${issues.join(', ')}` : 'no issue to put the article in: create content/issues/<slug>.yaml first, or pass --issue');
  process.exit(1);
}
// The DOI prefix comes from the validated journal, like everything else that reads journal.yaml.
const journalFile = path.join(dir, 'journal.yaml');
const parsed = parseYamlSource(path.relative(process.cwd(), journalFile), fs.readFileSync(journalFile, 'utf8'));
const journal = parsed.source ? validateYaml(parsed.source, journalSchema) : { problems: parsed.problems };
if (!('data' in journal) || !journal.data) {
  for (const p of journal.problems) console.error(formatProblem(p));
  process.exit(1);
}
const prefix = journal.data.doiPrefix;
fs.mkdirSync(target, { recursive: true });
for (const [name, text] of Object.entries(scaffoldArticle({ slug, issue, doiPrefix: prefix }))) fs.writeFileSync(path.join(target, name), text);
console.log(`created ${path.relative(process.cwd(), target)}/ (article.yaml, en.mdx, kk.mdx, ru.mdx). Fill in the fields marked TODO, then run npm run check-content.`);
