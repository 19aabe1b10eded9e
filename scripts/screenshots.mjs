// Screenshots of screens at phone and desktop widths, light and dark, into
// e2e/artifacts/ (not committed), for looking at what we build.
// Usage: node scripts/screenshots.mjs [--seed file.json] '#/' '#/goals' …
// --seed loads a backup-like object { "wayfinder:<doc>": <data>, … } into
// localStorage first, so screens with data can be looked at.
import fs from 'node:fs';
import path from 'node:path';
import { launch, serveDist, WIDTHS, SCHEMES, ROOT } from '../e2e/helpers.mjs';

let args = process.argv.slice(2);
let seed = null;
if (args[0] === '--seed') {
  seed = JSON.parse(fs.readFileSync(args[1], 'utf8'));
  args = args.slice(2);
}
const hashes = args.length ? args : ['#/'];
const outDir = path.join(ROOT, 'e2e', 'artifacts');
fs.mkdirSync(outDir, { recursive: true });
const server = await serveDist();
const browser = await launch();
for (const scheme of SCHEMES) {
  for (const [name, width] of Object.entries(WIDTHS)) {
    const context = await browser.newContext({ viewport: { width, height: 860 }, colorScheme: scheme });
    const page = await context.newPage();
    if (seed) {
      await page.goto(`${server.url}/#/`);
      await page.evaluate((docs) => {
        for (const [key, data] of Object.entries(docs)) {
          localStorage.setItem(key, JSON.stringify({ app: 'wayfinder', schema: 1, saved_at: Date.now(), rev: 1, data }));
        }
      }, seed);
    }
    for (const hash of hashes) {
      await page.goto(`${server.url}/${hash}`);
      await page.reload();
      await page.waitForSelector('html[data-app="mounted"]');
      const slug = hash.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
      const file = path.join(outDir, `${slug}-${name}-${scheme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await context.close();
  }
}
await browser.close();
await server.close();
