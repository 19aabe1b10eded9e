// Shared e2e helpers: the served release build, Debian's Chromium through
// playwright-core, guards that fail a test on console errors, uncaught
// exceptions, Content-Security-Policy violations or requests to other
// origins, and an axe check (WCAG 2.2 AA).
import { test, before, after } from 'node:test';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../scripts/static-server.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = path.join(ROOT, 'dist');
export const WIDTHS = { phone: 390, desktop: 1280 };
export const SCHEMES = ['light', 'dark'];
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Serves dist/ (the release build) for one test file. With
 *  E2E_BASE_PATH=some/path the build is served from that sub-path instead
 *  (as on GitHub Pages), and the returned url includes it. */
export async function serveDist() {
  assert.ok(fs.existsSync(path.join(DIST, 'index.html')), 'dist/ is missing: run `scripts/build-release.sh` first');
  const sub = (process.env.E2E_BASE_PATH ?? '').replace(/^\/+|\/+$/g, '');
  if (!sub) return serve(DIST);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-e2e-'));
  fs.cpSync(DIST, path.join(root, sub), { recursive: true });
  const server = await serve(root);
  return { ...server, url: `${server.url}/${sub}` };
}

/** A context with guards. `problems` collects console errors, page errors
 *  and foreign requests; `assertClean()` fails the test if any happened. */
export async function newGuardedContext(browser, baseUrl, { width = WIDTHS.desktop, scheme = 'light', ...options } = {}) {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    colorScheme: scheme,
    acceptDownloads: true,
    ...options,
  });
  // Every Content-Security-Policy violation becomes a console error, which
  // the guard below turns into a failure.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const origin = new URL(baseUrl).origin;
  const problems = [];
  context.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) problems.push(`request to another origin: ${url}`);
  });
  const watch = (page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`uncaught exception: ${err.message}`));
  };
  context.on('page', watch);
  return {
    context,
    problems,
    async newPage() {
      const page = await context.newPage();
      return page;
    },
    assertClean() {
      assert.deepEqual(problems, [], 'console errors, exceptions or foreign requests');
    },
  };
}

/** Opens a route and waits for the app to mount. */
export async function open(page, baseUrl, hash = '#/') {
  await page.goto(`${baseUrl}/${hash}`);
  await page.waitForSelector('html[data-app="mounted"]');
}

/** Runs axe on the page; fails with a readable list of violations. */
export async function checkA11y(page, label) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  assert.deepEqual(summary, [], `axe violations on ${label}`);
}

/** Everything Wayfinder stored, as an object of key → raw string. */
export function storedData(page) {
  return page.evaluate(() => {
    const out = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k.startsWith('wayfinder:')) out[k] = localStorage.getItem(k);
    }
    return out;
  });
}

/** The served build and a browser for one test file, started before its
 *  tests and closed after them: `env.server`, `env.browser`. */
export function useBrowser() {
  const env = {};
  before(async () => {
    env.server = await serveDist();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** One test per colour scheme and width: after `prepare(page)`, each of
 *  `hashes` renders a heading, does not overflow sideways, and is axe-clean. */
export function testScreensFit(label, env, hashes, prepare) {
  for (const scheme of SCHEMES) {
    for (const [name, width] of Object.entries(WIDTHS)) {
      test(`${label} are axe-clean and fit (${scheme}, ${name} ${width}px)`, async () => {
        const g = await newGuardedContext(env.browser, env.server.url, { width, scheme });
        const page = await g.newPage();
        await prepare(page, env.server.url);
        for (const hash of hashes) {
          await open(page, env.server.url, hash);
          await page.locator('h1').waitFor();
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(overflow <= 0, `${hash} overflows by ${overflow}px at ${width}px`);
          await checkA11y(page, `${hash} (${scheme}, ${width}px)`);
        }
        g.assertClean();
        await g.context.close();
      });
    }
  }
}
