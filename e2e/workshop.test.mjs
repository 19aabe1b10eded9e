// A workshop from both sides, on two pages with their own storage: the
// facilitator sets up a workshop and gets its link and QR code; a
// participant on a phone opens the link, fills in a profile with a
// consented identity answer, previews exactly what is shared and makes a
// profile code; the facilitator imports 30 generated profiles (CSV) plus
// that code, with bad entries reported by line and repeats updated, runs
// the wizard, reads why pairs were made, locks a pair, re-runs, swaps two
// mentees, exports the pairs as CSV; the participant opens a match link
// and starts the mentoring agreement. Bad links say what is wrong. axe on
// every screen, both widths and colour schemes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { newGuardedContext, open, checkA11y, useBrowser, testScreensFit, WIDTHS } from './helpers.mjs';
import { cohortCsv, code, decodeCode, joinCode, workshopsDoc } from './workshop-data.mjs';

const env = useBrowser();
const ASSESSMENTS = fs.readFileSync(new URL('../tests/fixtures/assessments/v1.json', import.meta.url), 'utf8');

async function setUpWorkshop(page, base) {
  await open(page, base, '#/workshop');
  await page.getByRole('button', { name: 'New workshop' }).click();
  await page.waitForFunction(() => /^#\/workshop\/\d+$/.test(location.hash));
  await page.getByLabel('Workshop name').fill('Emerging Leaders 2027');
  await page.getByLabel('Dates').fill('12–13 March 2027');
  await page.getByLabel(/Your contact/).fill('facilitator@lib.example');
  await page.getByLabel('Gender').check();
  await page.getByLabel('Mentees per mentor (default)').fill('2');
  await page.locator('#join-url').waitFor();
  return page.inputValue('#join-url');
}

test('facilitator and participant run a workshop end to end', async () => {
  const base = env.server.url;
  const fac = await newGuardedContext(env.browser, base);
  const f = await fac.newPage();
  const link = await setUpWorkshop(f, base);
  // The link names the participant's own light page.
  assert.match(link, /\/join\.html#\/join\/[A-Za-z0-9_-]+$/);
  assert.ok(link.length < 2000, `${link.length} characters`);
  assert.ok(link.startsWith(base), 'the link points at this copy of the app');
  // Served from 127.0.0.1 here: the facilitator is told phones cannot open it.
  assert.match(await f.locator('.join-link p.warning').innerText(), /runs on this computer only/);
  await f.locator('svg.qr path').waitFor();
  assert.equal(await f.locator('svg.qr').getAttribute('role'), 'img');
  // At least 4 px per module on a desktop screen, and a large view to project.
  const modules = Number(await f.locator('svg.qr').getAttribute('data-modules'));
  const box = await f.locator('svg.qr').boundingBox();
  assert.ok(box.width / modules >= 4, `${(box.width / modules).toFixed(2)} px per module`);
  await f.getByRole('button', { name: 'Show large' }).click();
  const large = await f.locator('svg.qr').boundingBox();
  const viewport = f.viewportSize();
  assert.ok(large.width >= 0.8 * Math.min(viewport.width, viewport.height), `large view ${large.width}px`);
  await f.keyboard.press('Escape');
  await f.getByRole('button', { name: 'Show large' }).waitFor();
  await checkA11y(f, 'workshop setup');

  // The participant, on a phone, with their own browser storage.
  const part = await newGuardedContext(env.browser, base, { width: WIDTHS.phone });
  const p = await part.newPage();
  // They have taken a self-assessment (rated Communication 3 lately).
  await p.goto(`${base}/#/`);
  await p.evaluate((stored) => localStorage.setItem('wayfinder:assessments', stored), ASSESSMENTS);
  await p.goto(link);
  await p.reload();
  await p.waitForSelector('html[data-app="mounted"]');
  assert.equal(await p.locator('h1').innerText(), 'Join: Emerging Leaders 2027');
  assert.match(await p.locator('form .note').first().innerText(), /^Prefilled from your self-assessment/);
  await p.getByLabel('Either', { exact: true }).check();
  assert.ok(await p.locator('#offer-communication').isChecked(), 'a strength is prefilled to offer');
  await checkA11y(p, 'join form');
  await p.getByRole('button', { name: 'Preview what I will share' }).click();
  assert.match(await p.locator('#p-name-error').innerText(), /Enter your name/);
  await p.getByLabel('Your name (required)').fill('Zed Quinn');
  await p.getByLabel(/How your match can reach you/).fill('zed@lib.example');
  await p.getByLabel('Mentee: I want a mentor').check();
  await p.getByLabel('Type of library').selectOption('public');
  await p.getByLabel('Years working in libraries').fill('2');
  await p.locator('#grow-advocacy').check();
  await p.locator('#grow-communication').check();
  await p.getByLabel(/What you hope to get/).fill('Speak up for the library at city council');
  await p.getByLabel(/must not be paired with/).fill('Ana Diaz');
  await p.getByLabel(/I agree to share my gender/).check();
  await p.getByLabel('Woman', { exact: true }).check();
  await p.getByLabel('Someone of the same gender').check();
  await p.getByRole('button', { name: 'Preview what I will share' }).click();
  await p.getByRole('heading', { name: 'Exactly what you will share' }).waitFor();
  const preview = await p.locator('.preview dl').innerText();
  for (const shown of ['Zed Quinn', 'zed@lib.example', 'Public', '2 years', 'Marketing and advocacy', 'Communication', 'city council', 'Ana Diaz', 'Woman (wish: someone of the same)']) {
    assert.ok(preview.includes(shown), `preview shows ${shown}`);
  }
  await checkA11y(p, 'preview');
  assert.ok(!preview.includes('Competencies to offer'), 'a mentee shares no strengths');
  await p.getByRole('button', { name: 'Make my profile code' }).click();
  const code = await p.inputValue('#profile-code');
  assert.match(code, /^[A-Za-z0-9_-]+$/);
  // The code holds exactly the previewed profile: nothing from the
  // self-assessment (its evidence, its ratings), no prefilled strengths.
  const shared = (await decodeCode(code)).value;
  assert.deepEqual(Object.keys(shared).sort(), ['availability', 'contact', 'exclude', 'format', 'goal', 'grow', 'id', 'identity', 'level', 'library_type', 'name', 'offer', 'region', 'role', 'utc_offset', 'workshop', 'years']);
  assert.deepEqual(shared.offer, []);
  assert.deepEqual(shared.grow.sort(), ['advocacy', 'communication']);
  assert.deepEqual(shared.identity, [{ dimension: 'gender', choices: ['woman'], pref: 'same' }]);
  const mail = await p.getByRole('link', { name: 'Email it to the facilitator' }).getAttribute('href');
  assert.ok(mail.startsWith('mailto:facilitator@lib.example?subject='));
  assert.ok(mail.includes(code));
  await checkA11y(p, 'profile code');
  const [saved] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Download as a file' }).click()]);
  assert.equal(saved.suggestedFilename(), 'zed-quinn-profile.txt');
  const codeFile = await saved.path();
  assert.equal(fs.readFileSync(codeFile, 'utf8'), code);
  // Kept on the phone: reopening the link shows the answers again.
  await p.goto(link);
  await p.reload();
  await p.waitForSelector('html[data-app="mounted"]');
  assert.equal(await p.getByLabel('Your name (required)').inputValue(), 'Zed Quinn');

  // The facilitator brings everyone in: two files at once (a CSV of 30
  // and the participant's code file), then pasted codes with junk.
  await f.setInputFiles('#import-files', [
    { name: 'cohort.csv', mimeType: 'text/csv', buffer: Buffer.from(cohortCsv(30, 12)) },
    { name: 'zed-quinn-profile.txt', mimeType: 'text/plain', buffer: fs.readFileSync(codeFile) },
  ]);
  await f.locator('.import-report .success').waitFor();
  assert.equal(await f.locator('.import-report .success').innerText(), '31 participants added, 0 updated.');
  await f.getByLabel(/Paste profile codes/).fill(`${code}\nnot-a-code\n${code.slice(0, 40)}`);
  await f.getByRole('button', { name: 'Import codes' }).click();
  await f.waitForFunction(() => document.querySelector('.import-report .success')?.innerText.startsWith('0 participants added, 1 updated, 2 entries left out'));
  const problems = await f.locator('.import-report .problems li').allInnerTexts();
  assert.equal(problems.length, 2);
  assert.match(problems[0], /^Line 2: This is not a Wayfinder code/);
  assert.match(problems[1], /^Line 3: /);
  await f.getByLabel(/Paste profile codes/).fill(code);
  await f.getByRole('button', { name: 'Import codes' }).click();
  await f.waitForFunction(() => document.querySelector('.import-report .success')?.innerText === '0 participants added, 1 updated.');
  await f.getByLabel(/Paste profile codes/).fill('nonsense');
  await f.getByRole('button', { name: 'Import codes' }).click();
  await f.waitForFunction(() => document.querySelector('.import-report .success')?.innerText === '0 participants added, 0 updated, 1 entry left out (see below).');
  assert.equal(await f.getByRole('heading', { name: 'Participants (31)' }).count(), 1);
  await checkA11y(f, 'workshop with participants');

  // The wizard.
  await f.getByRole('link', { name: 'Open the matching wizard →' }).click();
  await f.getByRole('heading', { name: '1. Participants' }).waitFor();
  assert.match(await f.locator('.counts').innerText(), /19 mentees, 12 mentors/);
  await checkA11y(f, 'wizard: participants');
  await f.getByRole('button', { name: 'Weights →' }).click();
  await f.getByLabel('Background as each person wished (same or different)').fill('8');
  await checkA11y(f, 'wizard: weights');
  await f.getByRole('button', { name: 'Constraints →' }).click();
  assert.match(await f.locator('main section section').innerText(), /Zed Quinn not with Ana Diaz/);
  await checkA11y(f, 'wizard: constraints');
  await f.getByRole('button', { name: 'Results →' }).click();
  await f.locator('.pairs .pair').first().waitFor();
  const pairs = f.locator('.pairs .pair');
  assert.equal(await pairs.count(), 19, '12 mentors × 2 places for 19 mentees');
  assert.match(await f.locator('.summary').innerText(), /19 pairs; 0 mentees unmatched/);
  const zed = pairs.filter({ hasText: 'Zed Quinn →' });
  const zedText = await zed.innerText();
  assert.ok(!zedText.includes('→ Ana Diaz'), 'the exclusion holds');
  assert.match(zedText, /Offers \d of the 2 competencies the mentee wants to grow/);
  assert.match(zedText, /Next best for Zed Quinn: .+ not chosen: /);
  await checkA11y(f, 'wizard: results');

  // Lock the second pair, then change a weight: the lock holds on re-run.
  const second = pairs.nth(1);
  const title = (await second.locator('h3').innerText()).split(' fit')[0];
  await second.getByRole('button', { name: 'Lock this pair' }).click();
  await f.locator('.pair', { hasText: title }).locator('.tag').waitFor();
  // The re-run keeps the pair, so its card keeps the focus: the button
  // pressed is now "Unlock".
  await f.locator('.pair', { hasText: title }).getByRole('button', { name: 'Unlock' }).waitFor();
  assert.equal(await f.evaluate(() => document.activeElement?.textContent), 'Unlock');
  await f.waitForFunction(() => JSON.parse(localStorage.getItem('wayfinder:workshops')).data.workshops.items[0].locks.length === 1);
  await f.getByRole('button', { name: '2. Weights' }).click();
  await f.getByLabel('Their goals have words in common').fill('10');
  await f.getByRole('button', { name: '4. Results' }).click();
  await f.locator('.pair', { hasText: title }).locator('.tag').waitFor();

  // Swap two mentees by hand and see the change in fit.
  const names = await f.locator('#swap-a option').allInnerTexts();
  await f.locator('#swap-b').selectOption({ label: names[2] });
  await f.getByRole('button', { name: 'Swap and compare' }).click();
  assert.match(await f.locator('p.success').innerText(), /^Swapped .+: the sum of all pairs' fits went from [\d.]+ to [\d.]+ \([−+][\d.]+ points\)\./);
  await f.getByRole('button', { name: 'Back to the optimal assignment' }).click();

  // The print view shows the pairs without the controls.
  await f.emulateMedia({ media: 'print' });
  assert.ok(await f.locator('.pairs .pair').first().isVisible());
  for (const hidden of ['.steps', '.pair .actions', '.swap', '.outputs', 'nav']) {
    assert.equal(await f.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
  }
  await f.emulateMedia({ media: 'screen' });

  // Export.
  const [download] = await Promise.all([f.waitForEvent('download'), f.getByRole('button', { name: 'Download pairs (CSV)' }).click()]);
  assert.equal(download.suggestedFilename(), 'emerging-leaders-2027-pairs.csv');
  const csvText = fs.readFileSync(await download.path(), 'utf8');
  assert.ok(csvText.startsWith('\uFEFF'), 'a byte-order mark, so Excel reads UTF-8');
  const csv = csvText.trim().split('\r\n');
  assert.equal(csv[0], 'Mentee,Mentee contact,Mentor,Mentor contact,Fit,Why');
  assert.equal(csv.length, 20);
  assert.ok(csv.some((l) => l.startsWith('Zed Quinn,zed@lib.example,')));
  const intro = await zed.getByRole('link', { name: 'Email the introduction' }).getAttribute('href');
  assert.match(intro, /^mailto:zed@lib\.example,[^?]+\?subject=Your%20mentoring%20match%3A%20Zed%20Quinn/);
  assert.ok(!decodeURIComponent(intro).includes('gender'), 'background reasons stay with the facilitator');

  // The participant opens their match link and starts the agreement.
  const matchLink = await zed.getByRole('link', { name: 'Match link' }).getAttribute('href');
  assert.match(matchLink, /\/join\.html#\/match\/[A-Za-z0-9_-]+$/);
  await p.goto(matchLink);
  await p.waitForSelector('html[data-app="mounted"]');
  await p.getByRole('heading', { name: /^Your mentoring match: Zed Quinn and / }).waitFor();
  const mentorOfZed = (await p.locator('h1').innerText()).replace('Your mentoring match: Zed Quinn and ', '');
  assert.equal(await p.locator('ol li').count(), 5, 'the first-meeting agenda');
  await checkA11y(p, 'match link');
  // The agreement lives on the leader's page: the link carries the names.
  await p.getByRole('link', { name: 'Start our mentoring agreement' }).click();
  await p.waitForFunction(() => location.hash === '#/guide/agreement' && !location.pathname.endsWith('join.html'));
  await p.waitForSelector('html[data-app="mounted"]');
  assert.equal(await p.locator('#agreement-mentee').inputValue(), 'Zed Quinn');
  assert.equal(await p.locator('#agreement-mentor').inputValue(), mentorOfZed);
  await p.waitForFunction(() => JSON.parse(localStorage.getItem('wayfinder:guide') ?? 'null')?.data.agreement.mentee === 'Zed Quinn');

  // Forbid Zed's pair in the constraints step: the re-run pairs Zed elsewhere.
  const mentor = (await zed.locator('h3').innerText()).split(' → ')[1].split(' fit')[0];
  await f.getByRole('button', { name: '3. Constraints' }).click();
  await f.locator('#forbid-mentee').selectOption({ label: 'Zed Quinn' });
  await f.locator('#forbid-mentor').selectOption({ label: mentor });
  await f.getByRole('button', { name: 'Forbid this pair' }).click();
  await f.getByText(`Zed Quinn with ${mentor}`).waitFor();
  await f.getByRole('button', { name: '4. Results' }).click();
  await f.locator('.pair', { hasText: 'Zed Quinn →' }).waitFor();
  assert.ok(!(await f.locator('.pair', { hasText: 'Zed Quinn →' }).locator('h3').innerText()).includes(`→ ${mentor} `));
  fac.assertClean();
  part.assertClean();
  await fac.context.close();
  await part.context.close();
});

test('broken, cut and wrong links say what is wrong and change nothing', async () => {
  const base = env.server.url;
  const g = await newGuardedContext(env.browser, base);
  const page = await g.newPage();
  const good = await joinCode({ workshop: 5, name: 'Spring', competencies: [] });
  const cases = [
    [`#/join/${good.slice(0, good.length - 6)}`, /damaged|not a Wayfinder code/],
    ['#/join/hello-world', /not a Wayfinder code|damaged/],
    [`#/join/${await code(1, { workshop: 5, name: 'Spring' }, 9)}`, /newer version of Wayfinder \(format 9\)/],
    // Garbled, with a first byte far above our version: damaged, not "newer".
    ['#/join/this-is-not-a-valid-code', /damaged/],
    [`#/match/${good}`, /This is a workshop link, not a match link\./],
  ];
  for (const [hash, message] of cases) {
    await open(page, base, hash);
    await page.locator('h1').waitFor();
    assert.match(await page.locator('h1').innerText(), /does not work/);
    assert.match(await page.locator('.field-error').innerText(), message);
    await checkA11y(page, hash);
  }
  assert.deepEqual(await page.evaluate(() => localStorage.getItem('wayfinder:workshops')), null);
  g.assertClean();
  await g.context.close();
});

/** Stores a `workshops` document (schema 1, as the release before wrote
 *  it) and reloads the app on it. */
async function seedWorkshops(page, base, doc) {
  await open(page, base, '#/');
  await page.evaluate((d) => {
    localStorage.setItem('wayfinder:workshops', JSON.stringify({ app: 'wayfinder', schema: 1, saved_at: Date.now(), rev: 1, data: d }));
  }, doc);
  await page.reload();
  await page.waitForSelector('html[data-app="mounted"]');
}

const SEEDED = workshopsDoc(24, 10);
const MATCH = await code(3, { workshop: 'Emerging Leaders 2027', dates: '', facilitator: 'facilitator@lib.example', mentee: { name: 'Ana Diaz', contact: 'ana@lib.example', goal: 'Lead a renovation', competencies: ['advocacy'] }, mentor: { name: 'Bo Chen', contact: '555-0100', goal: '', competencies: ['advocacy', 'conflict'] }, score: 812, reasons: ['Both work in public libraries'] });
testScreensFit('Workshop screens', env, [
  '#/workshop',
  `#/workshop/${SEEDED.info.workshop}`,
  `#/workshop/${SEEDED.info.workshop}/match`,
  `#/join/${await joinCode(SEEDED.info)}`,
  `#/match/${MATCH}`,
], async (page, base) => {
  await seedWorkshops(page, base, SEEDED.doc);
});

test('the wizard\'s results are axe-clean and fit on a phone, dark', async () => {
  const base = env.server.url;
  const g = await newGuardedContext(env.browser, base, { width: WIDTHS.phone, scheme: 'dark' });
  const page = await g.newPage();
  await seedWorkshops(page, base, SEEDED.doc);
  await open(page, base, `#/workshop/${SEEDED.info.workshop}/match`);
  assert.equal(await page.locator('h1').innerText(), 'Matching: Emerging Leaders 2027');
  await page.getByRole('button', { name: '4. Results' }).click();
  await page.locator('.pair').first().waitFor();
  assert.equal(await page.locator('.pair').count(), 14, '14 mentees, 20 places');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `overflows by ${overflow}px`);
  await checkA11y(page, 'results on a phone');
  for (const step of ['2. Weights', '3. Constraints']) {
    await page.getByRole('button', { name: step }).click();
    await checkA11y(page, step);
  }
  g.assertClean();
  await g.context.close();
});

test('a large cohort shows its progress, then every pair', async () => {
  const base = env.server.url;
  const big = workshopsDoc(600, 200);
  const g = await newGuardedContext(env.browser, base);
  const page = await g.newPage();
  await seedWorkshops(page, base, big.doc);
  await open(page, base, `#/workshop/${big.info.workshop}/match`);
  await page.evaluate(() => {
    window.seen = [];
    new MutationObserver(() => {
      const t = document.querySelector('p.note[role=status]')?.textContent;
      if (t) window.seen.push(t);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByRole('button', { name: '4. Results' }).click();
  await page.locator('.pair').first().waitFor({ timeout: 60000 });
  assert.equal(await page.locator('.pair').count(), 400, '400 mentees, 200 mentors with 2 places each');
  const seen = await page.evaluate(() => window.seen);
  assert.ok(seen.some((t) => /^Scoring pairs: \d+ of 400 mentees…$/.test(t)), seen.join(' | '));
  assert.ok(seen.includes('Finding the best assignment for 400 mentees…'), seen.join(' | '));
  g.assertClean();
  await g.context.close();
});

test('leaving the results while a large cohort is being scored stops the scoring; the app goes on working', async () => {
  const base = env.server.url;
  const big = workshopsDoc(1500, 500);
  const g = await newGuardedContext(env.browser, base);
  const page = await g.newPage();
  await seedWorkshops(page, base, big.doc);
  await open(page, base, `#/workshop/${big.info.workshop}/match`);
  await page.getByRole('button', { name: '4. Results' }).click();
  await page.waitForFunction(() => /^Scoring pairs: \d+ of 1000 mentees…$/.test(document.querySelector('p.note[role=status]')?.textContent ?? ''), null, { polling: 'raf' });
  // Away mid-scoring: to another step, then to another screen.
  await page.getByRole('button', { name: '2. Weights' }).click();
  await page.waitForTimeout(300);
  await open(page, base, '#/goals');
  await page.waitForTimeout(2500);
  await page.getByLabel('New goal').fill('Still working');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await page.getByRole('link', { name: 'Still working' }).waitFor();
  await page.waitForFunction(() => (localStorage.getItem('wayfinder:goals') ?? '').includes('Still working'));
  g.assertClean();
  await g.context.close();
});

test('an exclusion written in capitals with accents still prevents the pair', async () => {
  const base = env.server.url;
  const doc = workshopsDoc(3, 2);
  const [elodie, bo, anna] = doc.doc.workshops.items[0].participants;
  Object.assign(elodie, { name: 'Élodie Martin', offer: ['advocacy', 'conflict'], library_type: 'public' });
  Object.assign(bo, { name: 'Bo Chen', offer: ['resource-management'], library_type: 'academic' });
  // Typed in capitals, the accent as a separate combining mark.
  Object.assign(anna, { name: 'Anna Petrova', grow: ['advocacy'], library_type: 'public', exclude: ['E\u0301LODIE  MARTIN'] });
  doc.doc.workshops.items[0].default_capacity = 1;
  const g = await newGuardedContext(env.browser, base);
  const page = await g.newPage();
  await seedWorkshops(page, base, doc.doc);
  await open(page, base, `#/workshop/${doc.info.workshop}/match`);
  await page.getByRole('button', { name: '4. Results' }).click();
  await page.locator('.pair').first().waitFor();
  const pair = await page.locator('.pair').first().innerText();
  assert.match(pair, /Anna Petrova/);
  assert.match(pair, /Bo Chen/, 'paired with the other mentor');
  assert.doesNotMatch(pair, /Élodie/);
  g.assertClean();
  await g.context.close();
});

test('background answers stay off printouts and files, and are removed once the pairs are final', async () => {
  const base = env.server.url;
  const doc = workshopsDoc(6, 3);
  const w = doc.doc.workshops.items[0];
  // Two people shared their gender with a wish: the reasons mention it.
  w.participants[3].identity = [{ dimension: 'gender', choices: ['woman'], pref: 'same' }];
  for (const p of w.participants.slice(0, 3)) p.identity = [{ dimension: 'gender', choices: ['woman'], pref: 'none' }];
  const g = await newGuardedContext(env.browser, base);
  const page = await g.newPage();
  await seedWorkshops(page, base, doc.doc);
  await open(page, base, `#/workshop/${doc.info.workshop}`);
  assert.match(await page.locator('.background-reminder').innerText(), /Background answers from 4 participants are still stored/);
  await open(page, base, `#/workshop/${doc.info.workshop}/match`);
  await page.getByRole('button', { name: '4. Results' }).click();
  const reason = page.locator('.pair .why li', { hasText: /wishes about background/ }).first();
  await reason.waitFor();
  assert.match(await page.locator('.summary').innerText(), /Fewer than 5 pairs where both shared a background question/, 'no small counts');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download pairs (CSV)' }).click()]);
  assert.doesNotMatch(fs.readFileSync(await download.path(), 'utf8'), /background/);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await reason.isVisible(), false, 'not printed');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Remove background answers' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Remove background answers' }).click();
  await checkA11y(page, 'remove background answers');
  await page.getByRole('button', { name: 'Yes, remove them' }).click();
  await page.getByRole('button', { name: 'Remove background answers' }).waitFor({ state: 'detached' });
  await page.waitForFunction(() => !(localStorage.getItem('wayfinder:workshops') ?? '').includes('"choices"'));
  assert.equal(await page.locator('.pair .why li', { hasText: /background/ }).count(), 0);
  await open(page, base, `#/workshop/${doc.info.workshop}`);
  assert.equal(await page.locator('.background-reminder').count(), 0);
  g.assertClean();
  await g.context.close();
});

test('the constraints step shows the workshop as it is now: a name and an exclusion changed in another tab show at once', async () => {
  const base = env.server.url;
  const seeded = workshopsDoc(6, 2);
  const w = seeded.doc.workshops.items[0];
  const [mentorA, , mentee] = w.participants;
  w.locks = [[mentee.id, mentorA.id]];
  mentee.exclude = ['Nobody Here'];
  const g = await newGuardedContext(env.browser, base);
  const wizard = await g.newPage();
  await seedWorkshops(wizard, base, seeded.doc);
  await open(wizard, base, `#/workshop/${seeded.info.workshop}/match`);
  await wizard.getByRole('button', { name: '3. Constraints' }).click();
  const step = wizard.locator('main section section');
  await step.getByText(`${mentee.name} with ${mentorA.name}`).waitFor();
  assert.match(await step.innerText(), new RegExp(`${mentee.name} not with Nobody Here`));
  // The details of capacities stay open while a capacity is typed.
  await wizard.locator('summary', { hasText: 'A different number for some mentors' }).click();
  await wizard.getByLabel(mentorA.name, { exact: true }).fill('3');
  await wizard.getByLabel(mentorA.name, { exact: true }).press('Tab');
  assert.ok(await wizard.getByLabel(mentorA.name, { exact: true }).isVisible(), 'the details stay open');
  await wizard.waitForFunction(() => JSON.parse(localStorage.getItem('wayfinder:workshops')).data.workshops.items[0].capacity.length === 1);

  // Another tab renames the mentee and changes their exclusion; the ids
  // (and roles) stay the same.
  const other = await g.newPage();
  await open(other, base, '#/');
  await other.evaluate(() => {
    const stored = JSON.parse(localStorage.getItem('wayfinder:workshops'));
    const w = stored.data.workshops.items[0];
    const p = w.participants[2];
    p.name = 'Renamed Person';
    p.exclude = ['Someone Else'];
    w.updated_at = Date.now() + 1000;
    stored.rev += 1;
    localStorage.setItem('wayfinder:workshops', JSON.stringify(stored));
  });
  await step.getByText(`Renamed Person with ${mentorA.name}`).waitFor();
  const text = await step.innerText();
  assert.match(text, /Renamed Person not with Someone Else/);
  assert.doesNotMatch(text, /Nobody Here/);
  assert.equal(await wizard.getByLabel(mentorA.name, { exact: true }).inputValue(), '3');
  g.assertClean();
  await g.context.close();
});

test('a facilitator plans the program after the match: dated milestones, edits kept, a calendar to download', async () => {
  const base = env.server.url;
  const seeded = workshopsDoc(4, 2);
  for (const [width, scheme] of [[WIDTHS.phone, 'dark'], [1280, 'light']]) {
    const g = await newGuardedContext(env.browser, base, { width, scheme });
    const page = await g.newPage();
    await seedWorkshops(page, base, seeded.doc);
    await open(page, base, `#/workshop/${seeded.info.workshop}`);
    const section = page.locator('section.program');
    await section.getByLabel('Start').fill('2027-01-31');
    await section.getByLabel('Length').selectOption('3');
    await section.getByRole('button', { name: 'Plan the program' }).click();
    await section.getByText('3 months from 2027-01-31 to 2027-04-30; pairs meet once a month.').waitFor();
    const titles = await section.locator('input[id^="milestone-title-"]').evaluateAll((inputs) => inputs.map((i) => i.value));
    const dates = await section.locator('input[id^="milestone-date-"]').evaluateAll((inputs) => inputs.map((i) => i.value));
    assert.deepEqual(titles, ['Mentoring agreement signed', 'Check-in', 'Goals set', 'Mid-point survey', 'Check-in', 'Final survey', 'Closing and recognition']);
    assert.deepEqual(dates, ['2027-02-14', '2027-02-28', '2027-03-02', '2027-03-16', '2027-03-31', '2027-04-16', '2027-04-30'], 'month ends clamp: 31 January + 1 month is 28 February');
    await checkA11y(page, `program plan, ${width}px ${scheme}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${overflow}px wider than the screen`);

    // Typing keeps the focus in the field, and a date outside the program is named.
    const title = section.locator('#milestone-title-0');
    await title.fill('');
    await title.pressSequentially('Agreement signed by both');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'milestone-title-0');
    await section.locator('#milestone-date-1').fill('2027-06-01');
    await section.getByText('“Check-in” on 2027-06-01 is outside the program (2027-01-31 to 2027-04-30).').waitFor();
    await section.locator('#milestone-date-1').fill('2027-03-01');
    await section.getByRole('button', { name: 'Remove milestone 5' }).click();
    await page.waitForFunction(() => document.querySelectorAll('section.program li.milestone').length === 6);

    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Download the calendar (.ics)' }).click()]);
    assert.equal(download.suggestedFilename(), 'emerging-leaders-2027-program.ics');
    const ics = fs.readFileSync(await download.path(), 'utf8');
    assert.equal((ics.match(/BEGIN:VEVENT/g) ?? []).length, 6);
    assert.match(ics, /DTSTART;VALUE=DATE:20270214\r\n/);
    assert.match(ics, /SUMMARY:Emerging Leaders 2027: Agreement signed by both\r\n/);

    // Kept with the workshop.
    await page.waitForTimeout(400);
    await page.reload();
    await page.waitForSelector('html[data-app="mounted"]');
    assert.equal(await page.locator('#milestone-title-0').inputValue(), 'Agreement signed by both');
    g.assertClean();
    await g.context.close();
  }
});

/** Plans a 3-month program from 2027-01-31 for workshop `id`; the
 *  program's section. */
async function planProgram(page, base, id) {
  await open(page, base, `#/workshop/${id}`);
  const section = page.locator('section.program');
  await section.getByLabel('Start').fill('2027-01-31');
  await section.getByLabel('Length').selectOption('3');
  await section.getByRole('button', { name: 'Plan the program' }).click();
  return section;
}

/** The mid-point survey's link, from the plan's list of links. */
async function midpointSurveyLink(section) {
  await section.locator('summary', { hasText: '2027-03-16 · Mid-point survey' }).click();
  return section.getByLabel('Survey link: 2027-03-16 · Mid-point survey').inputValue();
}

/** The match link of the first pair in the wizard's results, and the
 *  pair's mentee name. */
async function firstMatchLink(page) {
  await page.getByRole('link', { name: 'Open the matching wizard →' }).click();
  await page.getByRole('button', { name: '4. Results' }).click();
  const pair = page.locator('.pairs .pair').first();
  await pair.waitFor();
  const [mentee] = (await pair.locator('h3').innerText()).split(' fit')[0].split(' → ');
  return { link: await pair.getByRole('link', { name: 'Match link' }).getAttribute('href'), mentee };
}

test('a pair’s match link carries the program: the same dates on the participant’s own page at 390 px, and a calendar', async () => {
  const base = env.server.url;
  const seeded = workshopsDoc(4, 2);
  const fac = await newGuardedContext(env.browser, base);
  const f = await fac.newPage();
  await seedWorkshops(f, base, seeded.doc);
  const section = await planProgram(f, base, seeded.info.workshop);
  const summary = '3 months from 2027-01-31 to 2027-04-30; pairs meet once a month.';
  await section.getByText(summary).waitFor();
  const { link: matchLink } = await firstMatchLink(f);
  const { value } = await decodeCode(matchLink.split('#/match/')[1]);
  assert.equal(value.workshop_id, seeded.info.workshop);
  assert.equal(value.program.milestones.length, 7);

  // The participant opens only their own page, on a phone.
  const part = await newGuardedContext(env.browser, base, { width: WIDTHS.phone, scheme: 'dark' });
  const p = await part.newPage();
  await p.goto(matchLink);
  await p.waitForSelector('html[data-app="mounted"]');
  const program = p.locator('section.pair-program');
  await program.getByRole('heading', { name: 'Your program' }).waitFor();
  await program.getByText(summary).waitFor();
  const dates = await program.locator('ol.program-dates li').allInnerTexts();
  assert.deepEqual(dates, [
    '2027-02-14 Mentoring agreement signed', '2027-02-28 Check-in', '2027-03-02 Goals set', '2027-03-16 Mid-point survey',
    '2027-03-31 Check-in', '2027-04-16 Final survey', '2027-04-30 Closing and recognition',
  ]);
  await checkA11y(p, 'match link with a program, 390px dark');
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${overflow}px wider than the screen`);
  const [download] = await Promise.all([p.waitForEvent('download'), program.getByRole('button', { name: 'Add these dates to my calendar (.ics)' }).click()]);
  assert.equal(download.suggestedFilename(), 'emerging-leaders-2027-program.ics');
  const ics = fs.readFileSync(await download.path(), 'utf8');
  assert.equal((ics.match(/BEGIN:VEVENT/g) ?? []).length, 7);
  assert.match(ics, /SUMMARY:Emerging Leaders 2027: Mid-point survey\r\n/);
  assert.match(ics, new RegExp(`UID:workshop-${seeded.info.workshop}-midpointsurvey-20270316`));
  assert.equal(await p.locator('script[src*="wayfinder-"]').count(), 0, 'the leader’s app is not loaded');
  fac.assertClean();
  part.assertClean();
  await fac.context.close();
  await part.context.close();
});

test('a participant answers a milestone’s survey on their own page: only once matched here, exactly what is shared, a response code', async () => {
  const base = env.server.url;
  const seeded = workshopsDoc(4, 2);
  const fac = await newGuardedContext(env.browser, base);
  const f = await fac.newPage();
  await seedWorkshops(f, base, seeded.doc);
  const section = await planProgram(f, base, seeded.info.workshop);
  const surveyLink = await midpointSurveyLink(section);
  assert.match(surveyLink, /\/join\.html#\/survey\/[A-Za-z0-9_-]+$/);
  assert.equal(await section.locator('svg.qr').count(), 1, 'a QR code for the open link');
  await checkA11y(f, 'program plan with survey links');
  const { link: matchLink, mentee: menteeName } = await firstMatchLink(f);
  const mentee = seeded.doc.workshops.items[0].participants.find((p) => p.name === menteeName);

  const part = await newGuardedContext(env.browser, base, { width: WIDTHS.phone, scheme: 'dark' });
  const p = await part.newPage();
  // Not joined on this device: told so.
  await p.goto(surveyLink);
  await p.waitForSelector('html[data-app="mounted"]');
  await p.getByText('This survey is for the participants of “Emerging Leaders 2027”. This device has not joined it.').waitFor();
  await checkA11y(p, 'survey, not joined');
  // Joined, but the match link not yet opened here.
  await p.evaluate(({ info, profile }) => {
    const joined = { items: [{ id: info.workshop, updated_at: 1, info, profile }], deleted: [] };
    localStorage.setItem('wayfinder:workshops', JSON.stringify({ app: 'wayfinder', schema: 2, saved_at: Date.now(), rev: 1, data: { workshops: { items: [], deleted: [] }, joined } }));
  }, { info: seeded.info, profile: mentee });
  await p.reload();
  await p.waitForSelector('html[data-app="mounted"]');
  await p.getByText('You have no match recorded on this device yet.').waitFor();
  // The match link records the partner.
  await p.goto(matchLink);
  await p.waitForSelector('html[data-app="mounted"]');
  await p.getByText('This device now keeps your match with your profile').waitFor();
  await p.goto(surveyLink);
  await p.waitForSelector('html[data-app="mounted"]');
  await p.getByRole('heading', { name: 'Emerging Leaders 2027: Mid-point survey' }).waitFor();
  await p.getByRole('group', { name: 'How often have you met since the program started?' }).getByLabel('Not yet').check();
  await p.getByRole('group', { name: 'How satisfied are you with your match?' }).getByLabel('2', { exact: true }).check();
  await p.getByRole('group', { name: /no-fault re-match/ }).getByLabel('Yes').check();
  await p.getByLabel('One comment for the facilitator (optional).').fill('Could we meet online?');
  await checkA11y(p, 'survey questions, 390px dark');
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${overflow}px wider than the screen`);
  await p.getByRole('button', { name: 'Preview what I will share' }).click();
  const shared = await p.locator('.preview dl').innerText();
  assert.match(shared, new RegExp(`Name\\s+${mentee.name}`));
  assert.match(shared, /How satisfied are you with your match\?\s+2 of 5/);
  assert.match(shared, /How much progress have you made on your goals\?\s+not answered/);
  assert.match(shared, /Could we meet online\? \(shown without your name\)/);
  await checkA11y(p, 'survey preview');
  await p.getByRole('button', { name: 'Make my response code' }).click();
  const code = await p.locator('#response-code').inputValue();
  const { kind, value } = await decodeCode(code);
  assert.equal(kind, 5);
  assert.equal(value.person, mentee.id);
  assert.equal(value.milestone, '2027-03-16 midpoint_survey');
  assert.deepEqual(value.answers.map((a) => a.question), ['met', 'satisfaction', 'rematch', 'comment']);
  assert.equal(value.name_with_comment, false);
  await checkA11y(p, 'survey response code');
  // Kept on this device: the answers are there when the link is opened again.
  await p.reload();
  await p.waitForSelector('html[data-app="mounted"]');
  assert.equal(await p.getByRole('group', { name: 'How satisfied are you with your match?' }).getByLabel('2', { exact: true }).isChecked(), true);
  assert.equal(await p.getByLabel('One comment for the facilitator (optional).').inputValue(), 'Could we meet online?');
  fac.assertClean();
  part.assertClean();
  await fac.context.close();
  await part.context.close();
});

/** A participant on their own phone: joined `info` as `profile`, opens
 *  their `matchLink`, answers the survey at `surveyLink` with `answer`
 *  (a function of the page) and returns the response code. */
async function answerOnPhone(base, { info, profile, matchLink, surveyLink, answer }) {
  const g = await newGuardedContext(env.browser, base, { width: WIDTHS.phone, scheme: 'dark' });
  const p = await g.newPage();
  await p.goto(`${base}/join.html`);
  await p.evaluate(({ info, profile }) => {
    const joined = { items: [{ id: info.workshop, updated_at: 1, info, profile }], deleted: [] };
    localStorage.setItem('wayfinder:workshops', JSON.stringify({ app: 'wayfinder', schema: 2, saved_at: Date.now(), rev: 1, data: { workshops: { items: [], deleted: [] }, joined } }));
  }, { info, profile });
  await p.goto(matchLink);
  await p.waitForSelector('html[data-app="mounted"]');
  await p.getByText('This device now keeps your match').waitFor();
  await p.goto(surveyLink);
  await p.waitForSelector('html[data-app="mounted"]');
  await answer(p);
  await p.getByRole('button', { name: 'Preview what I will share' }).click();
  await p.getByRole('button', { name: 'Make my response code' }).click();
  const code = await p.locator('#response-code').inputValue();
  g.assertClean();
  await g.context.close();
  return code;
}

test('the program dashboard: two participants answer on their phones; the rate, the pair at risk, group figures hidden below 5 and shown at 5', async () => {
  const base = env.server.url;
  const seeded = workshopsDoc(6, 3);
  const people = seeded.doc.workshops.items[0].participants;
  const fac = await newGuardedContext(env.browser, base);
  const f = await fac.newPage();
  await seedWorkshops(f, base, seeded.doc);
  const section = await planProgram(f, base, seeded.info.workshop);
  const surveyLink = await midpointSurveyLink(section);
  await f.getByRole('link', { name: 'Open the matching wizard →' }).click();
  await f.getByRole('button', { name: '4. Results' }).click();
  await f.locator('.pairs .pair').first().waitFor();
  await f.getByRole('button', { name: 'Start the program with these pairs' }).click();
  await f.getByText('The program runs with these 3 pairs.').waitFor();
  await checkA11y(f, 'wizard results with the program started');
  const links = {};
  for (const card of await f.locator('.pairs .pair').all()) {
    const mentee = (await card.locator('h3').innerText()).split(' → ')[0];
    links[mentee] = await card.getByRole('link', { name: 'Match link' }).getAttribute('href');
  }
  const pairs = await f.evaluate(() => JSON.parse(localStorage.getItem('wayfinder:workshops')).data.workshops.items[0].run.pairs);
  assert.equal(pairs.length, 3);
  const byId = (id) => people.find((p) => p.id === id);
  const [[firstMentee, firstMentor], [secondMentee]] = pairs;

  // Two participants answer on their own phones.
  const worried = await answerOnPhone(base, {
    info: seeded.info, profile: byId(firstMentee), matchLink: links[byId(firstMentee).name], surveyLink,
    answer: async (p) => {
      await p.getByRole('group', { name: 'How often have you met since the program started?' }).getByLabel('Not yet').check();
      await p.getByRole('group', { name: 'How satisfied are you with your match?' }).getByLabel('2', { exact: true }).check();
      await p.getByRole('group', { name: /no-fault re-match/ }).getByLabel('Yes').check();
      await p.getByLabel('One comment for the facilitator (optional).').fill('Hard to find a time.');
    },
  });
  const happy = await answerOnPhone(base, {
    info: seeded.info, profile: byId(secondMentee), matchLink: links[byId(secondMentee).name], surveyLink,
    answer: async (p) => {
      await p.getByRole('group', { name: 'How often have you met since the program started?' }).getByLabel('3–5 times').check();
      await p.getByRole('group', { name: 'How satisfied are you with your match?' }).getByLabel('5 — Very').check();
      await p.getByLabel('One comment for the facilitator (optional).').fill('Very helpful.');
      await p.getByLabel(/My name may go with this comment/).check();
    },
  });

  // The dashboard: the rate and the pair at risk; group figures hidden with 2 answers.
  await open(f, base, `#/workshop/${seeded.info.workshop}/program`);
  await f.getByLabel('Show the answers for').selectOption({ label: '2027-03-16 · Mid-point survey' });
  await f.getByLabel('Paste response codes (as many as you like, one per line)').fill(`${worried}\nnot-a-code\n${happy}`);
  await f.getByRole('button', { name: 'Import responses' }).click();
  await f.getByText('2 responses added, 0 replaced by a newer one, 1 entry left out (see below).').waitFor();
  assert.match(await f.locator('.import-report .problems').innerText(), /^Line 2: /);
  const report = f.locator('section.milestone-report');
  await report.getByText('2 of 6 people answered (33.3%).').waitFor();
  const atRisk = `${byId(firstMentee).name} and ${byId(firstMentor).name}: ${byId(firstMentee).name} has not met their partner yet; ${byId(firstMentee).name} rates the match 2 of 5; ${byId(firstMentee).name} asks for a no-fault re-match.`;
  await report.getByText(atRisk).waitFor();
  await report.getByText('Too few answers to show without identifying people: 2 answered, at least 5 needed.').waitFor();
  const comments = await report.locator('h3:has-text("Comments") + ul li').allInnerTexts();
  assert.deepEqual(comments, ['“Hard to find a time.”', `“Very helpful.” — ${byId(secondMentee).name}`]);
  assert.equal(await report.locator('h3:has-text("Pairs not heard from") + ul li').count(), 1);
  for (const [width, scheme] of [[WIDTHS.phone, 'dark'], [1280, 'light']]) {
    await f.setViewportSize({ width, height: 900 });
    await f.emulateMedia({ colorScheme: scheme });
    await checkA11y(f, `program dashboard, ${width}px ${scheme}`);
    const overflow = await f.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${overflow}px wider than the screen`);
  }

  // Three more answers make five: the group's figures appear.
  const others = people.filter((p) => ![firstMentee, secondMentee].includes(p.id)).slice(0, 3);
  const more = await Promise.all(others.map((p) => code(5, {
    workshop: seeded.info.workshop, milestone: '2027-03-16 midpoint_survey', person: p.id, name: p.name, role: p.role,
    answers: [{ question: 'met', answer: { choice: 2 } }, { question: 'satisfaction', answer: { scale: 4 } }], name_with_comment: false, answered_at: Date.now(),
  })));
  await f.getByLabel('Paste response codes (as many as you like, one per line)').fill(more.join('\n'));
  await f.getByRole('button', { name: 'Import responses' }).click();
  await report.getByText('5 of 6 people answered (83.3%).').waitFor();
  await report.getByText('Met at least once: 4 of 5 (80.0%).').waitFor();
  await report.getByText('Satisfaction with the match: 3.8 of 5 on average (5 answers).').waitFor();
  // Raised to 6, the figures hide again.
  await f.getByLabel('Fewest answers behind a group figure').fill('6');
  await report.getByText('Too few answers to show without identifying people: 5 answered, at least 6 needed.').waitFor();
  fac.assertClean();
  await fac.context.close();
});

test('a no-fault re-match: the released pair is forbidden, every other pair locked, and only new pairs get match links', async () => {
  const base = env.server.url;
  const seeded = workshopsDoc(7, 3);
  const w = seeded.doc.workshops.items[0];
  w.default_capacity = 1;
  w.run = { pairs: [[4, 1], [5, 2], [6, 3]], responses: [], threshold: 5 };
  const name = (id) => w.participants.find((p) => p.id === id).name;
  const fac = await newGuardedContext(env.browser, base, { width: WIDTHS.phone, scheme: 'dark' });
  const f = await fac.newPage();
  await seedWorkshops(f, base, seeded.doc);
  await open(f, base, `#/workshop/${seeded.info.workshop}/program`);
  const pairs = f.locator('section.program-pairs');
  const released = `${name(5)} and ${name(2)}`;
  await pairs.locator('li', { hasText: released }).getByRole('button', { name: 'Release for a no-fault re-match' }).click();
  // Focus moves to the choice (in the next frame).
  await f.waitForFunction(() => document.activeElement?.textContent === 'Yes, release them');
  await checkA11y(f, 'program pairs, releasing one, 390px dark');
  await f.getByRole('button', { name: 'Yes, release them' }).click();
  await pairs.getByText(`Released ${released}: the other pairs are locked`).waitFor();
  await f.waitForFunction(() => JSON.parse(localStorage.getItem('wayfinder:workshops')).data.workshops.items[0].run.pairs.length === 2);
  const stored = await f.evaluate(() => JSON.parse(localStorage.getItem('wayfinder:workshops')).data.workshops.items[0]);
  assert.deepEqual(stored.run.pairs, [[4, 1], [6, 3]]);
  assert.deepEqual(stored.locks, [[4, 1], [6, 3]]);
  assert.deepEqual(stored.forbids, [[5, 2]]);

  await pairs.getByRole('link', { name: 'Pair them anew in the matching wizard →' }).click();
  await f.getByRole('button', { name: '4. Results' }).click();
  await f.locator('.pairs .pair').first().waitFor();
  const cards = f.locator('.pairs .pair');
  for (const [e, m] of [[4, 1], [6, 3]]) {
    const card = cards.filter({ hasText: `${name(e)} → ${name(m)}` });
    assert.match(await card.locator('h3').innerText(), /locked/);
    await card.getByText('In the program already: no new link needed.').waitFor();
  }
  assert.equal(await cards.filter({ hasText: `${name(5)} → ${name(2)}` }).count(), 0, 'the former pair is not made again');
  const fresh = cards.filter({ hasText: `→ ${name(2)}` });
  assert.match(await fresh.locator('h3').innerText(), /new/);
  await fresh.getByRole('link', { name: 'Match link' }).waitFor();
  assert.equal(await fresh.getByText('In the program already').count(), 0);
  const changes = await f.locator('h3:has-text("Changes to the running program") + ul li').allInnerTexts();
  assert.deepEqual(changes, [`New pair: ${name(7)} with ${name(2)}.`], 'the newcomer takes the freed mentor');
  assert.match(await f.locator('h3:has-text("Unmatched") + ul').innerText(), new RegExp(`^${name(5)}: `), 'the released mentee waits for a new mentor');
  await checkA11y(f, 'wizard results after a re-match, 390px dark');
  fac.assertClean();
  await fac.context.close();
});

test('closing: a letter of recognition for every mentor and mentee, signed, one per printed page', async () => {
  const base = env.server.url;
  const seeded = workshopsDoc(4, 2);
  const w = seeded.doc.workshops.items[0];
  w.program = { start: '2027-01-31', months: 9, cadence: 'monthly', milestones: [{ kind: 'closing', date: '2027-10-31', title: 'Closing and recognition' }] };
  w.run = { pairs: [[3, 1], [4, 2]], responses: [], threshold: 5 };
  const name = (id) => w.participants.find((p) => p.id === id).name;
  for (const [width, scheme] of [[WIDTHS.phone, 'dark'], [1280, 'light']]) {
    const fac = await newGuardedContext(env.browser, base, { width, scheme });
    const f = await fac.newPage();
    await seedWorkshops(f, base, seeded.doc);
    await open(f, base, `#/workshop/${seeded.info.workshop}/program`);
    await f.getByLabel('Your name, as it signs the letters').fill('Dana Whitfield');
    await checkA11y(f, `program dashboard with recognition, ${width}px ${scheme}`);
    await f.getByRole('button', { name: 'Show the letters of recognition' }).click();
    await f.getByRole('heading', { name: 'Letters of recognition (4)' }).waitFor();
    await f.waitForFunction(() => document.activeElement?.id === 'letters-heading');
    const letters = f.locator('article.letter');
    assert.deepEqual(await letters.locator('h3').allInnerTexts(), [name(3), name(4), name(1), name(2)], 'mentees first, then mentors');
    assert.equal(
      await letters.first().locator('p').nth(1).innerText(),
      `This recognises that ${name(3)} took part in Emerging Leaders 2027 as a mentee, from 2027-01-31 to 2027-10-31.`,
    );
    assert.match(await letters.first().locator('.signature').innerText(), /^Signed: Dana Whitfield, facilitator, \d{4}-\d{2}-\d{2}$/);
    await checkA11y(f, `letters of recognition, ${width}px ${scheme}`);
    // One letter per page, without the controls.
    await f.emulateMedia({ media: 'print' });
    assert.equal(await f.getByRole('button', { name: 'Print the letters' }).isVisible(), false);
    // Back to no emulation: the PDF is made with print styles.
    await f.emulateMedia({ media: null });
    for (const format of ['A4', 'Letter']) {
      const pdf = await f.pdf({ format, printBackground: true });
      assert.equal((pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length, 4, `${format}: one page per letter`);
    }
    // The way back, and the signature kept.
    await f.getByRole('button', { name: '← Back to the dashboard' }).click();
    await f.getByLabel('Your name, as it signs the letters').waitFor();
    assert.equal(await f.getByLabel('Your name, as it signs the letters').inputValue(), 'Dana Whitfield');
    fac.assertClean();
    await fac.context.close();
  }
});
