// The mentoring program after the match (issue #16), from both sides:
// the facilitator plans it and hands out survey links; participants on
// their own phones answer and send response codes; the dashboard shows the
// rate, the pairs at risk and group figures only above the privacy
// threshold, and downloads them as CSV under the same rules; a no-fault
// re-match; letters of recognition; a participant's closing reflection
// kept on their device, shown in their plan and made a goal. axe on every
// screen, both widths and colour schemes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { newGuardedContext, open, checkA11y, useBrowser, WIDTHS } from './helpers.mjs';
import { code, decodeCode, workshopsDoc } from './workshop-data.mjs';
import { answerOnPhone, firstMatchLink, matchedOnPhone, midpointSurveyLink, planProgram, seedWorkshops, surveyLinkOf } from './workshop-pages.mjs';

const env = useBrowser();

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
    // Two check-ins on one day would share their answers: named too.
    await section.locator('#milestone-date-1').fill('2027-03-31');
    await section.getByText('“Check-in” is on 2027-03-31, the day of another survey of its kind: move one, so that their answers stay apart.').waitFor();
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
  // The mentor's way to the guide: "How to mentor", on the leader's page.
  await p.getByRole('link', { name: 'How to mentor' }).click();
  await p.getByRole('heading', { level: 1, name: 'How to mentor' }).waitFor();
  assert.match(p.url(), /\/(index\.html)?#\/guide\/mentoring$/);
  assert.ok(await p.getByRole('heading', { name: 'Closing without blame' }).isVisible());
  await checkA11y(p, 'how to mentor, 390px dark');
  await p.goBack();
  await p.getByRole('link', { name: 'How to sponsor' }).click();
  await p.getByRole('heading', { level: 1, name: 'How to sponsor' }).waitFor();
  assert.ok(await p.getByText(/^A sponsor falling from favour:/).isVisible());
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
  const worried = await answerOnPhone(env.browser, base, {
    info: seeded.info, profile: byId(firstMentee), matchLink: links[byId(firstMentee).name], surveyLink,
    answer: async (p) => {
      await p.getByRole('group', { name: 'How often have you met since the program started?' }).getByLabel('Not yet').check();
      await p.getByRole('group', { name: 'How satisfied are you with your match?' }).getByLabel('2', { exact: true }).check();
      await p.getByRole('group', { name: /no-fault re-match/ }).getByLabel('Yes').check();
      await p.getByLabel('One comment for the facilitator (optional).').fill('Hard to find a time.');
    },
  });
  const happy = await answerOnPhone(env.browser, base, {
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
  // The CSV of every milestone follows the same rules.
  const milestones = await f.getByLabel('Show the answers for').locator('option').count();
  let rows = await dashboardCsv(f);
  assert.equal(rows[0], 'Date,Milestone,Section,Line');
  assert.equal(rows.filter((r) => r.includes(',Response rate,')).length, milestones, 'every milestone');
  assert.ok(rows.includes('2027-03-16,Mid-point survey,Group figure,Satisfaction with the match: 3.8 of 5 on average (5 answers).'));
  assert.ok(rows.includes(`2027-03-16,Mid-point survey,At risk,${atRisk}`));
  assert.ok(rows.includes('2027-03-16,Mid-point survey,Comment,“Hard to find a time.”'), 'a comment without its name');
  assert.ok(rows.includes(`2027-03-16,Mid-point survey,Comment,“Very helpful.” — ${byId(secondMentee).name}`));
  assert.ok(!rows.some((r) => r.includes('Hard to find a time.” —')));
  // Raised to 6, the figures hide again, on screen and in the file.
  await f.getByLabel('Fewest answers behind a group figure').fill('6');
  await report.getByText('Too few answers to show without identifying people: 5 answered, at least 6 needed.').waitFor();
  rows = await dashboardCsv(f);
  assert.ok(rows.includes('2027-03-16,Mid-point survey,Group figure,"Too few answers to show without identifying people: 5 answered, at least 6 needed."'));
  assert.ok(!rows.some((r) => r.includes('Satisfaction with the match')), 'no figure below the threshold');
  fac.assertClean();
  await fac.context.close();
});

/** The dashboard's CSV download, as lines (the byte-order mark checked
 *  and dropped). */
async function dashboardCsv(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download every milestone (CSV)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'emerging-leaders-2027-program.csv');
  const csv = fs.readFileSync(await download.path(), 'utf8');
  assert.ok(csv.startsWith('\uFEFF'), 'a byte-order mark, so Excel reads UTF-8');
  return csv.slice(1).trimEnd().split('\r\n');
}

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

