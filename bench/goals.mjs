// Goals list speed with 1,000 goals: from a click on "Goals" to the next
// frame after all rows are in the page, and deleting one row (click to the
// next frame after it is gone), in Wayfinder's release build and in a
// vanilla-JS page rendering the same rows from the same stored data
// (bench/baseline/goals.*), in the same run.
import fs from 'node:fs';
import path from 'node:path';
import { launch } from '../e2e/helpers.mjs';
import { serve } from '../scripts/static-server.mjs';
import { median, prepareBaseline } from './mount.mjs';

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

// Runs in the page: click `selector`, resolve at the frame after `done()`.
const timeClick = ({ selector, rows, index }) => new Promise((resolve) => {
  const target = index == null ? document.querySelector(selector) : document.querySelectorAll(selector)[index];
  const t0 = performance.now();
  target.click();
  const check = () => {
    if (document.querySelectorAll('.goal-row').length === rows) requestAnimationFrame(() => resolve(performance.now() - t0));
    else requestAnimationFrame(check);
  };
  check();
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

export async function measureGoals({ root, dist, runs = 7 }) {
  const baselineDir = path.join(root, 'bench/out/baseline');
  prepareBaseline(root, baselineDir);
  for (const f of ['goals.html', 'goals.js']) fs.copyFileSync(path.join(root, 'bench/baseline', f), path.join(baselineDir, f));
  const app = await serve(dist);
  const base = await serve(baselineDir);
  const browser = await launch();
  const seed = goals();
  const a = { render: [], edit: [] };
  const b = { render: [], edit: [] };
  try {
    for (let i = 0; i < runs; i++) {
      const x = await run(browser, `${app.url}/#/`, seed, { open: 'nav a[href="#/goals"]', del: '.goal-row button' });
      const y = await run(browser, `${base.url}/goals.html`, seed, { open: '#show', del: '.goal-row button' });
      a.render.push(x.render); a.edit.push(x.edit);
      b.render.push(y.render); b.edit.push(y.edit);
    }
  } finally {
    await browser.close();
    await app.close();
    await base.close();
  }
  const m = (xs) => median(xs);
  return {
    goals: N,
    runs,
    render: { wayfinder_ms: m(a.render), baseline_ms: m(b.render), ratio: m(a.render) / m(b.render) },
    edit: { wayfinder_ms: m(a.edit), baseline_ms: m(b.edit), ratio: m(a.edit) / m(b.edit) },
  };
}
