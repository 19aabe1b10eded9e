// Goals and the development plan as a leader uses them: add a goal, get
// SMART advice, fill it in, add, tick, reorder (by keyboard) and remove
// tasks, add check-ins, reload; filter and sort the list; export CSV and a
// calendar; write the plan and print it; axe on every goals screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { newGuardedContext, open, checkA11y, refusedDownload, useBrowser, testScreensFit, ROOT, shiftSeed, localIso, addDays } from './helpers.mjs';

const env = useBrowser();

// Written on 2026-11-29; moved to the test clock's today.
const SEED = shiftSeed(JSON.parse(fs.readFileSync(path.join(ROOT, 'e2e/goals-seed.json'), 'utf8')), '2026-11-29');

async function seed(page) {
  await page.evaluate((s) => {
    localStorage.clear();
    const env = (data) => JSON.stringify({ app: 'wayfinder', schema: 1, saved_at: Date.now(), rev: 1, data });
    localStorage.setItem('wayfinder:goals', env(s.goals));
    localStorage.setItem('wayfinder:plan', env(s.plan));
  }, SEED);
  await page.reload();
  await page.waitForSelector('html[data-app="mounted"]');
}

const storedGoals = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('wayfinder:goals') ?? 'null')?.data.goals.items ?? []);

