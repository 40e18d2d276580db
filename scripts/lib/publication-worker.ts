/**
 * One process of the publication pass (publication-pass.ts), run as `node --import tsx`: reads
 * `{ content, slugs }` as JSON on stdin and writes one JSON line per article with its files
 * (PublishedFiles, null for a draft). A failure ends the process with its message.
 */
import { publishArticle } from './publish-article.ts';

let input = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) input += chunk;
const { content, slugs } = JSON.parse(input) as { content: string; slugs: string[] };
for (const slug of slugs) process.stdout.write(`${JSON.stringify({ slug, files: await publishArticle(content, slug) })}\n`);
