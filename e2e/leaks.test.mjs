// Screens come and go without leaving anything behind: every screen's
// listeners, effects and nodes are disposed with it. Two hundred
// navigations through the leader's screens must leave the count of live
// event listeners and DOM nodes where ten left it (Chromium's own counters,
// read after a forced garbage collection).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, newGuardedContext, open } from './helpers.mjs';

const env = useBrowser();

const ROUTES = [
  ['#/', 'Grow as a library leader'],
  ['#/assess', 'Self-assessment'],
  ['#/goals', 'Goals'],
  ['#/plan', 'Development plan'],
  ['#/guide', 'Guide: mentors, sponsors and programs'],
  ['#/guide/needs', 'What do I need now?'],
  ['#/guide/network', 'My support network'],
  ['#/guide/agreement', 'Mentoring agreement'],
  ['#/guide/timeline', 'Program timeline'],
];

test('200 navigations leave live listeners and DOM nodes flat', async () => {
  const g = await newGuardedContext(env.browser, env.server.url);
  const page = await g.newPage();
  await open(page, env.server.url, '#/');
  const cdp = await g.context.newCDPSession(page);
  const counters = async () => {
    // Measured once the screen has settled: pending effects have run and
    // two frames have passed.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await cdp.send('HeapProfiler.collectGarbage');
    return cdp.send('Memory.getDOMCounters');
  };
  const lap = async () => {
    for (const [hash, heading] of ROUTES) {
      await page.evaluate((h) => { location.hash = h; }, hash);
      await page.waitForFunction((text) => document.querySelector('main h1')?.textContent === text, heading);
    }
  };
  await lap();
  const after10 = await counters();
  for (let i = 1; i < 20; i++) await lap();
  const after200 = await counters();
  assert.ok(after10.jsEventListeners > 0 && after10.nodes > 0, JSON.stringify(after10));
  assert.ok(
    after200.jsEventListeners <= after10.jsEventListeners + 5,
    `listeners grew from ${after10.jsEventListeners} to ${after200.jsEventListeners}`,
  );
  assert.ok(
    after200.nodes <= after10.nodes * 1.05 + 50,
    `DOM nodes grew from ${after10.nodes} to ${after200.nodes}`,
  );
  g.assertClean();
  await g.context.close();
});
