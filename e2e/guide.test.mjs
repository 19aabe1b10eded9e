// The guide as a new leader uses it: read a page with its sources, take
// "What do I need now?" twice with different answers and see different,
// explained results, add a mentor and a possible sponsor (Hewlett's
// checklist and its reading), log a meeting and an ask, build and
// print-preview a mentoring agreement, plan a program's months; everything
// survives a reload; axe on every guide screen at both widths and schemes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { newGuardedContext, open, checkA11y, useBrowser, testScreensFit, ROOT, localIso } from './helpers.mjs';

const env = useBrowser();

const GOALS = JSON.parse(fs.readFileSync(path.join(ROOT, 'e2e/goals-seed.json'), 'utf8'));
const GUIDE = JSON.parse(fs.readFileSync(path.join(ROOT, 'e2e/guide-seed.json'), 'utf8'));

async function seed(page, { guide = true } = {}) {
  await page.evaluate(({ goals, docs }) => {
    localStorage.clear();
    const env = (data) => JSON.stringify({ app: 'wayfinder', schema: 1, saved_at: Date.now(), rev: 1, data });
    localStorage.setItem('wayfinder:goals', env(goals.goals));
    for (const [name, data] of Object.entries(docs)) localStorage.setItem(`wayfinder:${name}`, env(data));
  }, { goals: GOALS, docs: guide ? GUIDE : {} });
  await page.reload();
  await page.waitForSelector('html[data-app="mounted"]');
}

const stored = (page, name) => page.evaluate((n) => JSON.parse(localStorage.getItem(`wayfinder:${n}`) ?? 'null')?.data, name);

async function answer(page, yes, wish = 'unsure') {
  for (const fieldset of await page.locator('fieldset.question').all()) {
    const id = (await fieldset.locator('input').first().getAttribute('name'));
    if (id === 'wish') await fieldset.locator(`#wish-${wish}`).check();
    else await fieldset.locator(`#${id}-${yes.includes(id) ? 'yes' : 'no'}`).check();
  }
  await page.getByRole('button', { name: 'See what I need' }).click();
}

test('a guide page reads as headings, lists and a table, with its sources', async () => {
  const g = await newGuardedContext(env.browser, env.server.url);
  const page = await g.newPage();
  await open(page, env.server.url, '#/guide');
  await page.getByRole('link', { name: 'Mentor or sponsor: the differences' }).click();
  await page.waitForFunction(() => location.hash === '#/guide/differences');
  assert.equal(await page.title(), 'Mentor or sponsor: the differences · Wayfinder');
  const table = page.getByRole('table');
  assert.deepEqual(await table.locator('thead th').allInnerTexts(), ['Aspect', 'Mentor', 'Sponsor']);
  for (const row of ['Who', 'What they do', 'Direction', 'What you owe', 'How you get one']) {
    await table.getByRole('rowheader', { name: row, exact: true }).waitFor();
  }
  assert.match(await page.locator('ul.sources').innerText(), /Hewlett, S\. A\. \(2013\)/);
  await checkA11y(page, 'guide page');
  await page.getByRole('link', { name: /^Next: / }).click();
  await page.waitForFunction(() => location.hash === '#/guide/jedi');
  await open(page, env.server.url, '#/guide/nope');
  await page.getByRole('heading', { name: 'Guide page not found' }).waitFor();
  g.assertClean();
  await g.context.close();
});

test('"What do I need now?" explains its answer and keeps dated results that show what changed', async () => {
  const g = await newGuardedContext(env.browser, env.server.url);
  const page = await g.newPage();
  await open(page, env.server.url, '#/guide/needs');
  await page.getByText('No results yet').waitFor();
  await answer(page, ['new-in-role', 'skills-gap']);
  const result = page.locator('.result');
  await result.waitFor();
  assert.match(await result.innerText(), /A mentor is what you need most now\./);
  assert.match(await result.innerText(), new RegExp(`Your result, ${localIso()}`), 'dated with the local date');
  assert.match(await result.innerText(), /you are new in your role/);
  assert.match(await result.innerText(), /Also consider\s+A sponsor later/, 'no track record yet: a sponsor later, said so');
  assert.doesNotMatch(await result.innerText(), /Since /, 'nothing to compare with yet');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'needs-result', 'focus moves to the result');
  await checkA11y(page, 'needs with a result');

  await answer(page, ['passed-over', 'track-record', 'ready-next', 'sounding-board', 'wide-network'], 'sponsor');
  await page.waitForFunction(() => document.querySelectorAll('.record-list li').length === 2);
  const text = await result.innerText();
  const because = await result.locator('ul').first().innerText();
  assert.match(text, /A sponsor is what you need most now\./);
  assert.match(because, /nobody senior speaks up for you yet/);
  assert.match(because, /you have results a sponsor can vouch for/);
  assert.doesNotMatch(because, /you are new in your role/, 'only the answers behind this verdict');
  assert.match(text, /then a mentor, now a sponsor/);
  assert.match(text, /No longer true:\s+you are new in your role/);
  await page.getByRole('link', { name: 'Read: sponsorship' }).waitFor();

  await page.waitForTimeout(400);
  await page.reload();
  await page.waitForSelector('html[data-app="mounted"]');
  assert.equal(await page.locator('#passed-over-yes').isChecked(), true, 'the last answers are the starting point');
  assert.equal(await page.locator('#wish-sponsor').isChecked(), true);
  const guide = await stored(page, 'guide');
  assert.deepEqual(guide.results.items.map((r) => r.verdict).sort(), ['mentor', 'sponsor']);
  g.assertClean();
  await g.context.close();
});

