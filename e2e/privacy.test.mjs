// Privacy and injection: hostile text typed into every text field of every
// screen that has one, and restored from a backup, appears as text: no
// element, script, handler or link is created from it, and nothing leaves
// the page for another origin (the guard fails the test on any request to
// another origin, console error or CSP violation).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newGuardedContext, open, useBrowser } from './helpers.mjs';

const env = useBrowser();

const HOSTILE = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script><a href="javascript:window.pwned=3">x</a>';

async function assertInert(page, where) {
  assert.equal(await page.evaluate(() => window.pwned), undefined, `${where}: code ran`);
  assert.equal(await page.locator('main img, main script, main iframe, main object').count(), 0, `${where}: markup injected`);
  const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  assert.ok(hrefs.every((h) => h.startsWith('#/') || h.startsWith('http') || h.startsWith('mailto:')), `${where}: bad link ${hrefs}`);
}

/** Types HOSTILE into every visible text input and textarea on the page. */
async function fillAll(page) {
  const fields = page.locator('main input[type="text"]:visible, main textarea:visible');
  const n = await fields.count();
  for (let i = 0; i < n; i++) await fields.nth(i).fill(HOSTILE);
  return n;
}

test('hostile text in every field of every screen stays text', async () => {
  const g = await newGuardedContext(env.browser, env.server.url);
  const page = await g.newPage();
  // Goals: a goal titled with the hostile string, then every field of it.
  await open(page, env.server.url, '#/goals');
  await page.getByLabel('New goal').fill(HOSTILE);
  await page.getByRole('button', { name: 'Add goal' }).click();
  await page.locator('.goal-row').waitFor();
  await page.waitForTimeout(350);
  await assertInert(page, 'goal list');
  await page.locator('.goal-row a').first().click();
  await page.waitForFunction(() => /^#\/goals\/\d+$/.test(location.hash));
  assert.ok((await fillAll(page)) >= 8);
  await page.getByRole('button', { name: 'Add task' }).click();
  await page.getByRole('button', { name: 'Add check-in' }).click();
  await page.waitForTimeout(350);
  await assertInert(page, 'goal detail');
  assert.equal(await page.locator('h1').innerText(), HOSTILE, 'the title is shown as typed');
  // The plan shows the goal and its asks.
  await open(page, env.server.url, '#/plan');
  await fillAll(page);
  await page.waitForTimeout(350);
  await assertInert(page, 'plan');
  // Self-assessment: evidence and the label.
  await open(page, env.server.url, '#/assess/take');
  await page.locator('fieldset.competency').first().waitFor();
  await page.locator('textarea').first().fill(HOSTILE);
  await page.locator('input[type="radio"]').first().check();
  for (let i = 0; i < 4; i++) await page.locator('.step-nav button').last().click();
  await page.getByLabel('Name this assessment (optional)').fill(HOSTILE);
  await page.getByRole('button', { name: 'Finish assessment' }).click();
  await page.waitForFunction(() => /^#\/assess\/snapshot\/\d+$/.test(location.hash));
  await assertInert(page, 'snapshot');
  await open(page, env.server.url, '#/assess');
  await assertInert(page, 'assessment overview');
  // My data: the typed confirmation field.
  await open(page, env.server.url, '#/data');
  await fillAll(page);
  await assertInert(page, 'my data');
  g.assertClean();
  await g.context.close();
});
