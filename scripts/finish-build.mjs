// Runs after `trunk build --release` (scripts/build-release.sh):
//  1. copies static/ (manifest, icons) into dist/;
//  2. writes dist/sw.js with the list of every built file (no hand-kept list);
//  3. adds to every page (index.html, workshop.html, join.html, data.html)
//     the script that forwards a route to its page (static/forward.js,
//     first in <head>), the manifest and icon links, the update banner and
//     the inlined service-worker registration;
//  4. adds to each page a Content-Security-Policy <meta> whose script-src
//     allows exactly the inline scripts of that page, by sha256 hash.
// Usage: node scripts/finish-build.mjs [dist]
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const staticDir = path.join(root, 'static');

fs.cpSync(path.join(staticDir, 'icons'), path.join(dist, 'icons'), { recursive: true });
fs.copyFileSync(path.join(staticDir, 'manifest.webmanifest'), path.join(dist, 'manifest.webmanifest'));

const pages = fs.readdirSync(dist).filter((f) => f.endsWith('.html')).sort();
if (!pages.includes('index.html')) throw new Error('dist/ has no index.html');
const head = [
  '<link rel="manifest" href="manifest.webmanifest">',
  '<link rel="icon" href="icons/icon-32.png" sizes="32x32" type="image/png">',
  '<link rel="icon" href="icons/icon.svg" type="image/svg+xml">',
  '<link rel="apple-touch-icon" href="icons/apple-touch-icon.png">',
].join('\n  ');
const banner = '<div id="update" class="update-banner" role="status" hidden>A new version of Wayfinder is ready. <button type="button" id="update-reload">Reload</button></div>';
const register = fs.readFileSync(path.join(staticDir, 'register-sw.js'), 'utf8');
const forward = fs
  .readFileSync(path.join(staticDir, 'forward.js'), 'utf8')
  .split('\n')
  .filter((line) => !line.startsWith('//'))
  .join('\n')
  .trim();
for (const page of pages) {
  const file = path.join(dist, page);
  let html = fs.readFileSync(file, 'utf8');
  if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error(`dist/${page} was already finished`);
  html = html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  <script>${forward}</script>`);
  html = html.replace('<link rel="icon" href="data:,">', head);
  html = html.replace('</body>', `${banner}\n<script>${register}</script>\n</body>`);
  fs.writeFileSync(file, html);
}

// The service worker: every file of the build, and a version from their hashes.
function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]);
}
const files = walk(dist)
  .map((f) => path.relative(dist, f).split(path.sep).join('/'))
  .filter((f) => f !== 'sw.js')
  .sort();
const version = crypto.createHash('sha256');
for (const f of files) version.update(f).update(fs.readFileSync(path.join(dist, f)));
const precache = ['./', ...files.filter((f) => f !== 'index.html').map((f) => `./${f}`)];
const sw = fs
  .readFileSync(path.join(staticDir, 'sw.js'), 'utf8')
  .replace("'__VERSION__'", JSON.stringify(version.digest('hex').slice(0, 16)))
  .replace('__PRECACHE__', JSON.stringify(precache));
fs.writeFileSync(path.join(dist, 'sw.js'), sw);

// The CSP of each page, with a hash for each of its inline scripts (Trunk's
// loader and ours).
let scripts = 0;
for (const page of pages) {
  const file = path.join(dist, page);
  let html = fs.readFileSync(file, 'utf8');
  const hashes = [...html.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${crypto.createHash('sha256').update(m[1]).digest('base64')}'`,
  );
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
  html = html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${csp}">`);
  fs.writeFileSync(file, html);
  scripts += hashes.length;
}
console.log(`finish-build: ${pages.length} pages, ${files.length} files precached, ${scripts} inline scripts hashed`);