test('a goal from first words to SMART, with tasks, check-ins and keyboard reordering, survives a reload', async () => {
  const g = await newGuardedContext(env.browser, env.server.url);
  const page = await g.newPage();
  await open(page, env.server.url, '#/goals');
  await page.getByText('No goals yet.').waitFor();
  await page.getByLabel('New goal').fill('Improve');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await page.getByRole('link', { name: 'Improve' }).click();
  await page.waitForFunction(() => /^#\/goals\/\d+$/.test(location.hash));
  const advice = page.locator('.goal-summary .callout');
  assert.match(await advice.innerText(), /Make the title concrete/);
  assert.match(await advice.innerText(), /how you will know it is done/);
  assert.match(await advice.innerText(), /Give it a target date/);

  // Validation next to the field, and the last good title is kept.
  await page.getByLabel('Title').fill('');
  assert.match(await page.locator('#goal-title-error').innerText(), /Give the goal a title/);
  await page.getByLabel('Title').fill('Present the branch budget to the board');
  assert.equal(await page.locator('#goal-title-error').innerText(), '');
  await page.getByLabel('How success is measured').fill('The board approves it in March');
  const target = addDays(localIso(), 120);
  await page.getByLabel('Target date').fill(target);
  await page.getByLabel('Mentor asks').fill('Rehearse the presentation with me');
  await page.waitForFunction(() => !document.querySelector('.goal-summary .callout'));
  assert.equal(await page.locator('h1').innerText(), 'Present the branch budget to the board');

  // Tasks: an empty one is refused; three added; one ticked.
  await page.getByRole('button', { name: 'Add task' }).click();
  assert.match(await page.locator('#task-error').innerText(), /Give the task a name/);
  for (const t of ['Draft the narrative', 'Rehearse', 'Send the slides']) {
    await page.getByLabel('New task').fill(t);
    await page.getByRole('button', { name: 'Add task' }).click();
    await page.getByText(t, { exact: true }).waitFor();
  }
  await page.getByRole('checkbox', { name: 'Draft the narrative' }).check();
  await page.getByText('33% done').waitFor();
  // Reorder by keyboard: focus "Move down" on the first task and press Enter.
  await page.getByRole('button', { name: 'Move down: Draft the narrative' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.task-list li')?.innerText.includes('Rehearse'));
  await page.getByRole('button', { name: 'Remove task: Send the slides' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.task-row').length === 2);

  // A check-in with a bad progress value is refused, then a good one saved.
  await page.getByLabel('Progress % (optional)').fill('140');
  await page.getByRole('button', { name: 'Add check-in' }).click();
  assert.match(await page.locator('#check-in-error').innerText(), /0 to 100/);
  await page.getByLabel('Progress % (optional)').fill('40');
  await page.getByLabel('Note').fill('Narrative drafted; <b>numbers</b> pending');
  await page.getByRole('button', { name: 'Add check-in' }).click();
  await page.getByText('— Narrative drafted; <b>numbers</b> pending').waitFor();
  await checkA11y(page, 'goal detail');

  await page.waitForTimeout(400);
  await page.reload();
  await page.waitForSelector('html[data-app="mounted"]');
  assert.equal(await page.getByLabel('How success is measured').inputValue(), 'The board approves it in March');
  assert.deepEqual(await page.locator('.task-row label').allInnerTexts(), ['Rehearse', 'Draft the narrative']);
  const [goal] = await storedGoals(page);
  assert.equal(goal.target_date, target);
  assert.equal(goal.check_ins[0].progress, 40);
  assert.equal(goal.tasks.find((t) => t.title === 'Draft the narrative').done, true);
  g.assertClean();
  await g.context.close();
});

test('"today" is the local calendar date: a goal due today is due today, and a check-in is dated today', async () => {
  const g = await newGuardedContext(env.browser, env.server.url);
  const page = await g.newPage();
  await open(page, env.server.url, '#/goals');
  await page.getByLabel('New goal').fill('Open the new branch');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await page.getByRole('link', { name: 'Open the new branch' }).click();
  await page.getByLabel('Target date').fill(localIso());
  assert.equal(await page.locator('#check-in-date').inputValue(), localIso(), 'a check-in defaults to the local date');
  await page.getByRole('button', { name: 'Add check-in' }).click();
  await page.locator('.check-in-list strong', { hasText: `${localIso()} · ` }).waitFor();
  await open(page, env.server.url, '#/goals');
  const row = page.locator('.goal-row', { hasText: 'Open the new branch' });
  assert.equal(await row.locator('.nudges').innerText(), 'Due today');
  await page.getByLabel('Overdue only').check();
  await page.waitForFunction(() => document.querySelectorAll('.goal-row').length === 0);
  await page.waitForFunction(() => (localStorage.getItem('wayfinder:goals') ?? '').includes('check_ins":[{'));
  const [goal] = await storedGoals(page);
  assert.equal(goal.check_ins[0].date, localIso());
  g.assertClean();
  await g.context.close();
});

test('the list filters, sorts and nudges; CSV and calendar exports are well formed', async () => {
  const g = await newGuardedContext(env.browser, env.server.url);
  const page = await g.newPage();
  await open(page, env.server.url, '#/goals');
  await seed(page);
  const titles = () => page.locator('.goal-row .goal-title').allInnerTexts();
  assert.equal((await titles()).length, 4);
  // Nudges: the conflict goal is 19 days overdue (target 2026-11-10 when
  // the seed was written on 2026-11-29), counted in local calendar days.
  const conflict = page.locator('.goal-row', { hasText: 'Grow my conflict resolution' });
  assert.match(await conflict.locator('.nudges').innerText(), /Overdue by 19 days/);
  const budget = page.locator('.goal-row', { hasText: 'Present the branch budget' });
  assert.match(await budget.locator('.nudges').innerText(), /Due in 6 days/);
  await page.getByLabel('Overdue only').check();
  await page.waitForFunction(() => document.querySelectorAll('.goal-row').length === 1);
  assert.match(await page.locator('#goal-count').innerText(), /Showing 1 of 4 goals/);
  await page.getByLabel('Overdue only').uncheck();
  await page.getByLabel('Competency').selectOption('conflict');
  await page.waitForFunction(() => document.querySelectorAll('.goal-row').length === 1);
  await page.getByLabel('Competency').selectOption('');
  await page.getByLabel('Status').selectOption('done');
  assert.deepEqual(await titles(), ['Lead the summer reading program with two partners']);
  await page.getByLabel('Status').selectOption('');
  await page.getByLabel('Sort by').selectOption('progress');
  await page.waitForFunction(() => document.querySelector('.goal-row .goal-title')?.innerText !== 'Lead the summer reading program with two partners');
  assert.equal((await titles()).at(-1), 'Lead the summer reading program with two partners', 'most progress last');

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  const csv = fs.readFileSync(await csvDownload.path(), 'utf8');
  assert.ok(csv.startsWith('\uFEFF'), 'a byte-order mark, so Excel reads UTF-8');
  const lines = csv.trim().split('\r\n');
  assert.match(lines[0], /^goal_id,title,type,status,progress,target_date/);
  assert.equal(lines.length, 1 + 3 + 1 + 1 + 1, 'three task rows for goal 1, one row each for the others');

  // A refused download says why under the exports, for either button.
  const refused = await refusedDownload(page, page.getByRole('button', { name: 'Download calendar (.ics)' }));
  assert.equal(await page.getByRole('button', { name: 'Download CSV' }).getAttribute('aria-describedby'), await refused.getAttribute('id'));
  const [icsDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download calendar (.ics)' }).click()]);
  assert.equal(await refused.textContent(), '', 'the message goes once a download works');
  const ics = fs.readFileSync(await icsDownload.path(), 'utf8');
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n') && ics.endsWith('END:VCALENDAR\r\n'));
  for (const l of ics.split('\r\n')) assert.ok(Buffer.byteLength(l) <= 75, `folded: ${l}`);
  assert.match(ics.replace(/\r\n /g, ''), /SUMMARY:Goal due: Present the branch budget to the library board/);
  assert.equal((ics.match(/BEGIN:VEVENT/g) ?? []).length, 3 + 2 + 1, 'active goals: targets, open tasks with dates, monthly check-ins; nothing for the done goal');
  g.assertClean();
  await g.context.close();
});

test('a goal deleted from the keyboard comes back with Undo, and the focus follows', async () => {
  const g = await newGuardedContext(env.browser, env.server.url, { width: 390, scheme: 'dark' });
  const page = await g.newPage();
  await open(page, env.server.url, '#/goals');
  await seed(page);
  const title = 'Grow my conflict resolution from aware to developing';
  await page.getByRole('button', { name: `Delete goal: ${title}` }).focus();
  await page.keyboard.press('Enter');
  await page.getByText(`Deleted “${title}”.`).waitFor();
  // The pressed button went with its row: the focus is on the way back.
  await page.waitForFunction(() => document.activeElement?.id === 'goal-undo');
  assert.equal(await page.locator('.goal-row').count(), 3);
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('wayfinder:goals')).data.goals.items.length === 3);
  await checkA11y(page, 'goals, one deleted');
  await page.keyboard.press('Enter');
  // …and then on the goal that came back, which is stored again.
  await page.waitForFunction((t) => document.activeElement?.textContent === t && document.activeElement.closest('.goal-row') !== null, title);
  assert.equal(await page.locator('.goal-row').count(), 4);
  assert.equal(await page.locator('#goal-undo').count(), 0);
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('wayfinder:goals')).data.goals.items.length === 4);

  // Deleted again, and the list filtered since to what is done: the goal
  // would come back hidden, so Undo clears the filters to show it.
  await page.getByRole('button', { name: `Delete goal: ${title}` }).click();
  await page.getByLabel('Status').selectOption('done');
  await page.getByLabel('Overdue only').check();
  assert.equal(await page.locator('.goal-row').count(), 0);
  await page.locator('#goal-undo').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((t) => document.activeElement?.textContent === t && document.activeElement.closest('.goal-row') !== null, title);
  assert.equal(await page.locator('.goal-row').count(), 4);
  assert.equal(await page.getByLabel('Status').inputValue(), '', 'the filter shows any status again');
  assert.equal(await page.getByLabel('Overdue only').isChecked(), false);
  assert.equal(await page.locator('#goal-count').innerText(), 'Showing 4 of 4 goals.');
  g.assertClean();
  await g.context.close();
});

test('a task or a check-in removed by mistake comes back with Undo, in its place; check-ins show by date', async () => {
  const g = await newGuardedContext(env.browser, env.server.url, { width: 390, scheme: 'dark' });
  const page = await g.newPage();
  await open(page, env.server.url, '#/goals');
  await seed(page);
  await open(page, env.server.url, '#/goals/1');
  const tasks = () => page.locator('.task-row label').allInnerTexts();
  const stored = async () => (await storedGoals(page)).find((x) => x.id === 1);
  assert.equal((await tasks()).length, 3);

  await page.getByRole('button', { name: 'Remove task: Rehearse with my mentor' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText('Removed the task “Rehearse with my mentor”.').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'task-undo');
  assert.equal((await tasks()).length, 2);
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('wayfinder:goals')).data.goals.items[0].tasks.length === 2);
  await checkA11y(page, 'goal, a task removed');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Remove task: Rehearse with my mentor');
  assert.match((await tasks())[1], /^Rehearse with my mentor/, 'back in its place');

  // A check-in logged on the wrong goal goes; the seeded one comes back.
  const history = page.locator('.check-in-list strong');
  await page.getByLabel('Note').fill('Logged on the wrong goal');
  await page.getByRole('button', { name: 'Add check-in' }).click();
  await page.getByText(' — Logged on the wrong goal').waitFor();
  assert.equal(await history.count(), 2);
  const seeded = await history.nth(1).innerText();
  await page.getByRole('button', { name: `Remove the check-in of ${seeded.replace(' · ', ': ')}` }).click();
  await page.getByText(`Removed the check-in of ${seeded.replace(' · ', ' (')}).`).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'check-in-undo');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'check-in-remove-0');
  assert.equal(await history.nth(1).innerText(), seeded, 'the older one is below again');
  await page.getByRole('button', { name: /^Remove the check-in of .*/ }).first().click();
  await page.waitForFunction(() => document.activeElement?.id === 'check-in-undo');

  // A check-in logged late for an earlier month takes its place by date.
  const earlier = addDays(seeded.slice(0, 10), -30);
  await page.getByLabel('Date', { exact: true }).fill(earlier);
  await page.getByLabel('Note').fill('September, logged late');
  await page.getByRole('button', { name: 'Add check-in' }).click();
  await page.getByText(' — September, logged late').waitFor();
  assert.deepEqual((await history.allInnerTexts()).map((t) => t.slice(0, 10)), [seeded.slice(0, 10), earlier]);

  await page.waitForTimeout(400);
  await page.reload();
  await page.waitForSelector('html[data-app="mounted"]');
  const goal = await stored();
  assert.deepEqual(goal.tasks.map((t) => t.id), [1, 2, 3]);
  assert.deepEqual(goal.check_ins.map((c) => c.note), ['Narrative drafted; numbers pending', 'September, logged late']);
  g.assertClean();
  await g.context.close();
});

