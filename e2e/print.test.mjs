// Print views fit the paper: Chromium's own PDF output, on A4 and on US
// Letter, counted page by page. A typical development plan (three goals
// with two tasks each, three mentor and three sponsor asks, four review
// dates, growth areas from a self-assessment) prints on one page, and so
// does a filled mentoring agreement; a snapshot with evidence for half the
// competencies takes at most two, its rows whole. No control (button,
// input box) reaches the paper.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, newGuardedContext, open, NOW, localIso, addDays } from './helpers.mjs';

const env = useBrowser();
const PAPERS = ['A4', 'Letter'];

/** Pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). */
function pageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

const COMPETENCIES = ['self-awareness', 'communication', 'team-building', 'decision-making', 'adaptability', 'ethics', 'advocacy', 'critical-thinking'];

function typicalPlan() {
  const today = localIso();
  const goal = (id, title, mentor, sponsor) => ({
    id, title, created_at: NOW - 30 * 86_400_000, updated_at: NOW - 86_400_000,
    competencies: [], kind: 'project', specific: '', measure: 'Approved by the board', why: '',
    target_date: addDays(today, 60 + id * 30),
    tasks: [
      { id: 1, title: `First step toward: ${title.toLowerCase()}`, due: addDays(today, 14 * id), done: id === 1 },
      { id: 2, title: 'Talk it through with my mentor', due: addDays(today, 20 * id), done: false },
    ],
    mentor_asks: mentor, sponsor_asks: sponsor, status: 'in_progress', dropped_reason: '', manual_progress: null, progress_comment: '',
    check_ins: [],
  });
  const goals = {
    goals: {
      items: [
        goal(1, 'Present the branch budget to the library board', 'Rehearse the presentation with me', 'Introduce me to the finance chair'),
        goal(2, 'Lead the redesign of the teen space with the community', 'Help me plan the community sessions', 'Name me to lead the regional teen services group'),
        goal(3, 'Coach two team leads through their first annual reviews', 'Share how you prepare for hard conversations', 'Recommend me for the state leadership institute'),
      ],
    },
  };
  const ratings = COMPETENCIES.map((competency, i) => ({ competency, level: i % 5, evidence: 'An example from this year.', priority: i < 3 ? 'high' : 'medium' }));
  const assessments = {
    snapshots: { items: [{ id: 1, taken_at: NOW - 40 * 86_400_000, label: 'Autumn', framework: 1, ratings, updated_at: NOW - 40 * 86_400_000 }] },
    draft: null,
  };
  const plan = {
    aspiration: 'Direct a mid-sized public library system',
    horizon: 'three_to_five',
    review_dates: [91, 182, 273, 364].map((d) => addDays(today, d)),
    updated_at: 1,
  };
  const guide = {
    agreement: {
      mentor: 'Bo Chen', mentee: 'Ana Diaz', goals: [1, 2, 3], cadence: 'monthly', channel: 'video',
      start: today, months: 9, updated_at: 1,
    },
  };
  return { goals, assessments, plan, guide };
}

async function seed(page, docs) {
  await page.evaluate((d) => {
    localStorage.clear();
    for (const [name, data] of Object.entries(d)) {
      localStorage.setItem(`wayfinder:${name}`, JSON.stringify({ app: 'wayfinder', schema: name === 'guide' ? 2 : 1, saved_at: Date.now(), rev: 1, data }));
    }
  }, docs);
  await page.reload();
  await page.waitForSelector('html[data-app="mounted"]');
}

for (const [label, hash, most, check] of [
  ['the development plan', '#/plan', 1, async (page) => {
    const text = await page.locator('main').innerText();
    for (const ask of ['Rehearse the presentation with me', 'Name me to lead the regional teen services group']) assert.match(text, new RegExp(ask));
  }],
  ['a filled mentoring agreement', '#/guide/agreement', 1, async (page) => {
    assert.match(await page.locator('main').innerText(), /Ana Diaz/);
  }],
  ['an assessment snapshot', '#/assess/snapshot/1', 2, async (page) => {
    assert.equal(await page.locator('.radar').count(), 1);
  }],
]) {
  test(`${label} prints on ${most === 1 ? 'one page' : `at most ${most} pages`}, on A4 and on Letter, without controls`, async () => {
    const g = await newGuardedContext(env.browser, env.server.url);
    const page = await g.newPage();
    await open(page, env.server.url, '#/');
    await seed(page, typicalPlan());
    await open(page, env.server.url, hash);
    assert.equal(await page.locator('.banner-error').count(), 0, await page.locator('.banners').innerText());
    await page.emulateMedia({ media: 'print' });
    await check(page);
    const controls = await page.locator('main :is(button, input, textarea, select)').evaluateAll(
      (els) => els.filter((e) => e.getClientRects().length > 0).map((e) => e.outerHTML.slice(0, 80)),
    );
    assert.deepEqual(controls, [], 'no control is printed');
    for (const format of PAPERS) {
      const pages = pageCount(await page.pdf({ format, printBackground: true }));
      assert.ok(pages >= 1 && pages <= most, `${label} takes ${pages} pages on ${format}`);
    }
    g.assertClean();
    await g.context.close();
  });
}
