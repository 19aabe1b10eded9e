// The benchmark command (`make bench`): measures the release build in dist/,
// prints a table per part and writes everything to bench/results.json.
// Benchmarks are not tests: nothing here fails on a slow figure.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { measurePage, PAGES } from './sizes.mjs';
import { measureMount } from './mount.mjs';
import { measureStorage } from './storage.mjs';
import { measureMatch } from './match.mjs';
import { measureGoals } from './goals.mjs';
import { measureLighthouse } from './lighthouse.mjs';
import { measureProgram } from './program.mjs';
import { joinCode } from '../e2e/workshop-data.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const LOADS = Number(process.env.BENCH_LOADS ?? 21);
// Another build's dist (for example the release before a change, built
// from a worktree), measured side by side in the same run where given.
const BEFORE = process.env.BENCH_BEFORE ? path.resolve(process.env.BENCH_BEFORE) : undefined;
// The pages whose loading is timed: the leader's home and the participant's
// join form (what a phone opens from a workshop link).
const JOIN = `/join.html#/join/${await joinCode({ workshop: 7, name: 'Spring cohort', dates: 'May', contact: 'fac@lib.example', competencies: ['communication', 'advocacy'], questions: ['library_type', 'region'], identity: ['gender'] })}`;
const TIMED = [
  { name: 'leader', address: '/#/' },
  { name: 'participant', address: JOIN },
];
// The pages Lighthouse audits: those, and the facilitator's and My data's.
const AUDITED = [
  ...TIMED,
  { name: 'facilitator', address: '/workshop.html#/workshop' },
  { name: 'data', address: '/data.html#/data' },
];

const kb = (n) => (n / 1000).toFixed(1);
const ms = (n) => n.toFixed(1);

