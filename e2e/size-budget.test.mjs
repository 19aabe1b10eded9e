// The release build must stay small: wasm + js + css + html, brotli -q 11,
// within the budget of bench/sizes.mjs (300 kB for the main page; the goal
// for the finished app is 110 kB).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measureDist, BUDGET_BYTES } from '../bench/sizes.mjs';
import { DIST } from './helpers.mjs';

test(`release build is within the ${BUDGET_BYTES / 1000} kB brotli budget`, () => {
  const s = measureDist(DIST);
  assert.ok(s.wasm.raw > 0 && s.js.raw > 0 && s.html.raw > 0, 'dist/ lacks wasm, js or html');
  const line = (k) => `${k.padEnd(5)} raw ${s[k].raw}  gzip ${s[k].gzip}  brotli ${s[k].brotli}`;
  console.log(['wasm', 'js', 'css', 'html', 'total'].map(line).join('\n'));
  console.log(`size budget: ${(s.total.brotli / 1000).toFixed(1)} kB of ${BUDGET_BYTES / 1000} kB (brotli)`);
  assert.ok(s.total.brotli <= BUDGET_BYTES, `release total ${s.total.brotli} B brotli exceeds ${BUDGET_BYTES} B`);
});
