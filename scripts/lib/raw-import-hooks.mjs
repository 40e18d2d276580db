/** The hooks registered by raw-import.mjs: `x.csl?raw` resolves like `x.csl` and loads as `export default "<its text>"`. */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const RAW = '?raw';

export async function resolve(specifier, context, next) {
  if (!specifier.endsWith(RAW)) return next(specifier, context);
  const file = await next(specifier.slice(0, -RAW.length), context);
  return { url: `${file.url}${RAW}`, format: 'module', shortCircuit: true };
}

export async function load(url, context, next) {
  if (!url.endsWith(RAW)) return next(url, context);
  const text = fs.readFileSync(fileURLToPath(url.slice(0, -RAW.length)), 'utf8');
  return { format: 'module', source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
}
