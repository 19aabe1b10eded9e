// Shared e2e helpers: the served release build, Debian's Chromium through
// playwright-core, guards that fail a test on console errors, uncaught
// exceptions, Content-Security-Policy violations or requests to other
// origins, and a check of every screen: axe (WCAG 2.2 AA), and no rule of
// another page's stylesheet that would apply to it.
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

// Every browser context runs on a fixed clock in a chosen time zone, so no
// test depends on the day or the machine it runs on. `make test` runs the
// suite at the default, again on 2029-02-28, and the date-sensitive journeys
// late in the evening in Los Angeles, just after midnight in Auckland and
// across a daylight-saving change (scripts/test.sh).
/** The IANA time zone of every context (E2E_TZ, default UTC). */
export const TIMEZONE = process.env.E2E_TZ ?? 'UTC';
/** The wall-clock time every context starts at (E2E_NOW, local to TIMEZONE). */
export const LOCAL_NOW = process.env.E2E_NOW ?? '2026-11-30T10:00';

/** Minutes `timeZone` is ahead of UTC at instant `ms`. */
export function offsetMinutes(ms, timeZone = TIMEZONE) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    }).formatToParts(new Date(ms)).map((p) => [p.type, p.value]),
  );
  const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** The instant of a wall-clock time `YYYY-MM-DDTHH:MM` in `timeZone`. */
export function zonedInstant(local, timeZone = TIMEZONE) {
  const wall = Date.parse(`${local}Z`);
  let ms = wall - offsetMinutes(wall, timeZone) * 60_000;
  ms = wall - offsetMinutes(ms, timeZone) * 60_000;
  return ms;
}

/** The instant the browser clock starts at, in ms since the epoch. */
export const NOW = zonedInstant(LOCAL_NOW);
export const DAY_MS = 86_400_000;

/** `YYYY-MM-DD`: the local calendar date of instant `ms` in TIMEZONE. */
export function localIso(ms = NOW) {
  return new Date(ms + offsetMinutes(ms) * 60_000).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` plus `days` calendar days. */
export function addDays(iso, days) {
  return new Date(Date.parse(`${iso}T00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

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

/** A copy of seed data written as if today were `writtenOn`, moved to
 *  today (the local date of NOW): every `YYYY-MM-DD` string and every
 *  `…_at` instant shift by the same number of days, so a goal that was
 *  overdue by 19 days when the seed was written still is. */
export function shiftSeed(value, writtenOn) {
  const days = Math.round((Date.parse(`${localIso()}T00:00Z`) - Date.parse(`${writtenOn}T00:00Z`)) / DAY_MS);
  const walk = (v, key = '') => {
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return addDays(v, days);
    if (typeof v === 'number' && key.endsWith('_at') && v > 1e12) return v + days * DAY_MS;
    if (Array.isArray(v)) return v.map((x) => walk(x));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return walk(value);
}

/** A context with guards, on the fixed clock and in TIMEZONE. `problems` collects console errors, page errors
 *  and foreign requests; `assertClean()` fails the test if any happened. */
export async function newGuardedContext(browser, baseUrl, { width = WIDTHS.desktop, scheme = 'light', ...options } = {}) {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    colorScheme: scheme,
    acceptDownloads: true,
    timezoneId: TIMEZONE,
    ...options,
  });
  // A fake clock that starts at NOW and then runs at real speed.
  await context.clock.install({ time: NOW });
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

/** Runs axe on the page and checks its styles ({@link checkStyled}); fails
 *  with a readable list of violations. */
export async function checkA11y(page, label) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  assert.deepEqual(summary, [], `axe violations on ${label}`);
  await checkStyled(page, label);
}

let selectorsByFile;
/** The selectors of each of the build's stylesheets: Map(file → [selector]),
 *  without pseudo-elements and user-action states (`::before`, `:hover`),
 *  so that `querySelector` says whether a rule can apply to what is shown. */
function stylesheetSelectors() {
  if (selectorsByFile) return selectorsByFile;
  selectorsByFile = new Map();
  for (const file of fs.readdirSync(DIST).filter((f) => f.endsWith('.css'))) {
    const heads = fs.readFileSync(path.join(DIST, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\{[^{}]*\}/g, '{}')
      .split('{}')
      .map((h) => h.replace(/^[\s\S]*\{/, '').replace(/^[\s}]+/, '').trim())
      .filter((h) => h && !h.startsWith('@'));
    const selectors = heads
      .flatMap((h) => h.split(/,(?![^(]*\))/))
      .map((sel) => sel.replace(/::?(before|after|marker|placeholder)\b/g, '').replace(/:(hover|focus|focus-visible|focus-within|active|visited)\b/g, '').trim())
      .filter(Boolean);
    selectorsByFile.set(file, selectors);
  }
  return selectorsByFile;
}

/** Each page loads only the styles of what it shows (style/main.css on
 *  every page; leader.css and workshop.css on the leader's and the
 *  facilitator's): fails if a rule of a stylesheet this page does not load
 *  would apply to something on screen. */
export async function checkStyled(page, label) {
  const loaded = await page.evaluate(() => [...document.styleSheets].filter((s) => s.href).map((s) => new URL(s.href).pathname.split('/').pop()));
  const others = [...stylesheetSelectors()].filter(([file]) => !loaded.includes(file));
  const missed = await page.evaluate((sheets) => sheets.flatMap(([file, selectors]) => selectors
    .filter((sel) => { try { return document.querySelector(sel) !== null; } catch { return false; } })
    .map((sel) => `${sel} (${file})`)), others);
  assert.deepEqual(missed, [], `rules that apply on ${label} in a stylesheet the page does not load`);
}

/**
 * Clicks a download `button` while the browser refuses to make downloads
 * (`URL.createObjectURL` throws), checks that the reason shows, live, in the
 * element the button names as its description, then lets downloads work
 * again. Returns that element.
 */
export async function refusedDownload(page, button) {
  await page.evaluate(() => {
    window.keptCreateObjectURL = URL.createObjectURL;
    URL.createObjectURL = () => { throw new Error('refused'); };
  });
  await button.click();
  const failure = page.locator(`#${await button.getAttribute('aria-describedby')}`);
  await failure.filter({ hasText: 'Nothing was downloaded: the browser could not prepare the download.' }).waitFor();
  assert.equal(await failure.getAttribute('aria-live'), 'polite');
  await page.evaluate(() => { URL.createObjectURL = window.keptCreateObjectURL; });
  return failure;
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
