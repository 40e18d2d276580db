/**
 * A static server for a built site on a free loopback port, with the security headers of
 * public/_headers (so pages run under the CSP that ships) and, optionally, gzip for text as a
 * real host would. Used by the browser tests and by the benchmark.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { LANG_PATTERN } from '../../src/i18n/locales.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff', '.xml': 'application/xml; charset=utf-8', '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.wasm': 'application/wasm',
  '.bib': 'application/x-bibtex; charset=utf-8', '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.enw': 'application/x-endnote-refer; charset=utf-8', '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pagefind': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json', '.atom': 'application/atom+xml; charset=utf-8',
};

/** Headers for every response, read from public/_headers (the `/*` block). */
export function shippedHeaders(root: string = projectRoot): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of fs.readFileSync(path.join(root, 'public/_headers'), 'utf8').split('\n')) {
    const m = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (m) out[m[1]!] = m[2]!.trim();
  }
  return out;
}

export interface Served { url: string; close: () => Promise<void> }

/** Serves `dir`; unknown paths get the language's 404 page (or the root one) with status 404. */
export async function serve(dir: string, opts: { gzip?: boolean; root?: string } = {}): Promise<Served> {
  const headers = shippedHeaders(opts.root);
  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    let file = path.join(dir, decodeURIComponent(u.pathname));
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!fs.existsSync(file)) {
      status = 404;
      const lang = new RegExp(`^/(${LANG_PATTERN})/`).exec(u.pathname)?.[1];
      file = path.join(dir, lang ? `${lang}/404.html` : '404.html');
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    let body: Buffer = fs.existsSync(file) ? fs.readFileSync(file) : Buffer.from('not found');
    const h: Record<string, string> = { ...headers, 'Content-Type': type, 'Cache-Control': 'no-cache' };
    if (opts.gzip && /text|json|svg|xml|javascript/.test(type) && /gzip/.test(String(req.headers['accept-encoding']))) {
      body = zlib.gzipSync(body);
      h['Content-Encoding'] = 'gzip';
    }
    h['Content-Length'] = String(body.length);
    res.writeHead(status, h).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