test('the development plan gathers aspiration, growth areas, goals and asks, and prints on one page', async () => {
  const g = await newGuardedContext(env.browser, env.server.url);
  const page = await g.newPage();
  await open(page, env.server.url, '#/plan');
  await seed(page);
  assert.equal(await page.getByLabel('My aspiration').inputValue(), 'Direct a mid-sized public library system');
  await page.getByLabel('My aspiration').fill('Direct a public library system');
  await page.getByLabel('in 1–3 years').check();
  assert.match(await page.locator('main').innerText(), /Rehearse the presentation with me — for “Present the branch budget to the library board”/);
  await page.getByRole('button', { name: 'Suggest quarterly reviews' }).click();
  // Every 91 days from today's local date; the seed holds the first two.
  await page.getByText(addDays(localIso(), 273)).waitFor();
  assert.equal(await page.locator('.review-dates li').count(), 4, 'suggestions already there are not doubled');
  await checkA11y(page, 'plan');
  await page.waitForTimeout(400);
  const plan = await page.evaluate(() => JSON.parse(localStorage.getItem('wayfinder:plan')).data);
  assert.equal(plan.aspiration, 'Direct a public library system');
  assert.equal(plan.horizon, 'one_to_three');
  assert.deepEqual(plan.review_dates, [...plan.review_dates].sort());
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByLabel('My aspiration').isVisible(), false);
  assert.match(await page.locator('.print-only.aspiration').innerText(), /Direct a public library system — in 1–3 years/);
  assert.equal(await page.locator('nav').isVisible(), false);
  g.assertClean();
  await g.context.close();
});

testScreensFit('goals screens', env, ['#/goals', '#/goals/1', '#/goals/3', '#/goals/404', '#/plan'], async (page, url) => {
  await open(page, url, '#/');
  await seed(page);
});