function table(title, header, rows) {
  const all = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n${title}`);
  console.log(line(all[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of all.slice(1)) console.log(line(r));
}

function gitRev() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
  } catch {
    return 'unknown';
  }
}

const results = { date: new Date().toISOString(), commit: gitRev() };

// 1. Release sizes, per page (everything the page loads).
results.sizes = {};
for (const { page, name, budget, target, goal } of PAGES) {
  const sizes = measurePage(DIST, page);
  results.sizes[name] = { page, budget, target, goal, ...sizes };
  table(
    `Release sizes of the ${name} page, ${page} (bytes; gzip -9, brotli -q 11)`,
    ['file', 'raw', 'gzip', 'brotli'],
    ['wasm', 'js', 'css', 'html', 'total'].map((k) => [k, sizes[k].raw, sizes[k].gzip, sizes[k].brotli]),
  );
  const aim = target ? `, aim ${target / 1000} kB` : '';
  console.log(`brotli total ${kb(sizes.total.brotli)} kB (budget ${budget / 1000} kB${aim}; goal ${goal / 1000} kB)`);
}

// 2. Navigation → mounted, per page, app vs vanilla-JS baseline.
results.mount = {};
for (const { name, address } of TIMED) {
  const mount = await measureMount({ root: ROOT, dist: DIST, before: BEFORE, address, loads: LOADS });
  results.mount[name] = mount;
  const row = (label, m) => [label, ms(m.median), ms(Math.min(...m.samples)), ms(Math.max(...m.samples))];
  table(
    `Navigation → mounted, ${name} page (${address.slice(0, 40)}…), median of ${LOADS} cold loads (ms)`,
    ['page', 'median', 'min', 'max'],
    [
      row('Wayfinder (Leptos/wasm)', mount.app),
      ...(mount.before ? [row(`before (${path.basename(path.dirname(BEFORE))})`, mount.before)] : []),
      row('baseline (vanilla JS)', mount.baseline),
    ],
  );
  console.log(`ratio app / baseline: ${mount.ratio.toFixed(2)}×`);
}

// 3. Storage: save and load+migrate of five years of data, vs plain JS.
const storage = await measureStorage({ root: ROOT });
results.storage = storage;
table(
  `Storage, five years of data (60 assessments, 500 goals, 5,000 check-ins, 200 network entries), median of ${storage.runs} (ms)`,
  ['operation', 'Wayfinder', 'JSON + localStorage', 'ratio'],
  [
    ['save (encode, revision check, write)', ms(storage.save.wayfinder_ms), ms(storage.save.baseline_ms), `${storage.save.ratio.toFixed(2)}×`],
    ['load (read, parse, migrate, validate)', ms(storage.load.wayfinder_ms), ms(storage.load.baseline_ms), `${storage.load.ratio.toFixed(2)}×`],
  ],
);
console.log(`stored size: ${storage.stored_chars} characters (${kb(storage.stored_chars)} k of the ~5,000 k a browser allows)`);
const big = storage.big_backup;
console.log(`a ${kb(big.bytes)} kB backup with one object of ${big.keys.toLocaleString('en')} keys: ${big.read ? 'read' : 'refused'} in ${ms(big.ms)} ms (goal: within 2,000 ms)`);

// 4. Goals list with 1,000 goals vs the same rows in vanilla JS.
const goals = await measureGoals({ root: ROOT, dist: DIST, before: BEFORE });
results.goals = goals;
table(
  `Goals list with ${goals.goals} goals, median of ${goals.runs} (ms; click to the next frame, and to that frame painted)`,
  ['operation', 'Wayfinder', ...(BEFORE ? ['before'] : []), 'vanilla JS', 'ratio'],
  [
    ['render', 'render the list'],
    ['render_painted', 'render the list, painted'],
    ['edit', 'delete one row'],
    ['edit_painted', 'delete one row, painted'],
  ].map(([key, label]) => [
    label,
    ms(goals[key].wayfinder_ms),
    ...(BEFORE ? [ms(goals[key].before_ms)] : []),
    ms(goals[key].baseline_ms),
    `${goals[key].ratio.toFixed(2)}×`,
  ]),
);

// 5. Matching: scoring and assignment in wasm vs SciPy on the same matrices.
const match = await measureMatch({ root: ROOT });
results.match = match;
table(
  `Matching wizard: scoring every pair and the optimal assignment (wasm, medians) vs SciPy ${match.scipy_version} linear_sum_assignment on the same matrices (ms)`,
  ['mentees', 'capacity', 'scoring', 'solver matrix', 'assignment', 'SciPy', 'assignment / SciPy', 'same optimum'],
  match.cases.map((c) => [c.n, c.capacity, ms(c.score_ms), ms(c.matrix_ms), ms(c.assign_ms), ms(c.scipy_ms), `${c.ratio.toFixed(2)}×`, c.same_optimum ? 'yes' : 'NO']),
);

table(
  'First assignment of 1,000 mentees on a page just opened (wasm, median of 5 fresh pages; primed: the wizard first solves a small problem, its time included)',
  ['mentees', 'cold', 'primed'],
  [[match.first.n, ms(match.first.cold_ms), ms(match.first.primed_ms)]],
);

table(
  'Peer circles: everyone in groups of size − 1 to size (greedy seeding, swaps, best of a few starts), wasm, one run (ms; total fit within groups as a share of the computed upper bound)',
  ['people', 'size', 'groups', 'affinities', 'forming', 'of the bound'],
  match.circles.map((c) => [c.n, c.size, c.groups, ms(c.affinity_ms), ms(c.form_ms), `${(100 * c.of_bound).toFixed(1)}%`]),
);

// 6. The program dashboard: 4,000 response codes pasted at once.
const program = await measureProgram({ dist: DIST });
results.program = program;
table(
  `Program dashboard, ${program.participants} participants × 4 milestones (${program.codes} response codes pasted at once), median of ${program.runs} (ms)`,
  ['operation', 'ms'],
  [
    ['import (click to the report on screen)', ms(program.import_ms)],
    ['longest stretch without a frame meanwhile', ms(program.longest_frame_gap_ms)],
    ['switch to another milestone', ms(program.switch_milestone_ms)],
  ],
);
console.log(`progress shown while reading: ${program.progress_shown ? 'yes' : 'no'}; said: ${program.said}`);

// 7. Lighthouse, desktop and mobile presets, per page.
results.lighthouse = {};
for (const { name, address } of AUDITED) {
  const lh = await measureLighthouse({ root: ROOT, dist: DIST, address, name });
  results.lighthouse[name] = lh;
  table(
    `Lighthouse 12.2.3, ${name} page (goals: performance on mobile >= 98 for the participant's page, >= 90 for the others; accessibility, best practices 100)`,
    ['preset', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP ms', 'TBT ms', 'CLS'],
    ['desktop', 'mobile'].map((p) => [
      p, lh[p].performance, lh[p].accessibility, lh[p].best_practices, lh[p].seo,
      Math.round(lh[p].lcp_ms), Math.round(lh[p].tbt_ms), lh[p].cls.toFixed(3),
    ]),
  );
}

const out = path.join(ROOT, 'bench/results.json');
fs.writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
console.log(`\nwrote ${path.relative(ROOT, out)}`);
