// Each page of the release build must stay within its budget in
// bench/sizes.mjs: everything the page loads (html, js, wasm, css),
// brotli -q 11. A phone opening a workshop link loads only join.html's.
import { test } from 'node:test';
import fs from 'node:fs';
import assert from 'node:assert/strict';
import { measurePage, pageFiles, PAGES } from '../bench/sizes.mjs';
import { DIST } from './helpers.mjs';

for (const { page, name, budget, target } of PAGES) {
  test(`the ${name} page (${page}) is within its ${budget / 1000} kB brotli budget`, () => {
    const files = pageFiles(DIST, page);
    assert.ok(files.some((f) => f.endsWith('.wasm')) && files.some((f) => f.endsWith('.js')), `${page} loads no wasm or js`);
    const s = measurePage(DIST, page);
    const line = (k) => `${k.padEnd(5)} raw ${s[k].raw}  gzip ${s[k].gzip}  brotli ${s[k].brotli}`;
    console.log(`${page}:\n` + ['wasm', 'js', 'css', 'html', 'total'].map(line).join('\n'));
    const aim = target ? ` (aim: ${target / 1000} kB)` : '';
    console.log(`${name} page: ${(s.total.brotli / 1000).toFixed(1)} kB of ${budget / 1000} kB${aim}`);
    assert.ok(s.total.brotli <= budget, `${page}: ${s.total.brotli} B brotli exceeds ${budget} B`);
  });
}

test('every page of the build has a budget', () => {
  const built = fs.readdirSync(DIST).filter((f) => f.endsWith('.html')).sort();
  assert.deepEqual(built, PAGES.map(({ page }) => page).sort());
});

test('each page loads its own binary only', () => {
  const wasm = PAGES.map(({ page }) => pageFiles(DIST, page).filter((f) => f.endsWith('.wasm')));
  for (const w of wasm) assert.equal(w.length, 1);
  assert.equal(new Set(wasm.flat()).size, PAGES.length);
});
