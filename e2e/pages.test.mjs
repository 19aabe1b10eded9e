// One page per audience: the leader's app (index.html), the facilitator's
// workshops (workshop.html) and the participant's join form and match link
// (join.html), and My data (data.html), which keeps every audience's
// sections. Each loads only its own binary; links in the old form
// (`#/join/…`, `#/match/…`, `#/workshop`, `#/data` on the leader's page) forward
// to the right page without loading the leader's app; the participant's
// page works on a phone on its own, and offline after one visit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, newGuardedContext, open, checkA11y, WIDTHS } from './helpers.mjs';
import { code, joinCode, workshopsDoc } from './workshop-data.mjs';

const env = useBrowser();
const INFO = { workshop: 7, name: 'Spring cohort', dates: 'May', contact: 'fac@lib.example', competencies: ['communication'], questions: [], identity: [] };
const MATCH = { workshop: 'Spring cohort', dates: '', facilitator: 'fac@lib.example', mentee: { name: 'Ana Diaz', contact: 'ana@lib.example', goal: 'Lead a renovation', competencies: ['advocacy'] }, mentor: { name: 'Bo Chen', contact: 'bo@lib.example', goal: '', competencies: ['advocacy'] }, score: 812, reasons: ['Both work in public libraries'] };
const SURVEY = { workshop: 7, name: 'Spring cohort', contact: '', milestone: { kind: 'midpoint_survey', date: '2027-03-16', title: 'Mid-point survey' }, questions: [{ id: 'met', text: 'Have you met?', kind: 'yes_no' }] };

/** Which binaries (`<name>-<hash>_bg.wasm`) a page fetched. */
function wasmFetched(page) {
  const seen = [];
  page.on('request', (r) => {
    const m = r.url().match(/\/([a-z]+)-[0-9a-f]+_bg\.wasm$/);
    if (m) seen.push(m[1]);
  });
  return seen;
}

for (const [label, hash, file, bin, heading] of [
  ['a join link', async () => `#/join/${await joinCode(INFO)}`, 'join.html', 'join', 'Join: Spring cohort'],
  ['a match link', async () => `#/match/${await code(3, MATCH)}`, 'join.html', 'join', 'Your mentoring match: Ana Diaz and Bo Chen'],
  ['the workshops list', async () => '#/workshop', 'workshop.html', 'workshop', 'Workshop'],
  // Bookmarked before My data had a page of its own.
  ['My data', async () => '#/data', 'data.html', 'data', 'My data'],
  // Survey links are handed out in the new form; a typed one still finds
  // its page (each page's inline script and `Route::page` agree).
  ['a survey link', async () => `#/survey/${await code(4, SURVEY)}`, 'join.html', 'join', 'Spring cohort: Mid-point survey'],
]) {
  test(`${label} in the old form forwards to ${file} without loading the leader's app`, async () => {
    const base = env.server.url;
    const g = await newGuardedContext(env.browser, base, { width: WIDTHS.phone });
    const page = await g.newPage();
    const wasm = wasmFetched(page);
    const h = await hash();
    await page.goto(`${base}/${h}`);
    await page.waitForSelector('html[data-app="mounted"]');
    assert.equal(await page.locator('h1').innerText(), heading);
    assert.equal(page.url(), `${base}/${file}${h}`);
    assert.deepEqual(wasm, [bin], 'only the page\'s own binary is fetched');
    g.assertClean();
    await g.context.close();
  });
}

