// The rules a real program sets for every pair (issue #17): people of
// the same library or organisation kept apart, and a minimum of years
// for mentors. The facilitator sets them in the wizard's constraints
// step; the review step reports whom they leave without a mentor; the
// results never make a pair they forbid, even a locked one, and say why
// someone is unmatched. Peer mentoring and a wish for a different
// library type change how a pair reads. Peer circles put everyone in
// groups of a chosen size, keep the rules and explain each group. axe on
// the changed steps, light and dark, 390 and 1280 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { newGuardedContext, open, checkA11y, refusedDownload, useBrowser, SCHEMES, WIDTHS } from './helpers.mjs';
import { workshopsDoc } from './workshop-data.mjs';
import { seedWorkshops } from './workshop-pages.mjs';

const env = useBrowser();

/** Four mentors (two from Springfield, one with 3 years, one who did
 *  not say) and four mentees, the first from Springfield. */
function cohort() {
  const seeded = workshopsDoc(8, 4);
  const w = seeded.doc.workshops.items[0];
  w.default_capacity = 1;
  w.info.questions.push('organisation');
  const [m0, m1, m2, m3, e0, e1, e2, e3] = w.participants;
  Object.assign(m0, { name: 'Ana Diaz', organisation: 'Springfield Public Library', years: 12 });
  Object.assign(m1, { name: 'Bo Chen', organisation: '  springfield public LIBRARY', years: 9 });
  Object.assign(m2, { name: 'Cy Park', organisation: 'Capital City Library', years: 3 });
  Object.assign(m3, { name: 'Dee Ross', organisation: '' });
  delete m3.years;
  Object.assign(e0, { name: 'Eli Okafor', organisation: 'Springfield Public Library' });
  Object.assign(e1, { name: 'Fay Nguyen', organisation: 'Shelbyville PL' });
  Object.assign(e2, { name: 'Gus Silva', organisation: '' });
  Object.assign(e3, { name: 'Hana Kim', organisation: 'Ogdenville' });
  // The facilitator had locked Eli with Ana before setting the rules.
  w.locks = [[e0.id, m0.id]];
  return seeded;
}

async function setRules(page) {
  await page.getByRole('button', { name: '3. Constraints' }).click();
  await page.getByRole('heading', { name: 'Rules for every pair' }).waitFor();
  await page.getByLabel('Never pair two people from the same library or organisation').check();
  const years = page.getByLabel(/Mentors need at least this many years/);
  await years.fill('5');
  await years.press('Tab');
}

test('the organisation rule and a minimum of mentor experience keep pairs out, and the wizard says whom they leave unmatched', async () => {
  const base = env.server.url;
  const seeded = cohort();
  const g = await newGuardedContext(env.browser, base);
  const page = await g.newPage();
  await seedWorkshops(page, base, seeded.doc);
  await open(page, base, `#/workshop/${seeded.info.workshop}/match`);
  // No rules yet: everyone can be placed.
  await page.getByText('Ready to match: every mentee can have a place.').waitFor();

  await setRules(page);
  // Kept with the workshop.
  const stored = async () => page.evaluate(() => {
    const envelope = JSON.parse(localStorage.getItem('wayfinder:workshops'));
    const data = typeof envelope.data === 'string' ? JSON.parse(envelope.data) : envelope.data;
    const [w] = data.workshops.items;
    return { separate: w.separate_organisations, years: w.min_mentor_years };
  });
  await page.waitForFunction(() => localStorage.getItem('wayfinder:workshops').includes('min_mentor_years'));
  assert.deepEqual(await stored(), { separate: true, years: 5 });

  await page.getByRole('button', { name: '1. Participants' }).click();
  const warnings = await page.locator('ul.warnings').innerText();
  assert.match(warnings, /2 of 4 mentors have fewer than 5 years of experience or did not say: they will not be matched/);
  assert.match(warnings, /Eli Okafor can be paired with no mentor under the rules of step 3 \(every mentor is from the same library or organisation, or lacks the experience asked\)/);

  await page.getByRole('button', { name: '4. Results' }).click();
  await page.locator('.pair').first().waitFor();
  const pairs = await page.locator('.pair').allInnerTexts();
  assert.equal(pairs.length, 2, 'two mentors may take one mentee each');
  for (const pair of pairs) {
    assert.doesNotMatch(pair, /Cy Park|Dee Ross/, 'a mentor without the years asked');
    assert.doesNotMatch(pair, /Eli Okafor/, 'the Springfield mentee with a Springfield mentor, lock or not');
  }
  const results = await page.locator('main').innerText();
  assert.match(results, /Eli Okafor: no mentor is allowed for this person \(2 from the same library or organisation, 2 with less experience than step 3 asks\)\./);

  // Without the organisation rule the lock is kept again.
  await page.getByRole('button', { name: '3. Constraints' }).click();
  await page.getByLabel('Never pair two people from the same library or organisation').uncheck();
  await page.getByRole('button', { name: '4. Results' }).click();
  await page.locator('.pair', { hasText: 'Eli Okafor' }).waitFor();
  assert.match(await page.locator('.pair', { hasText: 'Eli Okafor' }).innerText(), /Ana Diaz/);
  g.assertClean();
  await g.context.close();
});

