// Delivery: works offline after one visit (service worker), installable
// (manifest and icons), offers a reload when a new version is waiting,
// enforces its Content-Security-Policy, and runs from a sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, newGuardedContext, open, DIST } from './helpers.mjs';
import { serve } from '../scripts/static-server.mjs';
import { joinCode } from './workshop-data.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** A copy of dist/ under `sub` in a temp folder, served; for tests that
 *  change files or need a sub-path. */
async function serveCopy(sub = '') {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-'));
  const dir = path.join(root, sub);
  fs.cpSync(DIST, dir, { recursive: true });
  const server = await serve(root);
  return { ...server, dir, url: `${server.url}/${sub ? `${sub}/` : ''}`.replace(/\/$/, '') };
}

async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const SCREENS = [
  ['#/', 'Grow as a library leader'],
  ['#/assess', 'Self-assessment'],
  ['#/assess/take', 'Take a self-assessment'],
  ['#/goals', 'Goals'],
  ['#/plan', 'Development plan'],
  ['#/guide', 'Guide: mentors, sponsors and programs'],
  ['#/workshop', 'Workshop'],
  ['#/data', 'My data'],
];

test('after one visit every screen works offline, and data can still be saved', async () => {
  const s = await serveCopy();
  const g = await newGuardedContext(browser, s.url);
  const page = await g.newPage();
  await open(page, s.url, '#/');
  await controlled(page);
  await g.context.setOffline(true);
  await page.reload();
  await page.waitForSelector('html[data-app="mounted"]');
  for (const [hash, heading] of SCREENS) {
    await page.evaluate((h) => { location.hash = h; }, hash);
    await page.waitForFunction((h) => document.querySelector('h1')?.innerText === h, heading);
  }
  // A workshop link opens offline too.
  const code = await joinCode({ workshop: 7, name: 'Offline cohort', competencies: ['communication'] });
  await page.goto(`${s.url}/#/join/${code}`);
  await page.waitForSelector('html[data-app="mounted"]');
  assert.equal(await page.locator('h1').innerText(), 'Join: Offline cohort');
  await open(page, s.url, '#/goals');
  await page.getByLabel('New goal').fill('Written on the train');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await page.waitForFunction(() => (localStorage.getItem('wayfinder:goals') ?? '').includes('Written on the train'));
  await g.context.setOffline(false);
  g.assertClean();
  await g.context.close();
  await s.close();
});

test('installable: manifest with name, icons, standalone display and a relative start URL', async () => {
  const s = await serveCopy();
  const g = await newGuardedContext(browser, s.url);
  const page = await g.newPage();
  await open(page, s.url, '#/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await page.evaluate((h) => fetch(h).then((r) => r.json()), href);
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.start_url, './');
  assert.ok(manifest.name && manifest.short_name && manifest.theme_color);
  const sizes = manifest.icons.map((i) => i.sizes);
  assert.ok(sizes.includes('192x192') && sizes.includes('512x512'));
  for (const icon of manifest.icons) {
    const status = await page.evaluate((src) => fetch(src).then((r) => r.status), icon.src);
    assert.equal(status, 200, icon.src);
  }
  g.assertClean();
  await g.context.close();
  await s.close();
});

test('a waiting new version is offered with a reload button, and reloading switches to it', async () => {
  const s = await serveCopy();
  const g = await newGuardedContext(browser, s.url);
  const page = await g.newPage();
  await open(page, s.url, '#/goals');
  await controlled(page);
  assert.equal(await page.locator('#update').isVisible(), false);
  // Publish a "new version": a changed service worker.
  const swPath = path.join(s.dir, 'sw.js');
  fs.writeFileSync(swPath, fs.readFileSync(swPath, 'utf8').replace(/const VERSION = "[^"]*"/, "const VERSION = 'next'"));
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await page.locator('#update').waitFor({ state: 'visible' });
  assert.match(await page.locator('#update').innerText(), /A new version of Wayfinder is ready/);
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
  await page.waitForSelector('html[data-app="mounted"]');
  const caches = await page.evaluate(() => caches.keys());
  assert.deepEqual(caches, ['wayfinder-next'], 'the old cache is gone');
  g.assertClean();
  await g.context.close();
  await s.close();
});

test('the Content-Security-Policy is in force: scripts only from the app, no inline code but its own', async () => {
  const s = await serveCopy();
  const g = await newGuardedContext(browser, s.url);
  const page = await g.newPage();
  await open(page, s.url, '#/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const d of ["default-src 'self'", "'wasm-unsafe-eval'", "object-src 'none'", "base-uri 'self'", "form-action 'none'"]) {
    assert.ok(csp.includes(d), d);
  }
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+'){2}/);
  // An injected inline script is blocked and reported.
  const blocked = await page.evaluate(() => new Promise((resolve) => {
    document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
    const el = document.createElement('script');
    el.textContent = 'window.injected = true';
    document.body.append(el);
  }));
  assert.match(blocked, /script-src/);
  assert.equal(await page.evaluate(() => window.injected), undefined);
  g.problems.length = 0; // that violation was the point
  g.assertClean();
  await g.context.close();
  await s.close();
});

test('the same build runs from a sub-path (as on GitHub Pages), offline too', async () => {
  const s = await serveCopy('wayfinder');
  const g = await newGuardedContext(browser, s.url);
  const page = await g.newPage();
  await open(page, s.url, '#/assess');
  assert.equal(await page.locator('h1').innerText(), 'Self-assessment');
  await controlled(page);
  const scope = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.scope));
  assert.ok(scope.endsWith('/wayfinder/'), scope);
  await g.context.setOffline(true);
  await page.reload();
  await page.waitForSelector('html[data-app="mounted"]');
  assert.equal(await page.locator('h1').innerText(), 'Self-assessment');
  await g.context.setOffline(false);
  g.assertClean();
  await g.context.close();
  await s.close();
});
