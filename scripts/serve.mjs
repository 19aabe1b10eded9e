// `make serve`: every page (index.html, workshop.html, join.html,
// data.html) built in debug into target/serve/ and served at
// http://127.0.0.1:8080, rebuilt when a source changes. `trunk serve`
// builds one page only, and its fallback answers the others with the
// leader's page, which can only say "Opening…"; this serves them all.
// Reload the browser after "rebuilt"; an open page also offers the new
// build ("A new version of Wayfinder is ready").
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(root, 'target/serve');
// Each build is made here and replaces DIST only when it succeeded.
const NEXT = path.join(root, 'target/serve-next');
const PORT = Number(process.env.PORT ?? 8080);
// The entry pages are the HTML files at the root (the ones build-pages.sh
// builds); a change to any of them, or to the sources, rebuilds.
const PAGES = fs.readdirSync(root).filter((f) => f.endsWith('.html')).sort();
const WATCHED = ['src', 'style', 'static', 'Cargo.toml', ...PAGES];

let building = false;
let again = false;

/** Builds every page and, if that worked, serves the new build; resolves
 *  to whether it did. */
function build() {
  return new Promise((resolve) => {
    const child = spawn(path.join(root, 'scripts/build-pages.sh'), [NEXT], { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) => {
      if (code === 0) {
        fs.rmSync(DIST, { recursive: true, force: true });
        fs.renameSync(NEXT, DIST);
      }
      resolve(code === 0);
    });
  });
}

/** Builds now, or once more after the build under way. */
async function rebuild() {
  if (building) {
    again = true;
    return;
  }
  building = true;
  do {
    again = false;
    const started = Date.now();
    const ok = await build();
    const s = ((Date.now() - started) / 1000).toFixed(0);
    console.log(ok ? `serve: rebuilt in ${s} s; reload the page` : 'serve: the build failed (above); the last good build is still served');
  } while (again);
  building = false;
}

if (!(await build())) process.exit(1);
const server = await serve(DIST, { port: PORT });
console.log(`serve: every page at ${PAGES.map((p) => `${server.url}/${p === 'index.html' ? '' : p}`).join(', ')}`);

let timer;
for (const entry of WATCHED) {
  fs.watch(path.join(root, entry), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, 300);
  });
}
