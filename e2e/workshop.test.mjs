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
import { seedWorkshops } from './workshop-pages.mjs';

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
  await p.getByLabel('Your library or organisation').fill('Springfield Public Library');
  await p.locator('#grow-advocacy').check();
  await p.locator('#grow-communication').check();
  await p.getByLabel(/What you hope to get/).fill('Speak up for the library at city council');
  await p.getByLabel(/must not be paired with/).fill('Ana Diaz');
  await p.getByLabel(/I agree to share my gender/).check();
  await p.getByLabel('Woman', { exact: true }).check();
  await p.getByLabel('Someone of the same gender').check();
  await p.getByRole('button', { name: 'Preview what I will share' }).click();
  await p.getByRole('heading', { name: 'Exactly what you will share' }).waitFor();
  // It names what the code holds besides the rows (checked below).
  assert.match(await p.locator('.preview > p').first().innerText(), /besides the numbers that tell the facilitator which workshop it belongs to and when you last changed it/);
  const preview = await p.locator('.preview dl').innerText();
  for (const shown of ['Zed Quinn', 'zed@lib.example', 'Public', '2 years', 'Library or organisation\nSpringfield Public Library', 'Marketing and advocacy', 'Communication', 'city council', 'Ana Diaz', 'Woman (wish: someone of the same)']) {
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
  assert.deepEqual(Object.keys(shared).sort(), ['availability', 'contact', 'exclude', 'format', 'goal', 'grow', 'id', 'identity', 'level', 'library_type', 'name', 'offer', 'organisation', 'region', 'role', 'saved_at', 'utc_offset', 'workshop', 'years']);
  // When the answers were last changed, so that the facilitator keeps the
  // newest of this profile's codes whatever order they arrive in.
  assert.ok(Math.abs(shared.saved_at - await p.evaluate(() => Date.now())) < 600_000, `${shared.saved_at}`);
  assert.equal(shared.organisation, 'Springfield Public Library');
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
  // The same code again changes nothing.
  await f.waitForFunction(() => document.querySelector('.import-report .success')?.innerText.startsWith('0 participants added, 0 updated, 1 already up to date, 2 entries left out'));
  const problems = await f.locator('.import-report .problems li').allInnerTexts();
  assert.equal(problems.length, 2);
  assert.match(problems[0], /^Line 2: This is not a Wayfinder code/);
  assert.match(problems[1], /^Line 3: /);
  // The participant changes an answer and sends a new code; the
  // facilitator pastes the inbox as it lists them, newest first: the new
  // code updates, the old one is left out and says why.
  await p.getByLabel(/What you hope to get/).fill('Present the budget to the city council');
  await p.getByRole('button', { name: 'Preview what I will share' }).click();
  await p.getByRole('button', { name: 'Make my profile code' }).click();
  const newer = await p.inputValue('#profile-code');
  assert.notEqual(newer, code);
  await f.getByLabel(/Paste profile codes/).fill(`${newer}\n${code}`);
  await f.getByRole('button', { name: 'Import codes' }).click();
  await f.waitForFunction(() => document.querySelector('.import-report .success')?.innerText === '0 participants added, 1 updated, 1 entry left out (see below).');
  assert.deepEqual(await f.locator('.import-report .problems li').allInnerTexts(), ["Line 2: an older code of Zed Quinn's profile; the newer one already brought in is kept."]);
  // Stored with the answer changed (saving follows the import).
  await f.waitForFunction(() => JSON.parse(localStorage.getItem('wayfinder:workshops')).data.workshops.items[0].participants.find((x) => x.name === 'Zed Quinn')?.goal === 'Present the budget to the city council');
  await f.getByLabel(/Paste profile codes/).fill(newer);
  await f.getByRole('button', { name: 'Import codes' }).click();
  await f.waitForFunction(() => document.querySelector('.import-report .success')?.innerText === '0 participants added, 0 updated, 1 already up to date.');
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
