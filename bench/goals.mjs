// Goals list speed with 1,000 goals: from a click on "Goals" to the next
// frame with all rows in the page (and to that frame painted), and deleting
// one row (click to the next frame without it, and painted), in Wayfinder's release build and in
// a vanilla-JS page rendering the same rows from the same stored data
// (bench/baseline/goals.*), in the same run; and, given `before` (another
// build's dist, BENCH_BEFORE), that build too, side by side.
import fs from 'node:fs';
import path from 'node:path';
import { launch } from '../e2e/helpers.mjs';
import { serve } from '../scripts/static-server.mjs';
import { inRotation, median, prepareBaseline } from './mount.mjs';

const N = 1000;

function goals() {
  const items = [];
  for (let i = 0; i < N; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    items.push({
      id: 10_000 + i, title: `Lead the review of branch service ${i}`, created_at: 1_790_000_000_000, updated_at: 1_790_000_000_000 + i,
      competencies: [], kind: ['skill', 'career', 'project'][i % 3], specific: '', measure: 'approved', why: '',
      target_date: `2027-${String((i % 12) + 1).padStart(2, '0')}-${day}`,
      tasks: [{ id: 1, title: 'Draft', due: null, done: i % 2 === 0 }, { id: 2, title: 'Review', due: null, done: false }],
      mentor_asks: '', sponsor_asks: '', status: 'in_progress', dropped_reason: '', manual_progress: null, progress_comment: '',
      check_ins: [{ date: '2026-11-20', progress: 10, note: '' }],
    });
  }
  return JSON.stringify({ app: 'wayfinder', schema: 1, saved_at: 1, rev: 1, data: { goals: { items, deleted: [] } } });
}

// Runs in the page: click `selector`, and time two moments once the list
// has `rows` rows: the start of the next frame (`frame`: the script and DOM
// work, as the figures were taken) and the end of that frame's paint
// (`painted`: a task queued from its requestAnimationFrame runs after it;
// layout and paint of 1,000 rows included, which cost a vanilla page as
// much). The rows are counted when the DOM changes (a MutationObserver),
// so a page that renders in a microtask after the click (Leptos's effects)
// and one that renders inside the click handler (vanilla) are timed alike.
const timeClick = ({ selector, rows, index }) => new Promise((resolve) => {
  const target = index == null ? document.querySelector(selector) : document.querySelectorAll(selector)[index];
  const t0 = performance.now();
  const ready = () => document.querySelectorAll('.goal-row').length === rows;
  const done = () => requestAnimationFrame(() => {
    const frame = performance.now() - t0;
    setTimeout(() => resolve({ frame, painted: performance.now() - t0 }));
  });
  const observer = new MutationObserver(() => {
    if (ready()) { observer.disconnect(); done(); }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  target.click();
  if (ready()) { observer.disconnect(); done(); }
});

async function run(browser, url, seed, { open, del }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate((s) => { localStorage.clear(); localStorage.setItem('wayfinder:goals', s); }, seed);
  await page.reload();
  await page.waitForSelector('html[data-app="mounted"]');
  const render = await page.evaluate(timeClick, { selector: open, rows: N });
  const edit = await page.evaluate(timeClick, { selector: del, rows: N - 1, index: 500 });
  await context.close();
  return { render, edit };
}

export async function measureGoals({ root, dist, before, runs = 7 }) {
  const baselineDir = path.join(root, 'bench/out/baseline');
  prepareBaseline(root, baselineDir);
  for (const f of ['goals.html', 'goals.js']) fs.copyFileSync(path.join(root, 'bench/baseline', f), path.join(baselineDir, f));
  const app = await serve(dist);
  const base = await serve(baselineDir);
  const old = before ? await serve(before) : null;
  const browser = await launch();
  const seed = goals();
  const samples = { wayfinder: { render: [], edit: [] }, baseline: { render: [], edit: [] }, before: { render: [], edit: [] } };
  const add = (name, x) => { samples[name].render.push(x.render); samples[name].edit.push(x.edit); };
  const appLinks = { open: 'nav a[href="#/goals"]', del: '.goal-row button' };
  try {
    await inRotation(runs, [
      async () => add('wayfinder', await run(browser, `${app.url}/#/`, seed, appLinks)),
      async () => add('baseline', await run(browser, `${base.url}/goals.html`, seed, { open: '#show', del: '.goal-row button' })),
      ...(old ? [async () => add('before', await run(browser, `${old.url}/#/`, seed, appLinks))] : []),
    ]);
  } finally {
    await browser.close();
    await app.close();
    await base.close();
    await old?.close();
  }
  const result = { goals: N, runs };
  for (const op of ['render', 'edit']) {
    for (const moment of ['frame', 'painted']) {
      const of = (name) => median(samples[name][op].map((x) => x[moment]));
      const w = of('wayfinder');
      const b = of('baseline');
      const key = moment === 'frame' ? op : `${op}_painted`;
      result[key] = { wayfinder_ms: w, baseline_ms: b, ratio: w / b };
      if (old) result[key].before_ms = of('before');
    }
  }
  return result;
}
