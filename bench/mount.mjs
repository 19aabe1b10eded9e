// Time from navigation to "app mounted" (the `wayfinder-mounted`
// performance mark), over cold loads in headless Chromium: each load gets a
// fresh browser context, so nothing is cached. A page of the app (its
// address: `/#/` for the leader's, `/join.html#/join/<code>` for the
// participant's) and the vanilla-JS baseline (bench/baseline/) are loaded
// in turn in the same run, in a rotating order, and, given `before`
// (another build's dist), the same address of that build too.
import fs from 'node:fs';
import path from 'node:path';
import { launch } from '../e2e/helpers.mjs';
import { serve } from '../scripts/static-server.mjs';

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs each of `steps` (async functions) once per round, for `rounds`
 *  rounds, each round in another order (a rotation per round): measured
 *  in a fixed order, the page loaded last in a round was 10–20 ms faster
 *  than the same build loaded first, which skewed side-by-side figures. */
export async function inRotation(rounds, steps) {
  for (let i = 0; i < rounds; i++) {
    for (let k = 0; k < steps.length; k++) await steps[(i + k) % steps.length]();
  }
}

/** Copies the baseline page and the app's stylesheet into `outDir`; given
 *  `page` (a built page, e.g. `dist/index.html`), the shell loads the same
 *  stylesheets as that page, so that both make the same requests for styles
 *  (the leader's page loads `leader.css` after `main.css`). */
export function prepareBaseline(root, outDir, page) {
  fs.mkdirSync(outDir, { recursive: true });
  fs.copyFileSync(path.join(root, 'bench/baseline/shell.js'), path.join(outDir, 'shell.js'));
  fs.copyFileSync(path.join(root, 'style/main.css'), path.join(outDir, 'main.css'));
  let html = fs.readFileSync(path.join(root, 'bench/baseline/index.html'), 'utf8');
  if (page) {
    const sheets = [...fs.readFileSync(page, 'utf8').matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
    for (const href of sheets) fs.copyFileSync(path.join(path.dirname(page), href), path.join(outDir, path.basename(href)));
    const links = sheets.map((href) => `<link rel="stylesheet" href="${path.basename(href)}">`).join('\n  ');
    html = html.replace('<link rel="stylesheet" href="main.css">', links);
  }
  fs.writeFileSync(path.join(outDir, 'index.html'), html);
}

// Waits in the page for the mount mark and gives its time. Sent through the
// DevTools protocol as one small expression: Playwright's own waits
// (`waitForSelector`, `waitForFunction`) first evaluate Playwright's
// injected script in the page, about 10 ms of parsing and compiling on the
// main thread. A page that mounts after its load event (the app: its wasm
// is fetched and compiled after `load`) paid for that inside the figure,
// and the vanilla shell, mounted before `load`, did not: measured side by
// side, the participant's page took 166.6 ms with `waitForSelector` and
// 139.9 ms this way, the shell 72.2 and 74.4 ms.
const MOUNTED = `new Promise((resolve) => {
  const look = () => {
    const mark = performance.getEntriesByName('wayfinder-mounted')[0];
    if (mark) resolve(mark.startTime);
    else setTimeout(look, 10);
  };
  look();
})`;

async function coldLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const devtools = await context.newCDPSession(page);
    await page.goto(url);
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${url} did not mount in 30 s`)), 30_000);
    });
    const mounted = devtools.send('Runtime.evaluate', { expression: MOUNTED, awaitPromise: true, returnByValue: true });
    try {
      const { result } = await Promise.race([mounted, timeout]);
      return result.value;
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await context.close();
  }
}

/** { app: {median, samples}, baseline: {median, samples}, ratio,
 *    before?: {median, samples} } for the page at `address`. */
export async function measureMount({ root, dist, before, address = '/#/', loads = 15 }) {
  const baselineDir = path.join(root, 'bench/out/baseline');
  const pageFile = address.split('#')[0].replace(/^\//, '') || 'index.html';
  prepareBaseline(root, baselineDir, path.join(dist, pageFile));
  const appServer = await serve(dist);
  const baseServer = await serve(baselineDir);
  const oldServer = before ? await serve(before) : null;
  const browser = await launch();
  const app = [];
  const baseline = [];
  const old = [];
  try {
    // One warm-up each (process start, disk cache of the files), not counted.
    await coldLoad(browser, `${appServer.url}${address}`);
    await coldLoad(browser, `${baseServer.url}/#/`);
    if (oldServer) await coldLoad(browser, `${oldServer.url}${address}`);
    await inRotation(loads, [
      async () => app.push(await coldLoad(browser, `${appServer.url}${address}`)),
      async () => baseline.push(await coldLoad(browser, `${baseServer.url}/#/`)),
      ...(oldServer ? [async () => old.push(await coldLoad(browser, `${oldServer.url}${address}`))] : []),
    ]);
  } finally {
    await browser.close();
    await appServer.close();
    await baseServer.close();
    await oldServer?.close();
  }
  const a = median(app);
  const b = median(baseline);
  const result = { address, loads, app: { median: a, samples: app }, baseline: { median: b, samples: baseline }, ratio: a / b };
  if (oldServer) result.before = { median: median(old), samples: old };
  return result;
}