test('a mentor and a possible sponsor: roles, checklist reading, a meeting and an ask, kept after reload', async () => {
  const g = await newGuardedContext(env.browser, env.server.url);
  const page = await g.newPage();
  await open(page, env.server.url, '#/');
  await seed(page, { guide: false });
  await open(page, env.server.url, '#/guide/network');
  assert.match(await page.locator('ul.gaps').innerText(), /No mentor and no sponsor yet/);
  await page.getByRole('button', { name: 'Add person' }).click();
  assert.match(await page.locator('#person-name-error').innerText(), /Enter the person's name/);
  await page.getByLabel('Name').fill('Ana Diaz');
  await page.getByRole('checkbox', { name: 'mentor' }).check();
  await page.getByRole('button', { name: 'Add person' }).click();
  await page.getByText('Added Ana Diaz.').waitFor();
  assert.equal(await page.getByRole('checkbox', { name: 'mentor' }).isChecked(), false, 'the form is cleared');
  await page.getByLabel('Name').fill('Dee Okafor');
  await page.getByRole('checkbox', { name: 'sponsor' }).check();
  await page.getByRole('button', { name: 'Add person' }).click();
  await page.getByRole('link', { name: 'Dee Okafor' }).first().waitFor();
  assert.match(await page.locator('ul.gaps').innerText(), /1 mentor and 1 sponsor\./);
  assert.match(await page.locator('ul.gaps').innerText(), /1 person marked as sponsor does not yet meet Hewlett's test/);
  await checkA11y(page, 'network');

  await page.locator('.record-list').getByRole('link', { name: 'Dee Okafor' }).click();
  await page.waitForFunction(() => /^#\/guide\/network\/\d+$/.test(location.hash));
  const reading = page.locator('.reading');
  assert.match(await reading.innerText(), /No sponsor behaviours ticked yet/);
  for (const i of [0, 1, 2]) await page.locator(`#hewlett-${i}`).check();
  assert.match(await reading.innerText(), /Close to a sponsor/);
  await page.getByRole('checkbox', { name: 'Connects me to senior leaders' }).check();
  await page.getByRole('checkbox', { name: 'Opens stretch opportunities' }).check();
  assert.match(await reading.innerText(), /does not yet meet Hewlett's test/, 'not without power over decisions');
  await page.getByRole('checkbox', { name: 'Is a senior leader with power where decisions about me are made' }).check();
  assert.match(await reading.innerText(), /Acts as a sponsor/);
  await page.getByLabel('Role', { exact: true }).fill('Deputy director');

  await page.getByRole('button', { name: 'Log meeting' }).click();
  assert.match(await page.locator('#meeting-error').innerText(), /what you talked about/);
  assert.equal(await page.getByLabel('Date').first().inputValue(), localIso(), 'a meeting defaults to the local date');
  await page.getByLabel('Date').first().fill('2026-11-20');
  await page.getByLabel('What we talked about').fill('The director role opening');
  await page.getByLabel('Follow-ups').fill('Send my one-page summary');
  await page.getByRole('checkbox', { name: 'Present the branch budget to the library board' }).check();
  await page.getByRole('button', { name: 'Log meeting' }).click();
  await page.getByText('2026-11-20 · The director role opening').waitFor();
  assert.match(await page.getByRole('region', { name: 'Meetings' }).locator('.record-list').innerText(), /goals: Present the branch budget/);

  await page.getByLabel('Kind').selectOption('introduction');
  await page.getByLabel('What I asked for').fill('Introduce me to the city manager');
  await page.getByRole('button', { name: 'Add ask' }).click();
  await page.getByText(/Introduction: Introduce me to the city manager/).waitFor();
  // Each outcome is named by its ask.
  const outcome = page.getByRole('combobox', { name: /^\d{4}-\d{2}-\d{2} · Introduction: Introduce me to the city manager$/ });
  await outcome.selectOption('yes');
  await checkA11y(page, 'person');

  await page.waitForTimeout(400);
  await page.reload();
  await page.waitForSelector('html[data-app="mounted"]');
  assert.equal(await page.getByLabel('Role', { exact: true }).inputValue(), 'Deputy director');
  assert.match(await reading.innerText(), /Acts as a sponsor/);
  assert.equal(await outcome.inputValue(), 'yes');
  const dee = (await stored(page, 'guide')).network.people.items.find((p) => p.name === 'Dee Okafor');
  assert.deepEqual(dee.hewlett.slice(0, 5), [true, true, true, false, true]);
  assert.deepEqual(dee.meetings[0].goals, [1]);
  assert.equal(dee.asks[0].outcome, 'yes');

  await open(page, env.server.url, '#/guide/network');
  assert.match(await page.locator('ul.gaps').innerText(), /No meeting with Ana Diaz logged yet/);
  assert.doesNotMatch(await page.locator('ul.gaps').innerText(), /Hewlett's test/);
  g.assertClean();
  await g.context.close();
});

test('a meeting or an ask logged by mistake is removed from the keyboard, and the removal undone', async () => {
  const g = await newGuardedContext(env.browser, env.server.url, { width: 390, scheme: 'dark' });
  const page = await g.newPage();
  await open(page, env.server.url, '#/');
  await seed(page);
  await open(page, env.server.url, '#/guide/network/12');
  const focused = () => page.evaluate(() => document.activeElement?.id);
  const meetings = page.getByRole('region', { name: 'Meetings' }).locator('.record-list');
  const storedPerson = async () => (await stored(page, 'guide')).network.people.items.find((p) => p.id === 12);

  // A second meeting on the day of the seeded one, and a later one.
  for (const [date, topics] of [['2026-06-02', 'Budget follow-up'], ['2026-11-20', 'Wrong person']]) {
    await page.getByLabel('Date').first().fill(date);
    await page.getByLabel('What we talked about').fill(topics);
    await page.getByRole('button', { name: 'Log meeting' }).click();
    await page.getByText(`${date} · ${topics}`).waitFor();
  }
  const order = async () => (await meetings.locator('strong').allInnerTexts());
  assert.deepEqual(await order(), ['2026-11-20 · Wrong person', '2026-06-02 · Budget follow-up', '2026-06-02 · Promotion round']);

  // Remove the seeded meeting with the keyboard: the note says what went and
  // the focus is on its Undo; Undo puts it back in its place, focused.
  await page.getByRole('button', { name: 'Remove the meeting of 2026-06-02: Promotion round' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText('Removed the meeting of 2026-06-02: Promotion round.').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'meeting-undo');
  assert.deepEqual(await order(), ['2026-11-20 · Wrong person', '2026-06-02 · Budget follow-up']);
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('wayfinder:guide')).data.network.people.items.find((p) => p.id === 12).meetings.length === 2);
  await checkA11y(page, 'person, a meeting removed');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'meeting-remove-2');
  assert.deepEqual(await order(), ['2026-11-20 · Wrong person', '2026-06-02 · Budget follow-up', '2026-06-02 · Promotion round']);
  assert.equal(await page.locator('#meeting-undo').count(), 0, 'the note is gone');

  // The meeting with the wrong person goes for good.
  await page.getByRole('button', { name: 'Remove the meeting of 2026-11-20: Wrong person' }).click();
  await page.getByText('Removed the meeting of 2026-11-20: Wrong person.').waitFor();

  // Asks: each outcome is named by its ask.
  await page.getByLabel('Kind').selectOption('introduction');
  await page.getByLabel('What I asked for').fill('Introduce me to the board chair');
  await page.getByRole('button', { name: 'Add ask' }).click();
  await page.getByText(/Introduction: Introduce me to the board chair/).waitFor();
  const outcomes = page.locator('.ask-row select');
  const named = async (i) => (await outcomes.nth(i).evaluate((el) => el.labels[0].textContent));
  assert.match(await named(0), /Introduction: Introduce me to the board chair$/);
  assert.match(await named(1), /Nomination: Nominate me for the leadership institute$/);
  assert.equal(await page.getByRole('combobox', { name: /Nominate me for the leadership institute$/ }).inputValue(), 'yes');

  // Removing the newer ask moves the seeded one up, with its own outcome.
  await page.getByRole('button', { name: /^Remove the ask .*Introduce me to the board chair$/ }).focus();
  await page.keyboard.press('Enter');
  await page.getByText(/Removed the ask .*Introduction: Introduce me to the board chair\./).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'ask-undo');
  assert.equal(await outcomes.count(), 1);
  assert.equal(await outcomes.nth(0).inputValue(), 'yes');
  assert.match(await named(0), /Nominate me for the leadership institute$/);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'ask-remove-0');
  assert.equal(await outcomes.count(), 2);
  assert.deepEqual([await outcomes.nth(0).inputValue(), await outcomes.nth(1).inputValue()], ['pending', 'yes']);
  await checkA11y(page, 'person, an ask restored');

  await page.waitForTimeout(400);
  await page.reload();
  await page.waitForSelector('html[data-app="mounted"]');
  const dee = await storedPerson();
  assert.deepEqual(dee.meetings.map((m) => m.topics), ['Budget follow-up', 'Promotion round']);
  assert.deepEqual(dee.asks.map((a) => [a.what, a.outcome]), [['Introduce me to the board chair', 'pending'], ['Nominate me for the leadership institute', 'yes']]);
  g.assertClean();
  await g.context.close();
});

test('the agreement builder picks goals, fills the clauses and prints for both to sign', async () => {
  const g = await newGuardedContext(env.browser, env.server.url);
  const page = await g.newPage();
  await open(page, env.server.url, '#/');
  await seed(page, { guide: false });
  await open(page, env.server.url, '#/guide/agreement');
  assert.match(await page.locator('.callout').innerText(), /Before printing, add the mentor's name, the mentee's name, at least one goal/);
  await page.getByLabel('Mentor', { exact: true }).fill('Ana Diaz');
  await page.getByLabel('Mentee', { exact: true }).fill('Sam Lee');
  await page.getByRole('checkbox', { name: 'Present the branch budget to the library board' }).check();
  await page.getByLabel('How often').selectOption('fortnightly');
  await page.getByLabel('How', { exact: true }).selectOption('in_person');
  await page.getByLabel('Start').fill('2027-01-31');
  await page.getByLabel('Months').fill('6');
  await page.waitForFunction(() => !document.querySelector('.agreement .callout'));
  const text = page.locator('.agreement-text');
  assert.match(await text.innerText(), /Ana Diaz \(mentor\) and Sam Lee \(mentee\)/);
  assert.match(await text.innerText(), /We meet every two weeks, in person, for 6 months from 2027-01-31 to 2027-07-31\./);
  assert.match(await text.innerText(), /without blame/);
  await checkA11y(page, 'agreement');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByLabel('Mentor', { exact: true }).isVisible(), false, 'the form is not printed');
  assert.equal(await text.isVisible(), true);
  assert.match(await text.innerText(), /Mentee: _+/);
  assert.equal(await page.locator('nav').first().isVisible(), false);
  await page.emulateMedia({ media: 'screen' });
  await page.waitForTimeout(400);
  const a = (await stored(page, 'guide')).agreement;
  assert.equal(a.cadence, 'fortnightly');
  assert.deepEqual(a.goals, [1]);
  g.assertClean();
  await g.context.close();
});

