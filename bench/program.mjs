// The program dashboard at national scale (issue #16): a cohort of 1,000
// participants in 500 pairs, 4 milestones, 4,000 response codes pasted at
// once. Timed in the release build's facilitator page: from the click on
// "Import responses" to the report on screen (reading in slices, with its
// progress shown, then kept at once), the longest stretch without a frame
// meanwhile, and switching the dashboard to another milestone.
import { launch } from '../e2e/helpers.mjs';
import { code, workshopsDoc } from '../e2e/workshop-data.mjs';
import { serve } from '../scripts/static-server.mjs';
import { median } from './mount.mjs';

const PEOPLE = Number(process.env.BENCH_PROGRAM_PEOPLE ?? 1000);
const MILESTONES = [
  { kind: 'agreement', date: '2027-02-14', title: 'Mentoring agreement signed' },
  { kind: 'goals', date: '2027-03-02', title: 'Goals set' },
  { kind: 'midpoint_survey', date: '2027-06-01', title: 'Mid-point survey' },
  { kind: 'final_survey', date: '2027-10-17', title: 'Final survey' },
];

async function cohort() {
  const { info, doc } = workshopsDoc(PEOPLE, PEOPLE / 2);
  const w = doc.workshops.items[0];
  w.default_capacity = 1;
  w.program = { start: '2027-01-31', months: 9, cadence: 'monthly', milestones: MILESTONES };
  w.run = { pairs: Array.from({ length: PEOPLE / 2 }, (_, k) => [PEOPLE / 2 + 1 + k, 1 + k]), responses: [], threshold: 5 };
  const codes = [];
  for (const m of MILESTONES) {
    for (const p of w.participants) {
      codes.push(await code(5, {
        workshop: info.workshop, milestone: `${m.date} ${m.kind}`, person: p.id, name: p.name, role: p.role,
        answers: [
          { question: 'met', answer: { choice: p.id % 4 } },
          { question: 'satisfaction', answer: { scale: 1 + (p.id % 5) } },
          { question: 'comment', answer: { text: `Comment from participant ${p.id}` } },
        ],
        name_with_comment: p.id % 2 === 0, answered_at: 1_800_000_000_000,
      }));
    }
  }
  return { id: info.workshop, seed: JSON.stringify({ app: 'wayfinder', schema: 2, saved_at: 1, rev: 1, data: doc }), codes };
}

// In the page: click Import, and time until the report says what was
// added, tracking the longest gap between animation frames and whether the
// progress line was shown.
const timeImport = () => new Promise((resolve) => {
  const t0 = performance.now();
  let last = t0;
  let longest = 0;
  let progress = false;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (/Reading responses/.test(document.querySelector('.import p.note[role="status"]')?.textContent ?? '')) progress = true;
    const done = document.querySelector('.import-report .success');
    if (done) {
      resolve({ ms: now - t0, longest_frame_gap_ms: longest, progress, said: done.textContent });
      return;
    }
    requestAnimationFrame(tick);
  };
  [...document.querySelectorAll('button')].find((b) => b.textContent === 'Import responses').click();
  requestAnimationFrame(tick);
});

// In the page: pick milestone `value` and time until the report has
// changed and the next frame has started.
const timeSwitch = (value) => new Promise((resolve) => {
  const report = document.querySelector('.milestone-report');
  const select = document.getElementById('program-milestone');
  const t0 = performance.now();
  const observer = new MutationObserver(() => {
    observer.disconnect();
    requestAnimationFrame(() => resolve(performance.now() - t0));
  });
  observer.observe(report, { childList: true, subtree: true, characterData: true });
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
});

export async function measureProgram({ dist, runs = 5 }) {
  const { id, seed, codes } = await cohort();
  const app = await serve(dist);
  const browser = await launch();
  const imports = [];
  const switches = [];
  let last;
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${app.url}/workshop.html`);
      await page.evaluate((s) => { localStorage.clear(); localStorage.setItem('wayfinder:workshops', s); }, seed);
      await page.goto(`${app.url}/workshop.html#/workshop/${id}/program`);
      await page.waitForSelector('html[data-app="mounted"]');
      // As a paste does: the whole text in one input event.
      await page.evaluate((text) => {
        const box = document.getElementById('responses-codes');
        box.value = text;
        box.dispatchEvent(new Event('input', { bubbles: true }));
      }, codes.join('\n'));
      last = await page.evaluate(timeImport);
      imports.push(last);
      switches.push(await page.evaluate(timeSwitch, '3'));
      await context.close();
    }
  } finally {
    await browser.close();
    await app.close();
  }
  return {
    participants: PEOPLE,
    codes: codes.length,
    runs,
    import_ms: median(imports.map((x) => x.ms)),
    longest_frame_gap_ms: median(imports.map((x) => x.longest_frame_gap_ms)),
    progress_shown: imports.every((x) => x.progress),
    said: last.said,
    switch_milestone_ms: median(switches),
  };
}
