// Storage benchmark: five years of data (60 self-assessments, 500 goals
// with 2,000 tasks and 5,000 check-ins, 200 people with 800 meetings;
// `domain::sample`) saved and loaded
// through Wayfinder's storage layer in headless Chromium (the release build
// of `bench/storage/index.html`), side by side, in the same page, with
// plain JSON.stringify + localStorage.setItem (save) and
// localStorage.getItem + JSON.parse (load) of the same documents.
import path from 'node:path';
import { launch } from '../e2e/helpers.mjs';
import { serve } from '../scripts/static-server.mjs';
import { median } from './mount.mjs';

export async function measureStorage({ root }) {
  const server = await serve(path.join(root, 'bench/out/storage'));
  const browser = await launch();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.waitForSelector('html[data-bench="done"]', { timeout: 120_000 });
    const rust = JSON.parse(await page.locator('#result').innerText());
    if (!rust.ok) throw new Error('the storage benchmark page reported a failure');
    const js = await page.evaluate((runs) => {
      const keys = ['wayfinder:assessments', 'wayfinder:goals', 'wayfinder:guide'];
      const objects = keys.map((k) => JSON.parse(localStorage.getItem(k)));
      const saves = [];
      const loads = [];
      for (let i = 0; i < runs; i++) {
        let t0 = performance.now();
        objects.forEach((o, j) => localStorage.setItem(`baseline:${j}`, JSON.stringify(o)));
        saves.push(performance.now() - t0);
        t0 = performance.now();
        const back = objects.map((_, j) => JSON.parse(localStorage.getItem(`baseline:${j}`)));
        loads.push(performance.now() - t0);
        if (back.length !== keys.length) throw new Error('baseline lost data');
      }
      return { saves, loads };
    }, rust.runs);
    await context.close();
    const jsSave = median(js.saves);
    const jsLoad = median(js.loads);
    return {
      runs: rust.runs,
      stored_chars: rust.stored_chars,
      big_backup: rust.big_backup,
      save: { wayfinder_ms: rust.save_ms, baseline_ms: jsSave, ratio: rust.save_ms / jsSave },
      load: { wayfinder_ms: rust.load_ms, baseline_ms: jsLoad, ratio: rust.load_ms / jsLoad },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