test('a closing reflection is written on the participant\'s phone, kept there and never shared; shown in their plan, it becomes a goal', async () => {
  const base = env.server.url;
  const seeded = workshopsDoc(4, 2);
  const fac = await newGuardedContext(env.browser, base);
  const f = await fac.newPage();
  await seedWorkshops(f, base, seeded.doc);
  const section = await planProgram(f, base, seeded.info.workshop);
  const closingLink = await surveyLinkOf(section, 'Closing and recognition');
  const midpointLink = await midpointSurveyLink(section);
  const { link: matchLink, mentee: menteeName } = await firstMatchLink(f);
  const mentee = seeded.doc.workshops.items[0].participants.find((p) => p.name === menteeName);
  fac.assertClean();
  await fac.context.close();

  const { g: part, p } = await matchedOnPhone(env.browser, base, { info: seeded.info, profile: mentee, matchLink });
  // The device's owner has a development plan: the participant's page
  // writes its reflection into it and keeps the rest as it was.
  await p.evaluate(() => localStorage.setItem('wayfinder:plan', JSON.stringify({ app: 'wayfinder', schema: 1, saved_at: Date.now(), rev: 1, data: { aspiration: 'Lead a county system', horizon: 'three_to_five', review_dates: ['2027-03-01'], updated_at: 5 } })));
  // Only the closing survey asks for a reflection.
  await p.goto(midpointLink);
  await p.waitForSelector('html[data-app="mounted"]');
  await p.getByRole('heading', { name: 'Emerging Leaders 2027: Mid-point survey' }).waitFor();
  assert.equal(await p.getByRole('heading', { name: 'Your closing reflection' }).count(), 0);
  await p.goto(closingLink);
  await p.waitForSelector('html[data-app="mounted"]');
  await p.getByRole('heading', { name: 'Your closing reflection' }).waitFor();
  await p.getByLabel('What I learned').fill('To ask for help early.');
  await p.getByLabel('What I will do next').fill('Chair the budget working group\nand report to the board in June');
  await p.getByLabel('What I would tell the next cohort').fill('Book the first three meetings on day one.');
  await p.getByLabel('Show it in my development plan on this device').check();
  for (const [width, scheme] of [[WIDTHS.phone, 'dark'], [1280, 'light']]) {
    await p.setViewportSize({ width, height: 900 });
    await p.emulateMedia({ colorScheme: scheme });
    await checkA11y(p, `closing survey with the reflection, ${width}px ${scheme}`);
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${overflow}px wider than the screen`);
  }
  // Kept on this device as written (the plan document), through a reload.
  await p.reload();
  await p.waitForSelector('html[data-app="mounted"]');
  assert.equal(await p.getByLabel('What I learned').inputValue(), 'To ask for help early.');
  assert.equal(await p.getByLabel('Show it in my development plan on this device').isChecked(), true);
  const kept = await p.evaluate(() => JSON.parse(localStorage.getItem('wayfinder:plan')).data.reflections.items);
  assert.equal(kept.length, 1);
  assert.equal(kept[0].program, 'Emerging Leaders 2027');
  assert.equal(kept[0].in_plan, true);
  const plan = await p.evaluate(() => JSON.parse(localStorage.getItem('wayfinder:plan')).data);
  assert.deepEqual([plan.aspiration, plan.horizon, plan.review_dates, plan.updated_at], ['Lead a county system', 'three_to_five', ['2027-03-01'], 5]);
  // Never part of what is shared.
  await p.getByRole('group', { name: 'How satisfied are you with your match?' }).getByLabel('4', { exact: true }).check();
  await p.getByRole('button', { name: 'Preview what I will share' }).click();
  assert.doesNotMatch(await p.locator('.preview').innerText(), /help early|budget working group|first three meetings/);
  await p.getByRole('button', { name: 'Make my response code' }).click();
  const { value } = await decodeCode(await p.locator('#response-code').inputValue());
  assert.doesNotMatch(JSON.stringify(value), /help early|budget working group|first three meetings/);
  assert.deepEqual(value.answers.map((a) => a.question), ['satisfaction']);

  // The same device's development plan shows it, prints it, and makes a goal of it.
  for (const [width, scheme] of [[WIDTHS.phone, 'dark'], [1280, 'light']]) {
    await p.setViewportSize({ width, height: 900 });
    await p.emulateMedia({ colorScheme: scheme });
    await open(p, base, '#/plan');
    const card = p.locator('article.plan-reflection');
    await card.getByRole('heading', { name: 'Emerging Leaders 2027' }).waitFor();
    assert.match(await card.locator('dl').innerText(), /What I learned\s+To ask for help early\.\s+What I will do next\s+Chair the budget working group\s+and report to the board in June\s+What I would tell the next cohort\s+Book the first three meetings on day one\./);
    await checkA11y(p, `plan with a reflection, ${width}px ${scheme}`);
  }
  await p.emulateMedia({ media: 'print' });
  assert.equal(await p.locator('article.plan-reflection').isVisible(), true, 'printed with the plan');
  assert.equal(await p.getByRole('button', { name: 'Take it off my plan' }).isVisible(), false);
  await p.emulateMedia({ media: null });
  await p.getByRole('button', { name: 'Make “what I will do next” a goal' }).click();
  await p.getByRole('status').getByRole('link', { name: 'Chair the budget working group' }).waitFor();
  await p.waitForFunction(() => (JSON.parse(localStorage.getItem('wayfinder:goals') ?? 'null')?.data.goals.items ?? []).length === 1);
  const goal = await p.evaluate(() => JSON.parse(localStorage.getItem('wayfinder:goals')).data.goals.items[0]);
  assert.equal(goal.title, 'Chair the budget working group');
  assert.equal(goal.specific, 'Chair the budget working group\nand report to the board in June');
  assert.match(goal.why, /closing reflection on “Emerging Leaders 2027”/);
  // Taken off the plan, it stays on the device.
  await p.getByRole('button', { name: 'Take it off my plan' }).click();
  await p.getByText('Taken off your plan. It stays on this device').waitFor();
  assert.equal(await p.locator('article.plan-reflection').count(), 0);
  await p.waitForFunction(() => JSON.parse(localStorage.getItem('wayfinder:plan')).data.reflections.items[0].in_plan === false);
  const still = await p.evaluate(() => JSON.parse(localStorage.getItem('wayfinder:plan')).data.reflections.items[0].learned);
  assert.equal(still, 'To ask for help early.');
  await checkA11y(p, 'plan after taking the reflection off');
  part.assertClean();
  await part.context.close();
});
