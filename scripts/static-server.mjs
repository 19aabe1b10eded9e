// A tiny static file server for tests and benchmarks (no dependencies).
// Serves one folder on 127.0.0.1 with the right MIME types (wasm streaming
// compile needs application/wasm) and no caching. With `compress`, files
// are sent brotli-compressed to clients that accept it, as static hosts
// (GitHub Pages, Netlify, nginx with brotli/gzip) serve them.
import http from 'node:http';
import zlib from 'node:zlib';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/** Serves `root` on 127.0.0.1:`port` (0 = any free port). Resolves to
 *  { url, close }. */
export function serve(root, { port = 0, compress = false } = {}) {
  const base = path.resolve(root);
  const packed = new Map();
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = path.join(base, urlPath);
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const headers = {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      };
      if (compress && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        const key = `${file}:${data.length}`;
        if (!packed.has(key)) {
          packed.set(key, zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
        }
        headers['content-encoding'] = 'br';
        headers.vary = 'accept-encoding';
        data = packed.get(key);
      }
      res.writeHead(200, headers);
      res.end(data);
    });
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address();
      resolve({ url: `http://127.0.0.1:${p}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

// `node scripts/static-server.mjs dist 8080` serves from the command line.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  serve(dir, { port: Number(port) }).then(({ url }) => console.log(`serving ${dir} at ${url}`));
}
