// The static server for the tests and the benchmark, on 127.0.0.1 only:
// serves a directory as a static host would, with precompressed .br/.gz
// files when the browser accepts them and, with --headers, the response
// headers of scripts/build/headers.mjs (the rules the generated `_headers`
// and `nginx.conf` carry), so the tests run under the real CSP.
//
//   node scripts/static-server.mjs <dir> <port> [--headers] [--base /sub/path/]
//
// (npm `serve` cannot attach headers to a directory's index page, and
// http-server cannot attach headers per path at all.)
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { headerRules } from './build/headers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/** `onRequest(path)`, if given, hears of every request (the tests count
 *  what a visit downloads). */
export function startServer({ dir, port, headers = false, base = '/', onRequest }) {
  const root = normalize(dir);
  const rules = headers ? headerRules(root) : [];
  const headersFor = (relative) => {
    const out = {};
    for (const rule of rules) {
      if (rule.path === '*' || rule.path === relative) Object.assign(out, rule.headers);
    }
    return out;
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    onRequest?.(path);
    if (!path.startsWith(base)) return notFound(response);
    let relative = path.slice(base.length);
    const file = normalize(join(root, relative));
    if (!file.startsWith(root) || relative.split('/').includes('..')) return notFound(response);
    let target = file;
    if (existsSync(target) && statSync(target).isDirectory()) {
      target = join(target, 'index.html');
    } else {
      relative = relative.replace(/\/$/, '');
    }
    if (!existsSync(target) || !statSync(target).isFile()) return notFound(response);

    const accepts = request.headers['accept-encoding'] || '';
    let body = target;
    const extra = { 'Content-Type': TYPES[extname(target)] || 'application/octet-stream', Vary: 'Accept-Encoding' };
    for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
      if (accepts.includes(encoding) && existsSync(target + suffix)) {
        body = target + suffix;
        extra['Content-Encoding'] = encoding;
        break;
      }
    }
    response.writeHead(200, { ...extra, 'Content-Length': statSync(body).size, ...headersFor(relative) });
    if (request.method === 'HEAD') return response.end();
    createReadStream(body).pipe(response);
  });
  server.listen(port, '127.0.0.1');
  return server;
}

function notFound(response) {
  response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end('not found');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, port] = process.argv.slice(2);
  const flag = (name) => process.argv.indexOf(name);
  startServer({
    dir,
    port: Number(port),
    headers: flag('--headers') > 0,
    base: flag('--base') > 0 ? process.argv[flag('--base') + 1] : '/',
  });
  console.log(`serving ${dir} on http://127.0.0.1:${port}`);
}
