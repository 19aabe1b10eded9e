// Page helpers the workshop and program journeys share: a seeded
// `workshops` document, a planned program and its survey links, a pair's
// match link, and a participant answering on their own phone.
import { newGuardedContext, open, WIDTHS } from './helpers.mjs';

/** Stores a `workshops` document (schema 1, as the release before wrote
 *  it) and reloads the app on it. */
export async function seedWorkshops(page, base, doc) {
  await open(page, base, '#/');
  await page.evaluate((d) => {
    localStorage.setItem('wayfinder:workshops', JSON.stringify({ app: 'wayfinder', schema: 1, saved_at: Date.now(), rev: 1, data: d }));
  }, doc);
  await page.reload();
  await page.waitForSelector('html[data-app="mounted"]');
}


/** Plans a 3-month program from 2027-01-31 for workshop `id`; the
 *  program's section. */
export async function planProgram(page, base, id) {
  await open(page, base, `#/workshop/${id}`);
  const section = page.locator('section.program');
  await section.getByLabel('Start').fill('2027-01-31');
  await section.getByLabel('Length').selectOption('3');
  await section.getByRole('button', { name: 'Plan the program' }).click();
  return section;
}

/** The mid-point survey's link, from the plan's list of links. */
export async function midpointSurveyLink(section) {
  await section.locator('summary', { hasText: '2027-03-16 · Mid-point survey' }).click();
  return section.getByLabel('Survey link: 2027-03-16 · Mid-point survey').inputValue();
}

/** The survey link of the milestone titled `title`, from the plan's
 *  list of links. */
export async function surveyLinkOf(section, title) {
  const summary = section.locator('summary', { hasText: ` · ${title}` });
  const label = await summary.innerText();
  await summary.click();
  return section.getByLabel(`Survey link: ${label}`).inputValue();
}

/** The match link of the first pair in the wizard's results, and the
 *  pair's mentee name. */
export async function firstMatchLink(page) {
  await page.getByRole('link', { name: 'Open the matching wizard →' }).click();
  await page.getByRole('button', { name: '4. Results' }).click();
  const pair = page.locator('.pairs .pair').first();
  await pair.waitFor();
  const [mentee] = (await pair.locator('h3').innerText()).split(' fit')[0].split(' → ');
  return { link: await pair.getByRole('link', { name: 'Match link' }).getAttribute('href'), mentee };
}

/** A participant's phone (390 px, dark) that joined `info` as `profile`
 *  and has opened its `matchLink`: the guarded context and its page. */
export async function matchedOnPhone(browser, base, { info, profile, matchLink }) {
  const g = await newGuardedContext(browser, base, { width: WIDTHS.phone, scheme: 'dark' });
  const p = await g.newPage();
  await p.goto(`${base}/join.html`);
  await p.evaluate(({ info, profile }) => {
    const joined = { items: [{ id: info.workshop, updated_at: 1, info, profile }], deleted: [] };
    localStorage.setItem('wayfinder:workshops', JSON.stringify({ app: 'wayfinder', schema: 2, saved_at: Date.now(), rev: 1, data: { workshops: { items: [], deleted: [] }, joined } }));
  }, { info, profile });
  await p.goto(matchLink);
  await p.waitForSelector('html[data-app="mounted"]');
  await p.getByText('This device now keeps your match').waitFor();
  return { g, p };
}

/** A participant on their own phone: joined `info` as `profile`, opens
 *  their `matchLink`, answers the survey at `surveyLink` with `answer`
 *  (a function of the page) and returns the response code. `browser` is
 *  the suite's. */
export async function answerOnPhone(browser, base, { info, profile, matchLink, surveyLink, answer }) {
  const { g, p } = await matchedOnPhone(browser, base, { info, profile, matchLink });
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