test('the program timeline dates each month from the start', async () => {
  const g = await newGuardedContext(env.browser, env.server.url);
  const page = await g.newPage();
  await open(page, env.server.url, '#/guide/timeline');
  await page.getByText("Choose your program's start date").waitFor();
  await page.getByLabel('Start date').fill('2027-01-31');
  await page.getByLabel('Length').selectOption('6');
  const steps = page.locator('.timeline-steps h2');
  await page.waitForFunction(() => document.querySelectorAll('.timeline-steps h2').length === 6);
  assert.deepEqual((await steps.allInnerTexts()).map((t) => t.split(' · ').slice(1).join(' · ')), [
    '2027-01-31 · First meeting',
    '2027-02-28 · Goals written',
    '2027-03-31 · Mid-point check',
    '2027-04-30 · Leading a team',
    '2027-05-31 · Money and resources',
    '2027-06-30 · Closing reflection',
  ]);
  await checkA11y(page, 'timeline');
  g.assertClean();
  await g.context.close();
});

testScreensFit('guide screens', env, ['#/guide', '#/guide/programs', '#/guide/mentoring', '#/guide/sponsoring', '#/guide/differences', '#/guide/needs', '#/guide/network', '#/guide/network/12', '#/guide/network/404', '#/guide/agreement', '#/guide/timeline'], async (page, url) => {
  await open(page, url, '#/');
  await seed(page);
});