test('peer mentoring and a different library type change how a pair reads, and are kept', async () => {
  const base = env.server.url;
  const seeded = workshopsDoc(2, 1);
  const w = seeded.doc.workshops.items[0];
  const [mentor, mentee] = w.participants;
  Object.assign(mentor, { name: 'Ana Diaz', years: 5, level: 'manager', library_type: 'academic' });
  Object.assign(mentee, { name: 'Bo Chen', years: 4, level: 'manager', library_type: 'public' });
  const g = await newGuardedContext(env.browser, base);
  const page = await g.newPage();
  await seedWorkshops(page, base, seeded.doc);
  await open(page, base, `#/workshop/${seeded.info.workshop}/match`);
  await page.getByRole('button', { name: '4. Results' }).click();
  const pair = page.locator('.pair', { hasText: 'Bo Chen' });
  await pair.waitFor();
  assert.match(await pair.innerText(), /The mentor has 1 more year of experience and a role at the same level/);
  assert.match(await pair.innerText(), /Different library types \(public and academic\)/);
  const fitBefore = Number((await pair.innerText()).match(/fit (\d+\.\d)%/)[1]);

  await page.getByRole('button', { name: '2. Weights' }).click();
  await page.getByLabel(/A different type of library fits best/).check();
  await page.getByLabel(/Peer mentoring: people at a similar stage fit best/).check();
  await page.getByRole('button', { name: '4. Results' }).click();
  await page.locator('.pair', { hasText: 'As peers' }).waitFor();
  const fitAfter = Number((await pair.innerText()).match(/fit (\d+\.\d)%/)[1]);
  assert.ok(fitAfter > fitBefore, `close peers of different libraries fit better when wanted: ${fitBefore} -> ${fitAfter}`);
  await page.reload();
  await page.waitForSelector('html[data-app="mounted"]');
  await page.getByRole('button', { name: '2. Weights' }).click();
  assert.ok(await page.getByLabel(/Peer mentoring/).isChecked(), 'kept with the workshop');
  assert.ok(await page.getByLabel(/A different type of library/).isChecked());
  g.assertClean();
  await g.context.close();
});

/** Ten people for peer circles: Ana and Bo of one library, Cy asked not
 *  to be with Dee. */
function circleCohort() {
  const seeded = workshopsDoc(10, 0);
  const w = seeded.doc.workshops.items[0];
  w.separate_organisations = true;
  const [ana, bo, cy, dee] = w.participants;
  Object.assign(ana, { name: 'Ana Diaz', organisation: 'Springfield PL' });
  Object.assign(bo, { name: 'Bo Chen', organisation: 'springfield pl' });
  Object.assign(cy, { name: 'Cy Park', exclude: ['Dee Ross'] });
  Object.assign(dee, { name: 'Dee Ross' });
  return seeded;
}

