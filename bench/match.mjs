// Matching benchmark: scoring every mentee-mentor pair, building the
// solver's matrix (capacities as columns, the tie-break) and the optimal
// assignment on it for 50, 200 and 1,000 mentees (capacity 1 and 2) in headless
// Chromium (the release build of `bench/match/index.html`), side by side
// in the same run with SciPy's linear_sum_assignment solving the very
// same weight matrices (written natively by `src/bin/match_matrices.rs`
// from the same cohorts and code; solved by `bench/scipy/lsa.py` in the
// venv `make bench` installs from PyPI).
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch } from '../e2e/helpers.mjs';
import { serve } from '../scripts/static-server.mjs';

export async function measureMatch({ root }) {
  const dir = path.join(root, 'bench/out/match');
  execFileSync('cargo', ['run', '--quiet', '--release', '--bin', 'match_matrices', '--', dir], { cwd: root, stdio: 'inherit' });
  const py = path.join(root, 'bench/scipy/.venv/bin/python');
  const scipy = JSON.parse(execFileSync(py, [path.join(root, 'bench/scipy/lsa.py'), dir], { cwd: root }).toString());

  const server = await serve(path.join(root, 'bench/out/match-page'));
  const browser = await launch();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/`);
    await page.waitForSelector('html[data-bench="done"]', { timeout: 600_000 });
    const wasm = JSON.parse(await page.locator('#result').innerText());
    if (!wasm.ok) throw new Error('the matching benchmark page reported a failure');
    await page.close();
    return {
      first: await firstAssignment(browser, server.url),
      circles: wasm.circles,
      scipy_version: scipy.scipy,
      cases: wasm.cases.map((c) => {
        const s = scipy.cases.find((x) => x.n === c.n && x.capacity === c.capacity);
        return { ...c, scipy_ms: s.scipy_ms, same_optimum: s.same_optimum, ratio: c.assign_ms / s.scipy_ms };
      }),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** A facilitator's first assignment of 1,000 mentees on a page just opened,
 *  cold and primed as the wizard primes it (median of 5 fresh pages each,
 *  alternating): the browser first runs the solver from a quick baseline
 *  compile, and swaps in its optimised code only between calls. */
async function firstAssignment(browser, url) {
  const runs = { cold: [], primed: [] };
  for (let r = 0; r < 5; r++) {
    for (const kind of ['cold', 'primed']) {
      const page = await (await browser.newContext()).newPage();
      await page.goto(`${url}/#first-${kind}`);
      await page.waitForSelector('html[data-bench="done"]', { timeout: 600_000 });
      const res = JSON.parse(await page.locator('#result').innerText());
      if (!res.ok) throw new Error('the first-assignment benchmark reported a failure');
      runs[kind].push(res.assign_ms + res.prime_ms);
      await page.close();
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { n: 1000, cold_ms: median(runs.cold), primed_ms: median(runs.primed) };
}
