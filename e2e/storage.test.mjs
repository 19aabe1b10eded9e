// Data that is never lost: two tabs, a full quota, unreadable and newer
// data, backups and restores with every kind of bad file, delete all, and
// the backup reminder. Each test checks what the user sees and what is
// stored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, serveDist, newGuardedContext, open, checkA11y, refusedDownload, storedData, NOW } from './helpers.mjs';

let browser, server;
before(async () => {
  server = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const DAY = 86_400_000;

async function addGoal(page, title) {
  await page.getByLabel('New goal').fill(title);
  await page.getByRole('button', { name: 'Add goal' }).click();
}

async function goalTitles(page) {
  return (await page.locator('.goal-title').allInnerTexts()).sort();
}

async function waitForSaved(page, text) {
  await page.waitForFunction((t) => (localStorage.getItem('wayfinder:goals') ?? '').includes(t), text);
}

function envelope(data, { schema = 1, rev = 1 } = {}) {
  return JSON.stringify({ app: 'wayfinder', schema, saved_at: Date.now(), rev, data });
}

async function readDownload(download) {
  return fs.readFileSync(await download.path(), 'utf8');
}

test('two tabs editing at once lose nothing and both show both edits', async () => {
  const g = await newGuardedContext(browser, server.url);
  // The context's fake clock (helpers.mjs) is paused below: the 300 ms save
  // timers of both tabs fire only when the test says so, so the edits are
  // truly concurrent.
  const a = await g.newPage();
  const b = await g.newPage();
  await open(a, server.url, '#/goals');
  await open(b, server.url, '#/goals');
  await g.context.clock.pauseAt((await a.evaluate(() => Date.now())) + 5_000);
  await addGoal(a, 'Goal from tab A');
  await addGoal(b, 'Goal from tab B');
  assert.equal((await storedData(a))['wayfinder:goals'], undefined, 'neither tab has saved yet');
  // Both save timers fire at the same instant; then time runs on, so the
  // tab whose write was hidden can save the merge.
  await g.context.clock.runFor(1_000);
  await g.context.clock.resume();
  const both = ['Goal from tab A', 'Goal from tab B'];
  for (const p of [a, b]) {
    await p.waitForFunction(() => document.querySelectorAll('.goal-title').length === 2);
    assert.deepEqual(await goalTitles(p), both);
  }
  // Now different edits at once: A deletes its goal while B adds another.
  await g.context.clock.pauseAt((await a.evaluate(() => Date.now())) + 2_000);
  const revBefore = JSON.parse((await storedData(a))['wayfinder:goals']).rev;
  await a.getByRole('button', { name: 'Delete goal: Goal from tab A' }).click();
  await addGoal(b, 'Third goal from B');
  assert.equal(JSON.parse((await storedData(a))['wayfinder:goals']).rev, revBefore, 'neither tab has saved yet');
  await g.context.clock.runFor(1_000);
  await g.context.clock.resume();
  const after = ['Goal from tab B', 'Third goal from B'];
  for (const p of [a, b]) {
    await p.waitForFunction(() => [...document.querySelectorAll('.goal-title')].map((e) => e.textContent).sort().join('|') === 'Goal from tab B|Third goal from B');
    assert.deepEqual(await goalTitles(p), after);
  }
  await a.waitForFunction(() => (localStorage.getItem('wayfinder:goals') ?? '').includes('Third goal from B') && !localStorage.getItem('wayfinder:goals').includes('Goal from tab A'));
  const stored = JSON.parse((await storedData(a))['wayfinder:goals']);
  assert.deepEqual(stored.data.goals.items.map((x) => x.title).sort(), after);
  assert.ok(stored.rev >= 3, `revisions counted: ${stored.rev}`);
  g.assertClean();
  await g.context.close();
});

test('a full quota shows a persistent banner, keeps edits in memory, offers a backup, and clears on the next good save', async () => {
  const g = await newGuardedContext(browser, server.url);
  const page = await g.newPage();
  await open(page, server.url, '#/goals');
  await addGoal(page, 'Saved before the disk filled');
  await waitForSaved(page, 'Saved before the disk filled');
  // Fill the real quota with another key.
  await page.evaluate(() => {
    let size = 1 << 22;
    let i = 0;
    while (size >= 16) {
      try {
        localStorage.setItem(`filler:${i++}`, 'x'.repeat(size));
      } catch {
        size >>= 1;
      }
    }
  });
  await addGoal(page, 'Written while full');
  const banner = page.locator('.banner-error', { hasText: 'Not saved' });
  await banner.waitFor();
  assert.match(await banner.innerText(), /storage for Wayfinder is full/);
  assert.deepEqual(await goalTitles(page), ['Saved before the disk filled', 'Written while full']);
  await checkA11y(page, 'quota banner');
  // A backup the browser refuses to download says so, in the live message
  // the button names as its description.
  const save = banner.getByRole('button', { name: 'Download a backup' });
  const failure = await refusedDownload(page, save);
  const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
  assert.equal(await failure.textContent(), '', 'the message goes once the download works');
  const backup = JSON.parse(await readDownload(download));
  assert.deepEqual(
    backup.documents.goals.data.goals.items.map((x) => x.title).sort(),
    ['Saved before the disk filled', 'Written while full'],
    'the backup holds the edit storage could not take',
  );
  // Still full: the banner stays.
  await page.waitForTimeout(400);
  assert.ok(await banner.isVisible());
  // Space is freed; the next save succeeds and the banner goes.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler:')).forEach((k) => localStorage.removeItem(k)));
  await addGoal(page, 'After space was freed');
  await waitForSaved(page, 'After space was freed');
  await banner.waitFor({ state: 'detached' });
  const stored = JSON.parse((await storedData(page))['wayfinder:goals']);
  assert.equal(stored.data.goals.items.length, 3);
  g.assertClean();
  await g.context.close();
});

test('an unreadable section is kept, named in a banner, downloadable, and only reset on click', async () => {
  const g = await newGuardedContext(browser, server.url);
  const page = await g.newPage();
  await open(page, server.url, '#/goals');
  await page.evaluate(() => localStorage.setItem('wayfinder:goals', '{"app":"wayfinder","schema":1,"rev":'));
  await page.reload();
  await page.waitForSelector('html[data-app="mounted"]');
  const banner = page.locator('.banner-error');
  assert.match(await banner.innerText(), /Goals could not be opened: the stored text is not valid JSON/);
  assert.ok(await page.getByLabel('New goal').isDisabled());
  await checkA11y(page, 'unreadable-section banner');
  const raw = banner.getByRole('button', { name: 'Download the raw data' });
  assert.equal(await raw.getAttribute('aria-describedby'), 'goals-raw-download-error');
  assert.equal(await page.locator('#goals-raw-download-error').getAttribute('aria-live'), 'polite');
  const [download] = await Promise.all([page.waitForEvent('download'), raw.click()]);
  assert.equal(await readDownload(download), '{"app":"wayfinder","schema":1,"rev":');
  let stored = await storedData(page);
  assert.equal(stored['wayfinder:goals'], '{"app":"wayfinder","schema":1,"rev":', 'left in place');
  const copies = Object.keys(stored).filter((k) => k.startsWith('wayfinder:quarantine:goals:'));
  assert.equal(copies.length, 1);
  // Other sections keep working.
  await page.getByRole('link', { name: 'My data' }).first().click();
  await page.waitForFunction(() => document.title === 'My data · Wayfinder');
  assert.match(await page.getByTestId('usage').innerText(), /Wayfinder uses/);
  await page.goBack();
  await banner.getByRole('button', { name: 'Start goals fresh' }).click();
  await banner.waitFor({ state: 'detached' });
  await addGoal(page, 'A fresh start');
  await waitForSaved(page, 'A fresh start');
  stored = await storedData(page);
  assert.equal(stored[copies[0]], '{"app":"wayfinder","schema":1,"rev":', 'the quarantined copy stays');
  g.assertClean();
  await g.context.close();
});

test('data from a newer version opens read-only and is never written over', async () => {
  const g = await newGuardedContext(browser, server.url);
  const page = await g.newPage();
  await open(page, server.url, '#/goals');
  const future = envelope({ goals: { items: [{ id: 5, title: 'From the future', created_at: 1, updated_at: 1, colour: 'teal' }] }, extra: [1, 2] }, { schema: 99, rev: 7 });
  await page.evaluate((v) => localStorage.setItem('wayfinder:goals', v), future);
  await page.reload();
  await page.waitForSelector('html[data-app="mounted"]');
  assert.match(await page.locator('.banner-warn').innerText(), /Goals: read-only here\. This section was saved by a newer version/);
  assert.deepEqual(await goalTitles(page), ['From the future']);
  assert.ok(await page.getByLabel('New goal').isDisabled());
  assert.ok(await page.getByRole('button', { name: 'Delete goal: From the future' }).isDisabled());
  await checkA11y(page, 'read-only banner');
  await page.waitForTimeout(400);
  assert.equal((await storedData(page))['wayfinder:goals'], future);
  g.assertClean();
  await g.context.close();
});

// --- Backups -----------------------------------------------------------------

async function seed(page) {
  await open(page, server.url, '#/goals');
  await addGoal(page, 'Present goal one');
  await addGoal(page, 'Present goal two');
  await waitForSaved(page, 'Present goal two');
}

function backupFile(goals, { format = 1, schema = 1, app = 'wayfinder', kind = 'backup' } = {}) {
  return JSON.stringify({
    app, kind, format, exported_at: NOW,
    documents: { goals: { app: 'wayfinder', schema, saved_at: Date.now(), rev: 3, data: { goals: { items: goals } } } },
  });
}
const goal = (id, title, extra = {}) => ({ id, title, created_at: 1_700_000_000_000, updated_at: 1_700_000_000_000, ...extra });

async function pickBackup(page, name, buffer) {
  await page.locator('#restore-file').setInputFiles({ name, mimeType: 'application/json', buffer });
}

test('every bad backup gets a clear error and leaves stored data byte-for-byte unchanged', async () => {
  const g = await newGuardedContext(browser, server.url);
  const page = await g.newPage();
  await seed(page);
  await open(page, server.url, '#/data');
  const before = await storedData(page);
  const good = backupFile([goal(1, 'ok goal')]);
  const cases = [
    ['empty file', Buffer.alloc(0), /file is empty/],
    ['not JSON', Buffer.from('hello, this is a letter'), /not valid JSON/],
    ['truncated JSON', Buffer.from(good.slice(0, good.length - 40)), /not valid JSON/],
    ['another app', Buffer.from(JSON.stringify({ app: 'notes-app', kind: 'backup', format: 1 })), /not a Wayfinder backup/],
    ['newer format', Buffer.from(backupFile([goal(1, 'x goal')], { format: 7 })), /newer version of Wayfinder/],
    ['newer schema', Buffer.from(backupFile([goal(1, 'x goal')], { schema: 9 })), /newer version of Wayfinder/],
    ['wrong types', Buffer.from(backupFile([{ ...goal(1, 'x'), title: 42 }])), /cannot be used/],
    ['duplicate ids', Buffer.from(backupFile([goal(1, 'first'), goal(1, 'second')])), /two records share the id 1/],
    ['invalid date', Buffer.from(backupFile([goal(1, 'dated', { created_at: 'yesterday' })])), /cannot be used/],
    ['date before 1970', Buffer.from(backupFile([goal(1, 'dated', { created_at: -5, updated_at: -5 })])), /date before 1970/],
    ['negative id', Buffer.from(backupFile([goal(-1, 'negative')])), /cannot be used/],
    ['huge number', Buffer.from(backupFile([goal(1e30, 'huge')])), /cannot be used/],
    ['deeply nested arrays', Buffer.from('['.repeat(10_000) + ']'.repeat(10_000)), /not a Wayfinder backup \(it is not an object\)/],
    ['deeply nested data', Buffer.from(good.replace('"data":{', `"data":${'['.repeat(10_000)}${']'.repeat(10_000)},"x":{`)), /cannot be used/],
    ['20 MB file', Buffer.alloc(20 * 1024 * 1024, 32), /at most 5 MB/],
    ['a single stored section', Buffer.from(envelope({ goals: { items: [] } })), /single stored section/],
  ];
  for (const [label, buffer, message] of cases) {
    await pickBackup(page, `${label}.json`, buffer);
    const error = page.getByTestId('restore-error');
    await page.waitForFunction(() => document.querySelector('[data-testid="restore-error"]').textContent.length > 0);
    assert.match(await error.innerText(), message, label);
    assert.equal(await page.getByTestId('restore-preview').count(), 0, `${label}: no restore offered`);
    assert.deepEqual(await storedData(page), before, `${label}: stored data unchanged`);
  }
  await checkA11y(page, 'restore error');
  g.assertClean();
  await g.context.close();
});

test('hostile strings restore as plain text, never markup or links', async () => {
  const g = await newGuardedContext(browser, server.url);
  const page = await g.newPage();
  await open(page, server.url, '#/data');
  const hostile = [goal(11, '<script>window.__pwned = 1</script>'), goal(12, 'javascript:window.__pwned=2'), goal(13, '<img src=x onerror="window.__pwned=3">')];
  await pickBackup(page, 'hostile.json', Buffer.from(backupFile(hostile)));
  await page.getByTestId('restore-preview').waitFor();
  await page.getByRole('button', { name: 'Restore' }).click();
  await page.getByText('Restored:').waitFor();
  await page.getByRole('link', { name: 'Goals' }).first().click();
  await page.waitForFunction(() => document.querySelectorAll('.goal-title').length === 3);
  assert.deepEqual(await goalTitles(page), hostile.map((x) => x.title).sort());
  assert.equal(await page.locator('main script, main img').count(), 0);
  assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  g.assertClean();
  await g.context.close();
});

test('backup, delete all (typed confirmation), restore by replace and by merge', async () => {
  const g = await newGuardedContext(browser, server.url);
  const page = await g.newPage();
  await seed(page);
  await open(page, server.url, '#/data');
  assert.match(await page.getByTestId('last-backup').innerText(), /not downloaded a backup yet/);
  // A backup the browser refuses says why, and is not recorded as made.
  await refusedDownload(page, page.getByRole('button', { name: 'Download a backup' }));
  assert.match(await page.getByTestId('last-backup').innerText(), /not downloaded a backup yet/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a backup' }).click()]);
  assert.match(download.suggestedFilename(), /^wayfinder-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await readDownload(download);
  const backup = JSON.parse(text);
  assert.equal(backup.app, 'wayfinder');
  assert.equal(backup.kind, 'backup');
  assert.equal(backup.format, 1);
  assert.ok(backup.exported_at > 0);
  assert.equal(backup.documents.goals.schema, 1);
  assert.match(await page.getByTestId('last-backup').innerText(), /Last backup: \d{4}-\d{2}-\d{2}/);

  // Delete all: the wrong word does nothing; the right one clears.
  const confirm = page.getByLabel('Type DELETE to confirm');
  await confirm.fill('delete please');
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  assert.match(await page.getByTestId('delete-status').innerText(), /Type DELETE/);
  assert.ok(Object.keys(await storedData(page)).length > 0);
  await confirm.fill('DELETE');
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByText('All Wayfinder data in this browser was deleted.').waitFor();
  await page.waitForTimeout(400);
  const left = Object.keys(await storedData(page)).filter((k) => k !== 'wayfinder:settings');
  assert.deepEqual(left, []);

  // Add something new, then restore by replace: only the backup's goals remain.
  await open(page, server.url, '#/goals');
  await addGoal(page, 'Added after deleting');
  await waitForSaved(page, 'Added after deleting');
  await open(page, server.url, '#/data');
  await pickBackup(page, 'backup.json', Buffer.from(text));
  const preview = page.getByTestId('restore-preview');
  await preview.waitFor();
  assert.match(await preview.innerText(), /Goals: 2 goals/);
  await checkA11y(page, 'restore preview');
  await preview.getByLabel(/Replace/).check();
  const [safety] = await Promise.all([page.waitForEvent('download'), preview.getByRole('button', { name: 'Restore' }).click()]);
  assert.match(await readDownload(safety), /Added after deleting/, 'a backup of the current data came first');
  await page.getByText('Restored: your data is now the backup').waitFor();
  await open(page, server.url, '#/goals');
  assert.deepEqual(await goalTitles(page), ['Present goal one', 'Present goal two']);

  // Merge keeps what is here and adds the backup's records.
  await addGoal(page, 'Only here');
  await waitForSaved(page, 'Only here');
  await open(page, server.url, '#/data');
  await pickBackup(page, 'backup.json', Buffer.from(backupFile([goal(77, 'Only in the backup')])));
  await page.getByTestId('restore-preview').getByRole('button', { name: 'Restore' }).click();
  await page.getByText('Restored: the backup').waitFor();
  await open(page, server.url, '#/goals');
  assert.deepEqual(await goalTitles(page), ['Only here', 'Only in the backup', 'Present goal one', 'Present goal two']);
  g.assertClean();
  await g.context.close();
});

test('a backup written by the release before serde, every field populated, restores completely', async () => {
  const g = await newGuardedContext(browser, server.url);
  const page = await g.newPage();
  await open(page, server.url, '#/data');
  const file = new URL('../tests/fixtures/backup/full-v1.json', import.meta.url);
  const text = fs.readFileSync(file, 'utf8');
  await pickBackup(page, 'wayfinder-backup-2026-12-01.json', Buffer.from(text));
  const preview = page.getByTestId('restore-preview');
  await preview.waitFor();
  for (const section of [/Goals: 1 goal/, /Self-assessments: 1 assessment and a draft/, /Development plan/, /Guide: support network, needs, agreement: 1 person, 1 diagnostic result and a mentoring agreement/, /Workshops/, /Settings/]) {
    assert.match(await preview.innerText(), section);
  }
  await preview.getByLabel(/Replace/).check();
  await Promise.all([page.waitForEvent('download'), preview.getByRole('button', { name: 'Restore' }).click()]);
  await page.getByText('Restored: your data is now the backup').waitFor();
  // Every document is stored again with exactly the data the old release wrote.
  const stored = await storedData(page);
  const backup = JSON.parse(text);
  for (const [name, env] of Object.entries(backup.documents)) {
    const now = JSON.parse(stored[`wayfinder:${name}`]);
    assert.equal(now.schema, env.schema, name);
    if (name !== 'settings') assert.deepEqual(now.data, env.data, `${name} restored differently`);
  }
  // …and the screens show it.
  await open(page, server.url, '#/goals/1');
  await page.getByText('Run the budget meeting').first().waitFor();
  await page.getByText('Draft the agenda').first().waitFor();
  await open(page, server.url, '#/guide/network');
  await page.getByRole('link', { name: 'Ana Ölund' }).waitFor();
  await open(page, server.url, '#/workshop');
  await page.getByRole('link', { name: 'Emerging Leaders 2027' }).first().waitFor();
  g.assertClean();
  await g.context.close();
});

test('a reminder appears after 14 days without a backup and goes once one is made', async () => {
  const g = await newGuardedContext(browser, server.url);
  const page = await g.newPage();
  await seed(page);
  const old = NOW - 20 * DAY;
  await page.evaluate((v) => localStorage.setItem('wayfinder:settings', v), envelope({ first_used_at: old, last_backup_at: old, persistence: 'denied', updated_at: old }, { rev: 50 }));
  await page.reload();
  await page.waitForSelector('html[data-app="mounted"]');
  const reminder = page.locator('.banner-info');
  assert.match(await reminder.innerText(), /last backup was 20 days ago/);
  await checkA11y(page, 'backup reminder');
  await reminder.getByRole('link', { name: /Download a backup/ }).click();
  await page.waitForFunction(() => document.title === 'My data · Wayfinder');
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a backup' }).click()]);
  await reminder.waitFor({ state: 'detached' });
  assert.match(await page.getByTestId('persistence').innerText(), /may clear/);
  g.assertClean();
  await g.context.close();
});
