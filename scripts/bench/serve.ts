/**
 * A static server for a built site, gzip-compressing text as a real host would, with the
 * security headers of public/_headers (so the page runs under the CSP that ships). The same
 * rules as tests/helpers/server.ts, which the benchmark cannot import: that helper requires
 * dist/ to exist, and the benchmark builds its own output.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff', '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** The `/*` header block of public/_headers. */
export function shippedHeaders(root: string): Record<string, string> {
  const file = path.join(root, 'public/_headers');
  const out: Record<string, string> = {};
  if (!fs.existsSync(file)) return out;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (m) out[m[1]!] = m[2]!.trim();
  }
  return out;
}

export interface Served { url: string; close: () => Promise<void> }

/** Serves `dir` on a free loopback port; text types are gzipped (level 6, as most hosts do). */
export async function serveSite(dir: string, root: string): Promise<Served> {
  const headers = shippedHeaders(root);
  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    let file = path.join(dir, decodeURIComponent(u.pathname));
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!fs.existsSync(file)) { status = 404; file = path.join(dir, '404.html'); }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    let body: Buffer = fs.existsSync(file) ? fs.readFileSync(file) : Buffer.from('not found');
    const h: Record<string, string> = { ...headers, 'Content-Type': type, 'Cache-Control': 'no-cache' };
    if (/text|json|svg|xml|javascript/.test(type) && /gzip/.test(String(req.headers['accept-encoding']))) {
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