async function formCircles(page, min, max) {
  await page.getByRole('button', { name: '5. Peer circles' }).click();
  await page.getByLabel('Smallest circle').selectOption(String(min));
  await page.getByLabel('Largest circle').selectOption(String(max));
  await page.getByRole('button', { name: 'Form circles' }).click();
  await page.locator('#circles-result').waitFor();
}

test('peer circles put everyone in groups within the size, keep the rules and explain each group', async () => {
  const base = env.server.url;
  const seeded = circleCohort();
  const g = await newGuardedContext(env.browser, base);
  const page = await g.newPage();
  await seedWorkshops(page, base, seeded.doc);
  await open(page, base, `#/workshop/${seeded.info.workshop}/match`);
  await formCircles(page, 3, 4);
  // Focus moves to the result, so it is read next.
  await page.waitForFunction(() => document.activeElement?.id === 'circles-result');
  assert.match(await page.locator('#circles-result').innerText(), /^3 circles\. Their members' fit with each other reaches \d+\.\d% of what no grouping could exceed/);
  const circles = await page.locator('.circle').allInnerTexts();
  assert.equal(circles.length, 3);
  const names = seeded.doc.workshops.items[0].participants.map((p) => p.name);
  const seen = [];
  for (const circle of circles) {
    const [title, members] = circle.split('\n').filter(Boolean);
    const size = Number(title.match(/\((\d+) people\)/)[1]);
    assert.ok(size >= 3 && size <= 4, title);
    const inside = names.filter((n) => members.split(', ').includes(n));
    assert.equal(inside.length, size, `${title}: ${members}`);
    seen.push(...inside);
    assert.ok(!(inside.includes('Ana Diaz') && inside.includes('Bo Chen')), 'one library, two circles');
    assert.ok(!(inside.includes('Cy Park') && inside.includes('Dee Ross')), 'an exclusion kept');
    assert.match(circle, /Mean fit between members \d+\.\d%/);
    assert.match(circle, /Want to grow together|No competency that two of them want to grow/);
    assert.match(circle, /All in the same time zone|Time zones within/);
  }
  assert.equal(new Set(seen).size, 10, 'everyone once');
  // Handed out: everyone with their circle as CSV, and the circles printed
  // alone.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download circles (CSV)' }).click()]);
  assert.equal(download.suggestedFilename(), 'emerging-leaders-2027-circles.csv');
  const csvText = fs.readFileSync(await download.path(), 'utf8');
  assert.ok(csvText.startsWith('\uFEFF'), 'a byte-order mark, so Excel reads UTF-8');
  const lines = csvText.slice(1).trimEnd().split('\r\n');
  assert.equal(lines[0], 'Circle,Name,Contact,Library or organisation,Why this circle');
  const rows = lines.slice(1).map((l) => l.split(','));
  assert.deepEqual(rows.map((r) => r[1]).sort(), [...names].sort(), 'a row per person');
  for (const [k, circle] of circles.entries()) {
    const members = circle.split('\n').filter(Boolean)[1].split(', ');
    assert.deepEqual(rows.filter((r) => r[0] === String(k + 1)).map((r) => r[1]), members, `circle ${k + 1} as on screen`);
  }
  assert.match(lines[1], /Mean fit between members \d+\.\d%; Want to grow together|Mean fit between members \d+\.\d%; No competency/);
  // A download the browser refuses says so, in the live message the
  // button names as its description.
  const save = page.getByRole('button', { name: 'Download circles (CSV)' });
  const failure = await refusedDownload(page, save);
  await Promise.all([page.waitForEvent('download'), save.click()]);
  await failure.filter({ hasText: /^$/ }).waitFor({ state: 'attached' });
  assert.equal(await failure.textContent(), '', 'the message goes once a download works');
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('.circle').first().isVisible(), 'the circles are printed');
  for (const hidden of ['.steps', '#circle-min', '.outputs', 'main p.no-print']) {
    assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
  }
  await page.emulateMedia({ media: 'screen' });
  // Sizes the cohort cannot be split into say so.
  await page.getByLabel('Smallest circle').selectOption('4');
  await page.getByLabel('Largest circle').selectOption('4');
  await page.getByRole('button', { name: 'Form circles' }).click();
  await page.getByText('10 people cannot be split into groups of 4 to 4.').waitFor();
  // The sizes chosen are kept with the workshop: the wizard opens on them
  // again and forms the same circles.
  await page.getByLabel('Smallest circle').selectOption('3');
  await page.reload();
  await page.waitForSelector('html[data-app="mounted"]');
  await page.getByRole('button', { name: '5. Peer circles' }).click();
  assert.equal(await page.getByLabel('Smallest circle').inputValue(), '3');
  assert.equal(await page.getByLabel('Largest circle').inputValue(), '4');
  await page.getByRole('button', { name: 'Form circles' }).click();
  await page.locator('#circles-result').waitFor();
  assert.deepEqual(await page.locator('.circle').allInnerTexts(), circles, 'the same circles');
  g.assertClean();
  await g.context.close();
});

