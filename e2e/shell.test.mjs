// The app shell: every screen at phone and desktop widths in light and dark,
// axe-clean; routes, titles, not-found, keyboard navigation, back/forward,
// and the static loading shell.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, newGuardedContext, open, checkA11y, WIDTHS, SCHEMES } from './helpers.mjs';

const SCREENS = [
  { hash: '#/', heading: 'Grow as a library leader', title: 'Wayfinder: grow as a library leader' },
  { hash: '#/assess', heading: 'Self-assessment', title: 'Self-assessment · Wayfinder' },
  { hash: '#/goals', heading: 'Goals', title: 'Goals · Wayfinder' },
  { hash: '#/guide', heading: 'Guide: mentors, sponsors and programs', title: 'Guide: mentors, sponsors and programs · Wayfinder' },
  { hash: '#/workshop', heading: 'Workshop', title: 'Workshop · Wayfinder' },
  { hash: '#/data', heading: 'My data', title: 'My data · Wayfinder' },
  { hash: '#/no-such-page', heading: 'Page not found', title: 'Page not found · Wayfinder' },
];

let browser, server;
before(async () => {
  server = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const scheme of SCHEMES) {
  for (const [name, width] of Object.entries(WIDTHS)) {
    test(`every screen renders and is axe-clean (${scheme}, ${name} ${width}px)`, async () => {
      const g = await newGuardedContext(browser, server.url, { width, scheme });
      const page = await g.newPage();
      for (const s of SCREENS) {
        await open(page, server.url, s.hash);
        assert.equal((await page.locator('h1').innerText()).trim(), s.heading, s.hash);
        assert.equal(await page.title(), s.title, s.hash);
        // Nothing may overflow the viewport sideways.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${s.hash} overflows by ${overflow}px at ${width}px`);
        await checkA11y(page, `${s.hash} (${scheme}, ${width}px)`);
      }
      g.assertClean();
      await g.context.close();
    });
  }
}

test('navigation marks the current section and back/forward work', async () => {
  const g = await newGuardedContext(browser, server.url);
  const page = await g.newPage();
  await open(page, server.url, '#/');
  const nav = page.getByRole('navigation', { name: 'Primary' });
  assert.deepEqual(
    await nav.getByRole('link').allInnerTexts(),
    ['Home', 'Self-assessment', 'Goals', 'Guide', 'Workshop', 'My data'],
  );
  await nav.getByRole('link', { name: 'Goals' }).click();
  await page.waitForFunction(() => document.title === 'Goals · Wayfinder');
  assert.equal(await nav.getByRole('link', { name: 'Goals' }).getAttribute('aria-current'), 'page');
  assert.equal(await nav.getByRole('link', { name: 'Home' }).getAttribute('aria-current'), null);
  await nav.getByRole('link', { name: 'Guide' }).click();
  await page.waitForFunction(() => document.title.startsWith('Guide'));
  await page.goBack();
  await page.waitForFunction(() => document.title === 'Goals · Wayfinder');
  assert.equal(new URL(page.url()).hash, '#/goals');
  await page.goForward();
  await page.waitForFunction(() => document.title.startsWith('Guide'));
  g.assertClean();
  await g.context.close();
});

test('keyboard alone: skip link, navigation, focus moves to the new heading', async () => {
  const g = await newGuardedContext(browser, server.url);
  const page = await g.newPage();
  await open(page, server.url, '#/');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to content');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  assert.equal(new URL(page.url()).hash, '#/', 'the skip link does not change the route');
  // Tab from the top: skip link, brand, then the nav links in order.
  await page.goto('about:blank');
  await open(page, server.url, '#/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab'); // Home
  await page.keyboard.press('Tab'); // Self-assessment
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Self-assessment');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.title === 'Self-assessment · Wayfinder');
  await page.waitForFunction(() => document.activeElement?.id === 'screen-heading');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Self-assessment');
  // The focus ring is visible on keyboard focus.
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.equal(outline, 'solid');
  g.assertClean();
  await g.context.close();
});

test('an unknown route shows a friendly not-found screen with a way home', async () => {
  const g = await newGuardedContext(browser, server.url);
  const page = await g.newPage();
  await open(page, server.url, '#/goals/not-a-number');
  assert.match(await page.locator('main').innerText(), /There is no page at #\/goals\/not-a-number/);
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await page.waitForFunction(() => document.title === 'Wayfinder: grow as a library leader');
  g.assertClean();
  await g.context.close();
});

test('the static shell paints before the wasm loads, and main.rs replaces it', async () => {
  const html = await (await fetch(`${server.url}/`)).text();
  assert.match(html, /<html lang="en">/);
  assert.match(html, /Loading Wayfinder/);
  assert.match(html, /aria-label="Primary"/);
  const g = await newGuardedContext(browser, server.url);
  const page = await g.newPage();
  // Block the wasm: the static shell must still show the header and message.
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${server.url}/#/`);
  await page.waitForSelector('text=Loading Wayfinder');
  assert.ok(await page.getByRole('navigation', { name: 'Primary' }).isVisible());
  await g.context.close(); // the blocked wasm logs errors on purpose: not checked here
});

test('print hides navigation', async () => {
  const g = await newGuardedContext(browser, server.url);
  const page = await g.newPage();
  await open(page, server.url, '#/');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('navigation', { name: 'Primary' }).isVisible(), false);
  assert.ok(await page.locator('h1').isVisible());
  g.assertClean();
  await g.context.close();
});
