// A tiny static server for the end-to-end tests, on 127.0.0.1 only.
//   /back-spasm-check/*  -> dist/*          (the built bundle, as a CDN would serve it)
//   /*                   -> e2e/hosts/*     (host pages that embed it)
// Every request it answers is recorded, so tests can assert that the widget
// asks for nothing but its own files. For fault tests a server can also
// change what it sends for a path (`fault`) and answer as a CDN on another
// origin would, with or without CORS headers per file (`cors`).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
export const BUNDLE_PREFIX = '/back-spasm-check/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts the server. Options:
 * - `dist`: folder of the built bundle (default `dist/`);
 * - `hosts`: folder of host pages (default `e2e/hosts/`);
 * - `routes`: extra `{ [path]: { body, type } }` answers (for generated pages).
 * Returns `{ url, origin, requests, heads, close(), fault(), cors }`:
 * - `requests` lists every path served, `heads` the same as
 *   `{ path, headers }` with the request's headers;
 * - `fault(path, change)`: from now on, `change(body)` decides the answer
 *   for `path`: `{ status, body, stall }` (any may be left out), e.g. a cut
 *   or altered file or a 404; with `stall: n` the headers and the first n
 *   bytes are sent and the answer never ends (a CDN that stalls);
 *   `fault(path, null)` ends it, `fault()` ends all;
 * - `cors`: a function of the path; where it returns true the answer
 *   carries `Access-Control-Allow-Origin: *` (default: never).
 */
export async function startServer(options = {}) {
  // BSC_DIST: another build to test (say, an older one, to see a test fail on it).
  const dist = resolve(options.dist ?? process.env.BSC_DIST ?? join(ROOT, 'dist'));
  const hosts = resolve(options.hosts ?? join(ROOT, 'e2e', 'hosts'));
  const routes = options.routes ?? {};
  const requests = [];
  const heads = [];
  const faults = new Map();
  const control = { cors: () => false };

  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    heads.push({ path, headers: req.headers });
    if (path === '/favicon.ico') {
      // Browsers ask for it on their own; answer "no content" quietly.
      res.writeHead(204).end();
      return;
    }
    if (routes[path]) {
      res.writeHead(200, { 'content-type': routes[path].type ?? TYPES['.html'], 'cache-control': 'no-store' });
      res.end(routes[path].body);
      return;
    }
    const [base, rest] = path.startsWith(BUNDLE_PREFIX)
      ? [dist, path.slice(BUNDLE_PREFIX.length)]
      : [hosts, path.slice(1)];
    const file = normalize(join(base, rest || 'index.html'));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...(control.cors(path) ? { 'access-control-allow-origin': '*' } : {}),
    };
    let answer;
    try {
      answer = { status: 200, body: await readFile(file) };
    } catch {
      answer = { status: 404, body: Buffer.from('not found') };
      headers['content-type'] = TYPES['.txt'];
    }
    const change = faults.get(path);
    if (change) answer = { ...answer, ...change(answer.body) };
    if (answer.stall !== undefined) {
      res.writeHead(answer.status, headers);
      res.write(answer.body.subarray(0, answer.stall));
      return;
    }
    res.writeHead(answer.status, headers).end(answer.body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    dist,
    url: (path) => new URL(path, origin).href,
    requests,
    heads,
    close: () =>
      new Promise((ok) => {
        server.close(ok);
        server.closeAllConnections();
      }),
    fault: (path, change) => (path === undefined ? faults.clear() : change ? faults.set(path, change) : faults.delete(path)),
    get cors() {
      return control.cors;
    },
    set cors(allow) {
      control.cors = allow;
    },
  };
}