test('a participant on a phone opens join.html on its own, shares a profile, and it works offline after one visit', async () => {
  const base = env.server.url;
  const g = await newGuardedContext(env.browser, base, { width: WIDTHS.phone });
  const page = await g.newPage();
  const wasm = wasmFetched(page);
  const link = `${base}/join.html#/join/${await joinCode(INFO)}`;
  await page.goto(link);
  await page.waitForSelector('html[data-app="mounted"]');
  assert.equal(await page.locator('h1').innerText(), 'Join: Spring cohort');
  await checkA11y(page, 'join form on its own page');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${overflow}px wider than a 390 px screen`);
  await page.getByLabel('Your name (required)').fill('Ria Das');
  await page.getByLabel('Mentee: I want a mentor').check();
  await page.getByRole('button', { name: 'Preview what I will share' }).click();
  await page.getByRole('button', { name: /^Make my profile code/ }).click();
  const profileCode = await page.locator('#profile-code').inputValue();
  assert.match(profileCode, /^[A-Za-z0-9_-]{20,}$/);
  assert.deepEqual([...new Set(wasm)], ['join'], 'the participant loads only the join page');
  // The profile is kept on the device for next time.
  await page.waitForFunction(() => (localStorage.getItem('wayfinder:workshops') ?? '').includes('Ria Das'));

  // Offline after one visit: the service worker kept the page and its files.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await g.context.setOffline(true);
  await page.reload();
  await page.waitForSelector('html[data-app="mounted"]');
  assert.equal(await page.locator('h1').innerText(), 'Join: Spring cohort');
  assert.equal(await page.getByLabel('Your name (required)').inputValue(), 'Ria Das');
  await g.context.setOffline(false);
  g.assertClean();
  await g.context.close();
});

test('on a device that also facilitates, the participant\'s page changes only the workshops it joined', async () => {
  const base = env.server.url;
  const g = await newGuardedContext(env.browser, base, { width: WIDTHS.phone });
  const page = await g.newPage();
  const seeded = workshopsDoc(6, 3);
  seeded.doc.workshops.items[0].locks = [[4, 1]];
  await page.goto(`${base}/join.html`);
  await page.evaluate((d) => {
    localStorage.setItem('wayfinder:workshops', JSON.stringify({ app: 'wayfinder', schema: 2, saved_at: Date.now(), rev: 1, data: d }));
  }, seeded.doc);
  await page.goto(`${base}/join.html#/join/${await joinCode(INFO)}`);
  await page.waitForSelector('html[data-app="mounted"]');
  await page.getByLabel('Your name (required)').fill('Ria Das');
  await page.getByLabel('Mentee: I want a mentor').check();
  await page.getByRole('button', { name: 'Preview what I will share' }).click();
  await page.getByRole('button', { name: /^Make my profile code/ }).click();
  await page.waitForFunction(() => (localStorage.getItem('wayfinder:workshops') ?? '').includes('Ria Das'));
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('wayfinder:workshops')));
  assert.deepEqual(stored.data.workshops, seeded.doc.workshops, 'the facilitator\'s workshops as they were');
  assert.deepEqual(stored.data.joined.items.map((j) => [j.id, j.profile.name]), [[7, 'Ria Das']]);
  // The facilitator's page still reads both.
  await page.goto(`${base}/workshop.html#/workshop/${seeded.info.workshop}`);
  await page.waitForSelector('html[data-app="mounted"]');
  await page.getByRole('heading', { name: 'Participants (6)' }).waitFor();
  g.assertClean();
  await g.context.close();
});

