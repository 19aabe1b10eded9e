// The self-assessment as a leader uses it: take it by keyboard, leave and
// resume after a reload, finish and label it, compare two snapshots, turn a
// gap into a goal, export CSV, delete with undo, print; axe on every
// assessment screen in light and dark at phone and desktop widths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { newGuardedContext, open, checkA11y, refusedDownload, useBrowser, testScreensFit, localIso } from './helpers.mjs';

const env = useBrowser();

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 15);

function rating(competency, level, priority = 'medium', evidence = '') {
  return { competency, level, evidence, priority };
}

function snapshot(id, takenAt, label, ratings) {
  return { id, taken_at: takenAt, label, framework: 1, ratings, updated_at: takenAt };
}

/** Two snapshots five months apart, with hostile evidence in the later one. */
const TWO_SNAPSHOTS = {
  snapshots: {
    items: [
      snapshot(1001, T0, 'start of program', [
        rating('communication', 1, 'high', 'Nervous at all-staff meetings'),
        rating('ethics', 3),
        rating('conflict', 2, 'high'),
        rating('jedi', 1, 'high'),
      ]),
      snapshot(1002, T0 + 150 * DAY, '', [
        rating('communication', 3, 'high', '<img src=x onerror="window.pwned=1">Led the budget briefing'),
        rating('ethics', 2),
        rating('conflict', 2, 'high'),
        rating('jedi', 2, 'high', 'javascript:alert(1)'),
      ]),
    ],
    deleted: [],
  },
};

async function seed(page, data) {
  await page.evaluate((d) => {
    localStorage.clear();
    localStorage.setItem('wayfinder:assessments', JSON.stringify({ app: 'wayfinder', schema: 1, saved_at: Date.now(), rev: 1, data: d }));
  }, data);
  await page.reload();
  await page.waitForSelector('html[data-app="mounted"]');
}

/** A fresh context whose page has `data` stored and is open at `route`. */
async function openSeeded(data, route) {
  const g = await newGuardedContext(env.browser, env.server.url);
  const page = await g.newPage();
  await open(page, env.server.url, '#/');
  await seed(page, data);
  await open(page, env.server.url, route);
  return { g, page };
}

function storedAssessments(page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('wayfinder:assessments') ?? 'null')?.data ?? null);
}