test('two participants with one name are pointed out before matching, until the extra profile is removed', async () => {
  const base = env.server.url;
  const seeded = cohort();
  // Eli sent a code from a laptop too (another device: another id), and
  // typed their name another way.
  const w = seeded.doc.workshops.items[0];
  const eli = w.participants.find((p) => p.name === 'Eli Okafor');
  w.participants.push({ ...eli, id: 99, name: 'ELI  okafor', contact: '' });
  const g = await newGuardedContext(env.browser, base, { width: WIDTHS.phone, scheme: 'dark' });
  const page = await g.newPage();
  await seedWorkshops(page, base, seeded.doc);
  await open(page, base, `#/workshop/${seeded.info.workshop}/match`);
  const warning = `2 participants are named “Eli Okafor” (${eli.contact}; no contact): if they are one person, remove the extra profile on the workshop page, or each is matched.`;
  // The copy takes a mentor's place, too.
  assert.deepEqual(await page.locator('ul.warnings li').allInnerTexts(), ['5 mentees and 4 mentor places: 1 mentees will stay unmatched unless mentors take more (step 3).', warning]);
  await checkA11y(page, 'wizard: a name two participants share');
  // Removed on the workshop page (the copy without a contact), the
  // warning goes.
  await open(page, base, `#/workshop/${seeded.info.workshop}`);
  await page.getByRole('button', { name: 'Remove ELI okafor', exact: true }).click();
  await page.getByRole('heading', { name: 'Participants (8)' }).waitFor();
  await open(page, base, `#/workshop/${seeded.info.workshop}/match`);
  await page.getByText('Ready to match: every mentee can have a place.').waitFor();
  g.assertClean();
  await g.context.close();
});

test('the rules, the readings and their warnings are axe-clean and fit, light and dark, 390 and 1280 px', async () => {
  const base = env.server.url;
  for (const scheme of SCHEMES) {
    for (const [name, width] of Object.entries(WIDTHS)) {
      const g = await newGuardedContext(env.browser, base, { width, scheme });
      const page = await g.newPage();
      const seeded = cohort();
      await seedWorkshops(page, base, seeded.doc);
      await open(page, base, `#/workshop/${seeded.info.workshop}/match`);
      await setRules(page);
      await page.getByRole('button', { name: '2. Weights' }).click();
      await page.getByLabel(/Peer mentoring/).check();
      for (const step of ['2. Weights', '3. Constraints', '1. Participants', '4. Results', '5. Peer circles']) {
        if (step === '5. Peer circles') await formCircles(page, 3, 5);
        else await page.getByRole('button', { name: step }).click();
        if (step === '4. Results') await page.locator('.pair').first().waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${step} overflows by ${overflow}px (${scheme}, ${name})`);
        await checkA11y(page, `${step} with rules (${scheme}, ${name} ${width}px)`);
      }
      g.assertClean();
      await g.context.close();
    }
  }
});