test('workshops saved by the release before the identity choices open read-only on join.html until the workshop page brings them up to date', async () => {
  const base = env.server.url;
  const g = await newGuardedContext(env.browser, base, { width: WIDTHS.phone });
  const page = await g.newPage();
  // Schema 1: identity answers in free text. The participant's page
  // carries no migrations (nor the Unicode tables the identity one needs).
  const v1 = JSON.stringify({ app: 'wayfinder', schema: 1, saved_at: 1, rev: 3, data: { joined: { items: [{ id: 7, updated_at: 1, info: INFO, profile: { id: 42, workshop: 7, name: 'Ria Das', role: 'mentee', identity: [{ dimension: 'gender', value: 'female', pref: 'same' }] } }], deleted: [] } } });
  await page.goto(`${base}/join.html`);
  await page.evaluate((t) => localStorage.setItem('wayfinder:workshops', t), v1);
  await page.goto(`${base}/join.html#/join/${await joinCode(INFO)}`);
  await page.waitForSelector('html[data-app="mounted"]');
  const banner = page.getByRole('status').filter({ hasText: 'Workshops: saved by an earlier version of Wayfinder.' });
  await banner.waitFor();
  await checkA11y(page, 'join form over workshops from an earlier version');
  // The form still makes a code; nothing is written over the old data.
  await page.getByLabel('Your name (required)').fill('Ria Das');
  await page.getByLabel('Mentee: I want a mentor').check();
  await page.getByRole('button', { name: 'Preview what I will share' }).click();
  await page.getByRole('button', { name: /^Make my profile code/ }).click();
  assert.match(await page.locator('#profile-code').inputValue(), /^[A-Za-z0-9_-]{20,}$/);
  await page.waitForTimeout(900);
  assert.equal(await page.evaluate(() => localStorage.getItem('wayfinder:workshops')), v1, 'left as stored');
  await page.reload();
  await banner.waitFor();
  assert.equal(await page.getByLabel('Your name (required)').inputValue(), '', 'nothing was kept');

  // The banner's link opens the facilitator's page, which migrates the
  // document and saves it at once; this tab takes it from the storage
  // event, and its untouched form takes the profile kept on the device.
  const [tab] = await Promise.all([
    g.context.waitForEvent('page'),
    banner.getByRole('link', { name: 'bring it up to date (opens in a new tab)' }).click(),
  ]);
  await tab.waitForSelector('html[data-app="mounted"]');
  assert.equal(new URL(tab.url()).pathname, '/workshop.html');
  await banner.waitFor({ state: 'detached' });
  const upgraded = await page.evaluate(() => JSON.parse(localStorage.getItem('wayfinder:workshops')));
  assert.equal(upgraded.schema, 2);
  assert.deepEqual(upgraded.data.joined.items[0].profile.identity, [{ dimension: 'gender', choices: ['woman'], pref: 'same' }]);
  await tab.close();
  assert.equal(await page.getByLabel('Your name (required)').inputValue(), 'Ria Das');
  await page.getByLabel('Your name (required)').fill('Ria Das-Okafor');
  await page.waitForFunction(() => (localStorage.getItem('wayfinder:workshops') ?? '').includes('Ria Das-Okafor'));
  assert.equal(await page.getByRole('status').filter({ hasText: 'saved by an earlier version' }).count(), 0);
  g.assertClean();
  await g.context.close();
});

test('the navigation links across pages, and each page names its own CSP', async () => {
  const base = env.server.url;
  const g = await newGuardedContext(env.browser, base);
  const page = await g.newPage();
  await open(page, base, '#/goals');
  await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Workshop' }).click();
  await page.waitForURL(`${base}/workshop.html#/workshop`);
  await page.waitForSelector('html[data-app="mounted"]');
  assert.equal(await page.locator('h1').innerText(), 'Workshop');
  await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Goals' }).click();
  await page.waitForURL(`${base}/#/goals`);
  await page.waitForSelector('html[data-app="mounted"]');
  assert.equal(await page.locator('h1').innerText(), 'Goals');
  await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'My data' }).click();
  await page.waitForURL(`${base}/data.html#/data`);
  await page.waitForSelector('html[data-app="mounted"]');
  assert.equal(await page.locator('h1').innerText(), 'My data');
  assert.equal(
    await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'My data' }).getAttribute('aria-current'),
    'page',
  );
  await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Guide' }).click();
  await page.waitForURL(`${base}/#/guide`);
  await page.waitForSelector('html[data-app="mounted"]');
  for (const file of ['', 'workshop.html', 'join.html', 'data.html']) {
    await page.goto(`${base}/${file}`);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    assert.doesNotMatch(csp, /unsafe-inline/);
  }
  g.assertClean();
  await g.context.close();
});

test("the facilitator's page opens only its own documents: the leader's unreadable goals are left to the leader's page", async () => {
  const base = env.server.url;
  const g = await newGuardedContext(env.browser, base);
  const page = await g.newPage();
  await page.goto(`${base}/workshop.html#/workshop`);
  await page.waitForSelector('html[data-app="mounted"]');
  const broken = '{"app":"wayfinder","schema":1,"rev":';
  await page.evaluate((text) => localStorage.setItem('wayfinder:goals', text), broken);
  await page.reload();
  await page.waitForSelector('html[data-app="mounted"]');
  await page.getByRole('button', { name: 'New workshop' }).waitFor();
  assert.equal(await page.locator('.banner-error').count(), 0, 'no banner about the leader\'s goals here');
  const keys = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('goals')).sort());
  assert.deepEqual(await keys(), ['wayfinder:goals'], 'not opened, so not quarantined, by this page');
  // The leader's page reports it, as before.
  await open(page, base, '#/goals');
  assert.match(await page.locator('.banner-error').innerText(), /Goals could not be opened/);
  assert.equal((await keys()).length, 2, 'quarantined by the leader\'s page');
  g.assertClean();
  await g.context.close();
});