test('take an assessment by keyboard, resume after a reload, finish, label, and make a goal from a gap', async () => {
  const g = await newGuardedContext(env.browser, env.server.url);
  const page = await g.newPage();
  await open(page, env.server.url, '#/assess');
  await page.getByText('No finished assessments yet').waitFor();
  await page.getByRole('button', { name: 'Start your first self-assessment' }).click();
  await page.waitForFunction(() => location.hash === '#/assess/take');
  await page.getByRole('heading', { level: 2, name: 'Leading yourself' }).waitFor();
  assert.match(await page.locator('#progress-text').innerText(), /Step 1 of 5 · 0 of 16 rated/);

  // Keyboard: arrow keys move through a radio group and choose.
  const group = page.getByRole('group', { name: 'Self-awareness and self-management' });
  await group.getByRole('radio', { name: /^0 · Not yet/ }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.ok(await group.getByRole('radio', { name: /^2 · Developing/ }).isChecked());
  await group.getByLabel('Evidence (optional)').fill('Asked my team for feedback after the reorganisation');
  await group.getByLabel('How much it matters to you now').selectOption('high');
  assert.match(await page.locator('#progress-text').innerText(), /1 of 16 rated/);

  // Saved as a draft: a reload resumes on the same step with the answers.
  await page.waitForFunction(() => (localStorage.getItem('wayfinder:assessments') ?? '').includes('reorganisation'));
  await page.reload();
  await page.waitForSelector('html[data-app="mounted"]');
  const again = page.getByRole('group', { name: 'Self-awareness and self-management' });
  assert.ok(await again.getByRole('radio', { name: /^2 · Developing/ }).isChecked());
  assert.equal(await again.getByLabel('Evidence (optional)').inputValue(), 'Asked my team for feedback after the reorganisation');
  assert.equal(await again.getByLabel('How much it matters to you now').inputValue(), 'high');

  await page.getByRole('button', { name: 'Next: Leading people' }).click();
  await page.getByRole('heading', { level: 2, name: 'Leading people' }).waitFor();
  // Focus moves to the step heading, so a screen reader hears the new step.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'step-heading');
  await page.getByRole('group', { name: 'Communication' }).getByRole('radio', { name: /^3 · Proficient/ }).check();
  await page.getByRole('button', { name: 'Next: Leading the library' }).click();
  await page.getByRole('button', { name: 'Next: Leading with the community' }).click();
  await page.getByRole('button', { name: 'Review and finish' }).click();
  await page.getByRole('heading', { level: 2, name: 'Review and finish' }).waitFor();
  const summary = page.getByRole('table', { name: 'Your ratings in this assessment' });
  assert.match(await summary.innerText(), /Communication\s+3 · Proficient/);
  assert.match(await summary.innerText(), /Ethics and integrity\s+Skipped/);
  await checkA11y(page, 'assessment summary');

  await page.getByLabel('Name this assessment (optional)').fill('start of program');
  await page.getByRole('button', { name: 'Finish assessment' }).click();
  await page.waitForFunction(() => /^#\/assess\/snapshot\/\d+$/.test(location.hash));
  assert.match(await page.locator('h1').innerText(), /^start of program \(\d{4}-\d{2}-\d{2}\)$/);
  const box = await page.locator('.radar svg').boundingBox();
  assert.ok(box && Math.abs(box.width / box.height - 500 / 326) < 0.01, 'the chart keeps its fixed proportions');
  assert.match(await page.getByRole('table', { name: 'Ratings, priorities and evidence' }).innerText(), /Asked my team for feedback/);

  await page.waitForFunction(() => JSON.parse(localStorage.getItem('wayfinder:assessments')).data.draft == null);
  const stored = await storedAssessments(page);
  assert.equal(stored.draft, null, 'the draft is cleared once finished');
  assert.equal(stored.snapshots.items.length, 1);
  assert.equal(stored.snapshots.items[0].label, 'start of program');

  // Gap → goal: self-awareness is high priority and rated 2.
  await open(page, env.server.url, '#/assess');
  const now = page.locator('.quad.now');
  await now.getByRole('button', { name: 'Make this a goal: Self-awareness and self-management' }).click();
  await page.waitForFunction(() => location.hash === '#/goals');
  await page.getByText('Grow my self-awareness and self-management from developing to proficient').waitFor();
  assert.match(await page.locator('.goal-row').innerText(), /Self-awareness and self-management: Developing → Proficient/);
  g.assertClean();
  await g.context.close();
});

test('re-rating shows what was said last time beside each choice, and chooses nothing', async () => {
  const { g, page } = await openSeeded(TWO_SNAPSHOTS, '#/assess');
  await page.getByRole('button', { name: 'Re-rate yourself now' }).click();
  await page.getByRole('heading', { level: 2, name: 'Leading yourself' }).waitFor();
  const ethics = page.getByRole('group', { name: 'Ethics and integrity' });
  await ethics.getByText(`Last time (${localIso(T0 + 150 * DAY)}): 2 · Developing`).waitFor();
  assert.ok(await ethics.getByRole('radio', { name: 'Skip for now' }).isChecked(), 'no level is chosen: it is chosen again');
  // Never rated before: nothing to show.
  assert.equal(await page.getByRole('group', { name: 'Self-awareness and self-management' }).getByText(/^Last time/).count(), 0);
  await page.getByRole('button', { name: 'Next: Leading people' }).click();
  const communication = page.getByRole('group', { name: 'Communication' });
  await communication.getByText(`Last time (${localIso(T0 + 150 * DAY)}): 3 · Proficient`).waitFor();
  assert.equal(await communication.getByLabel('Evidence (optional)').inputValue(), '<img src=x onerror="window.pwned=1">Led the budget briefing');
  await checkA11y(page, 're-rating with last time shown');

  // Discarding the re-rating can be undone, from the keyboard.
  await open(page, env.server.url, '#/assess');
  await page.getByRole('button', { name: 'Discard it' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText('Draft discarded.').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'draft-undo');
  await page.getByRole('button', { name: 'Re-rate yourself now' }).waitFor();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'continue-assessment');
  assert.equal(await page.getByText('Draft discarded.').count(), 0);
  g.assertClean();
  await g.context.close();
});

test('compare two snapshots, export CSV, delete with undo; evidence stays plain text', async () => {
  const { g, page } = await openSeeded(TWO_SNAPSHOTS, '#/assess');
  await page.reload();
  await page.waitForSelector('html[data-app="mounted"]');

  // Latest vs first by default: two polygons, a legend, and what changed.
  assert.equal(await page.locator('.radar-shape').count(), 2);
  assert.deepEqual(await page.locator('.legend li').allInnerTexts(), [
    `Assessment of ${localIso(T0 + 150 * DAY)}`,
    `start of program (${localIso(T0)})`,
  ]);
  const changes = await page.locator('.changes').innerText();
  assert.match(changes, /Communication: Aware → Proficient \(\+2\)/);
  assert.match(changes, /Justice, equity, diversity and inclusion: Aware → Developing \(\+1\)/);
  assert.match(changes, /Ethics and integrity: Proficient → Developing \(-1\)/);
  // The chart's table alternative has the same values.
  await page.getByText('Show the chart as a table').click();
  assert.match(await page.locator('.chart-table table').innerText(), /Communication\s+3 · Proficient\s+1 · Aware/);
  // Only the latest: one polygon.
  await page.getByLabel('Compare your latest assessment with').selectOption('0');
  await page.waitForFunction(() => document.querySelectorAll('.radar-shape').length === 1);
  assert.equal(await page.locator('.changes').count(), 0);

  // CSV: one row per snapshot × rating, formulas defused; a refused
  // download says why.
  await refusedDownload(page, page.getByRole('button', { name: 'Download CSV' }));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  assert.ok(csv.startsWith('\uFEFF'), 'a byte-order mark, so Excel reads UTF-8');
  const lines = csv.trim().split('\r\n');
  assert.equal(lines.length, 1 + 8);
  assert.match(lines[0], /^snapshot_id,date,label,domain,competency_id,competency,rating,level,priority,evidence$/);
  assert.match(csv, new RegExp(`1001,${localIso(T0)},start of program,Leading people,communication,Communication,1,Aware,high,Nervous`));

  // Hostile evidence is shown as text on the snapshot page.
  await open(page, env.server.url, '#/assess/snapshot/1002');
  await page.getByText('<img src=x onerror="window.pwned=1">Led the budget briefing').waitFor();
  assert.equal(await page.locator('main img').count(), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.locator('main a[href^="javascript:"]').count(), 0);

  // Delete with undo.
  await open(page, env.server.url, '#/assess');
  await page.getByRole('button', { name: `Delete start of program (${localIso(T0)})` }).click();
  await page.getByText(`Deleted “start of program (${localIso(T0)})”.`).waitFor();
  // The pressed button went with its row: the focus is on the way back.
  await page.waitForFunction(() => document.activeElement?.id === 'snapshot-undo');
  assert.equal(await page.locator('.record-row').count(), 1);
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('wayfinder:assessments')).data.snapshots.items.length === 1);
  await page.locator('.undo').getByRole('button', { name: 'Undo' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.record-row').length === 2);
  // …and then on the snapshot that came back.
  await page.waitForFunction((title) => document.activeElement?.textContent === title, `start of program (${localIso(T0)})`);
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('wayfinder:assessments')).data.snapshots.items.length === 2);
  g.assertClean();
  await g.context.close();
});

test('a snapshot prints with its chart and without navigation or buttons', async () => {
  const { g, page } = await openSeeded(TWO_SNAPSHOTS, '#/assess/snapshot/1001');
  await page.reload();
  await page.waitForSelector('html[data-app="mounted"]');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('nav').isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'Print' }).isVisible(), false);
  assert.ok(await page.locator('.radar svg').isVisible());
  assert.ok(await page.getByText('Nervous at all-staff meetings').isVisible());
  g.assertClean();
  await g.context.close();
});

testScreensFit('assessment screens', env, ['#/assess', '#/assess/snapshot/1002', '#/assess/take', '#/assess/snapshot/404'], async (page, url) => {
  await open(page, url, '#/');
  await seed(page, { ...TWO_SNAPSHOTS, draft: { started_at: T0, updated_at: T0, subset: [], ratings: [], step: 0 } });
});
